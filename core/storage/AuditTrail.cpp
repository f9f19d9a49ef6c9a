#include "core/storage/AuditTrail.h"

#include "core/storage/SqlRow.h"

#include "core/storage/BufferedInsert.h"

#include "core/domain/LocalTime.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString Genesis = QStringLiteral("waymark-audit-trail");
// Entries sealed with their values' digests (schema 6 on); format 1 entries hashed the values.
constexpr int DigestFormat = 2;

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QString Columns = QStringLiteral("seq, at, actor, action, table_name, record_id, service_user_id, field, "
                                       "before_value, after_value, detail, previous_hash, hash, format, value_salt, "
                                       "before_digest, after_digest, detail_digest");
enum Column { PreviousHash = 11, Hash, Format, Salt, BeforeDigest, AfterDigest, DetailDigest };

AuditEntry fromRow(const SqlRow& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = LocalTime::parseIsoDateTimeUtc(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.table = q.value(4).toString();
    e.recordId = q.value(5).toString();
    e.serviceUserId = q.value(6).toString();
    e.field = q.value(7).toString();
    e.before = q.value(8).toString();
    e.after = q.value(9).toString();
    e.detail = q.value(10).toString();
    e.valuesErased = q.value(Format).toInt() == DigestFormat && q.value(Salt).isNull()
                     && !(q.value(BeforeDigest).toString() + q.value(AfterDigest).toString()
                          + q.value(DetailDigest).toString())
                             .isEmpty();
    return e;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A JSON array of the fields is an unambiguous encoding: no field can run into the next.
QString hashOver(const QJsonArray& fields)
{
    return sha256Hex(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QJsonArray identityOf(const AuditEntry& e)
{
    return QJsonArray{QString::number(e.seq), LocalTime::isoDateTimeUtc(e.at), e.actor, e.action, e.table,
                      e.recordId, e.serviceUserId, e.field};
}

// How entries were sealed before schema 6: over the values themselves.
QString formatOneHash(const AuditEntry& e, const QString& previousHash)
{
    QJsonArray fields = identityOf(e);
    for (const QString& value : {e.before, e.after, e.detail, previousHash})
        fields.append(value);
    return hashOver(fields);
}

QString chainHash(const AuditEntry& e, const QString& beforeDigest, const QString& afterDigest,
                  const QString& detailDigest, const QString& previousHash)
{
    QJsonArray fields{QString::number(DigestFormat)};
    for (const QJsonValue& v : identityOf(e))
        fields.append(v);
    for (const QString& value : {beforeDigest, afterDigest, detailDigest, previousHash})
        fields.append(value);
    return hashOver(fields);
}

// 16 bytes from the system's random source, as hex: without it a digest of a short value (a
// name) could be found by trying names.
QString newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return QString::fromLatin1(salt.toHex());
}

// Text as it will read back: a stray half of a character pair becomes U+FFFD here, not one way in
// the hash and another in the file.
AuditEntry asStored(AuditEntry e)
{
    for (QString* text : {&e.actor, &e.action, &e.table, &e.recordId, &e.serviceUserId, &e.field, &e.before, &e.after, &e.detail})
        *text = QString::fromUtf8(text->toUtf8());
    return e;
}

} // namespace

AuditTrail::AuditTrail(Database& database)
    : m_database(database)
{
}

QString AuditTrail::digestOf(const QString& value, const QString& salt)
{
    // Nothing recorded stays nothing, so that an empty value never needs erasing.
    if (value.isEmpty())
        return {};
    return sha256Hex(QByteArray::fromHex(salt.toLatin1()) + value.toUtf8());
}

QString AuditTrail::hashOf(const AuditEntry& e, const QString& salt, const QString& previousHash)
{
    return chainHash(e, digestOf(e.before, salt), digestOf(e.after, salt), digestOf(e.detail, salt), previousHash);
}

Status AuditTrail::holdForBatch()
{
    QSqlQuery q(m_database.connection());
    if (m_database.isServer()
        && !q.exec(m_database.schemaVersion() >= 7 ? QStringLiteral("LOCK TABLE x_sync_changes, x_audit_trail IN EXCLUSIVE MODE")
                                                   : QStringLiteral("LOCK TABLE x_audit_trail IN EXCLUSIVE MODE")))
        return Error{m_database.describe(QObject::tr("Recording in the audit trail failed"), q.lastError().text()), {}};
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM x_audit_trail ORDER BY seq DESC LIMIT 1")))
        return Error{m_database.describe(QObject::tr("Recording in the audit trail failed"), q.lastError().text()), {}};
    m_lastSeq = 0;
    m_lastHash = Genesis;
    if (q.next()) {
        m_lastSeq = q.value(0).toLongLong();
        m_lastHash = q.value(1).toString();
    }
    m_held = true;
    m_buffer = std::make_unique<BufferedInsert>(m_database, table(), columns());
    return {};
}

Status AuditTrail::flush()
{
    return m_buffer ? m_buffer->flush() : Status();
}

AuditTrail::~AuditTrail() = default;

QVariantList AuditTrail::sealedRow(const AuditEntry& entry) const
{
    AuditEntry e = asStored(entry);
    const QString previous = m_lastHash;
    e.seq = m_lastSeq + 1;
    // Stored to the second, as the hash is computed over the stored text.
    e.at = LocalTime::parseIsoDateTimeUtc(
        LocalTime::isoDateTimeUtc(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    const QString salt = e.before.isEmpty() && e.after.isEmpty() && e.detail.isEmpty() ? QString() : newSalt();
    const QString hash = hashOf(e, salt, previous);
    return QVariantList{QVariant(e.seq),
                        QVariant(LocalTime::isoDateTimeUtc(e.at)),
                        QVariant(e.actor),
                        QVariant(e.action),
                        orNull(e.table),
                        orNull(e.recordId),
                        orNull(e.serviceUserId),
                        orNull(e.field),
                        orNull(e.before),
                        orNull(e.after),
                        orNull(e.detail),
                        QVariant(previous),
                        QVariant(hash),
                        QVariant(DigestFormat),
                        orNull(salt),
                        orNull(digestOf(e.before, salt)),
                        orNull(digestOf(e.after, salt)),
                        orNull(digestOf(e.detail, salt))};
}

Result<QVariantList> AuditTrail::seal(const AuditEntry& entry)
{
    if (!m_held)
        return Error{QStringLiteral("An audit entry was sealed without the trail held."), {}};
    QVariantList row = sealedRow(entry);
    m_lastSeq = row.at(0).toLongLong(); // seq, the first column
    m_lastHash = row.at(Hash).toString();
    return row;
}

QString AuditTrail::table()
{
    return QStringLiteral("x_audit_trail");
}

QStringList AuditTrail::columns()
{
    return QString(Columns).split(QStringLiteral(", "));
}

Status AuditTrail::append(const AuditEntry& entry)
{
    if (!m_held) {
        // Each entry on its own: on a team server many people write at once, and each entry waits
        // for the one before to be committed, so that the chain never forks. (A file takes one
        // writer at a time already.) The sync journal is held first, as every writer of it does,
        // so no two wait on each other.
        if (Status s = holdForBatch(); !s)
            return s;
        m_held = false;
    }
    if (m_held) {
        Result<QVariantList> row = seal(entry);
        if (!row)
            return row.error();
        return m_buffer->add(row.value());
    }
    const QVariantList values = sealedRow(entry);
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        m_insert->prepare(QStringLiteral("INSERT INTO x_audit_trail (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(Columns));
    }
    QSqlQuery& q = *m_insert;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{m_database.describe(QObject::tr("Recording in the audit trail failed"), q.lastError().text()), {}};
    return {};
}

Status AuditTrail::record(const AuditEntry& entry)
{
    return m_database.inTransaction([&] { return append(entry); });
}

Result<int> AuditTrail::eraseValuesOf(const QString& serviceUserId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE x_audit_trail SET before_value = NULL, after_value = NULL, detail = NULL, "
                             "value_salt = NULL WHERE service_user_id = ? AND format = ? AND value_salt IS NOT NULL"));
    q.addBindValue(serviceUserId);
    q.addBindValue(DigestFormat);
    if (!q.exec())
        return Error{m_database.describe(QObject::tr("The audit trail could not be anonymised"), q.lastError().text()), {}};
    return q.numRowsAffected();
}

Status AuditTrail::sealWithDigests()
{
    const QString failure = QObject::tr("The audit trail could not be upgraded");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM x_audit_trail ORDER BY seq").arg(Columns)))
        return Error{m_database.describe(failure, q.lastError().text()), {}};
    struct Sealed {
        qint64 seq;
        QString salt, before, after, detail, previous, hash;
    };
    QVector<Sealed> sealed;
    QString oldPrevious = Genesis;
    QString newPrevious = Genesis;
    qint64 expected = 1;
    const SqlRow row(q);
    while (q.next()) {
        const AuditEntry e = fromRow(row);
        // Sealing a chain that no longer holds would hide what was done to it: it stays as it is.
        if (e.seq != expected || q.value(Format).toInt() != 1 || q.value(PreviousHash).toString() != oldPrevious
            || q.value(Hash).toString() != formatOneHash(e, oldPrevious))
            return {};
        oldPrevious = q.value(Hash).toString();
        ++expected;
        Sealed s{e.seq, {}, {}, {}, {}, newPrevious, {}};
        if (!(e.before.isEmpty() && e.after.isEmpty() && e.detail.isEmpty()))
            s.salt = newSalt();
        s.before = digestOf(e.before, s.salt);
        s.after = digestOf(e.after, s.salt);
        s.detail = digestOf(e.detail, s.salt);
        s.hash = chainHash(e, s.before, s.after, s.detail, newPrevious);
        newPrevious = s.hash;
        sealed << s;
    }
    if (q.lastError().isValid())
        return Error{m_database.describe(failure, q.lastError().text()), {}};
    q.finish();
    if (sealed.isEmpty())
        return {};
    // The guard refuses any other change to an entry, this one included: it stands aside for the
    // length of this transaction only.
    QSqlQuery w(m_database.connection());
    QString trigger;
    if (!w.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'x_audit_trail_no_update'"))
        || !w.next())
        return Error{m_database.describe(failure, w.lastError().text()), {}};
    trigger = w.value(0).toString();
    w.finish();
    if (!w.exec(QStringLiteral("DROP TRIGGER x_audit_trail_no_update")))
        return Error{m_database.describe(failure, w.lastError().text()), {}};
    w.prepare(QStringLiteral("UPDATE x_audit_trail SET format = ?, value_salt = ?, before_digest = ?, after_digest = ?, "
                             "detail_digest = ?, previous_hash = ?, hash = ? WHERE seq = ?"));
    for (const Sealed& s : std::as_const(sealed)) {
        for (const QVariant& v : {QVariant(DigestFormat), orNull(s.salt), orNull(s.before), orNull(s.after),
                                  orNull(s.detail), QVariant(s.previous), QVariant(s.hash), QVariant(s.seq)})
            w.addBindValue(v);
        if (!w.exec())
            return Error{m_database.describe(failure, w.lastError().text()), {}};
    }
    if (!w.exec(trigger))
        return Error{m_database.describe(failure, w.lastError().text()), {}};
    return {};
}

Result<std::optional<QString>> AuditTrail::verify() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM x_audit_trail ORDER BY seq").arg(Columns)))
        return Error{m_database.describe(QObject::tr("The audit trail could not be read"), q.lastError().text()), {}};
    QString previous = Genesis;
    qint64 expected = 1;
    // Values are erased only when their person is anonymised, or leaves a laptop that held a copy
    // of them, which the trail records after.
    QHash<QString, AuditEntry> lastErased;
    QHash<QString, qint64> anonymisedAt;
    const SqlRow row(q);
    while (q.next()) {
        const AuditEntry e = fromRow(row);
        if (e.valuesErased)
            lastErased.insert(e.serviceUserId, e);
        if (e.action == QLatin1String("anonymised") || e.action == QLatin1String(RemovedFromLaptop))
            anonymisedAt.insert(e.serviceUserId, e.seq);
        if (e.seq != expected)
            return std::optional<QString>(QObject::tr("audit trail entry %1 is missing: the entries go from %2 to %3")
                                              .arg(expected)
                                              .arg(expected - 1)
                                              .arg(e.seq));
        bool holds = q.value(PreviousHash).toString() == previous;
        if (q.value(Format).toInt() == DigestFormat) {
            const QString salt = q.value(Salt).toString();
            const QString before = q.value(BeforeDigest).toString();
            const QString after = q.value(AfterDigest).toString();
            const QString detail = q.value(DetailDigest).toString();
            if (q.value(Salt).isNull())
                // Erased (or never had values): nothing may be left to read.
                holds = holds && e.before.isEmpty() && e.after.isEmpty() && e.detail.isEmpty();
            else
                holds = holds && digestOf(e.before, salt) == before && digestOf(e.after, salt) == after
                        && digestOf(e.detail, salt) == detail;
            holds = holds && q.value(Hash).toString() == chainHash(e, before, after, detail, previous);
        } else {
            holds = holds && q.value(Hash).toString() == formatOneHash(e, previous);
        }
        if (!holds)
            return std::optional<QString>(
                QObject::tr("audit trail entry %1 (%2 by %3) was changed after it was written")
                    .arg(e.seq)
                    .arg(e.action, e.actor));
        previous = q.value(Hash).toString();
        ++expected;
    }
    if (q.lastError().isValid())
        return Error{m_database.describe(QObject::tr("The audit trail could not be read"), q.lastError().text()), {}};
    std::optional<AuditEntry> unexplained;
    for (auto it = lastErased.cbegin(); it != lastErased.cend(); ++it)
        if (anonymisedAt.value(it.key()) < it->seq && (!unexplained || it->seq < unexplained->seq))
            unexplained = it.value();
    if (unexplained)
        return std::optional<QString>(QObject::tr("audit trail entry %1 (%2 by %3) lost its values, but its person "
                                                  "was never anonymised")
                                          .arg(unexplained->seq)
                                          .arg(unexplained->action, unexplained->actor));
    return std::optional<QString>();
}

Result<QVector<AuditEntry>> AuditTrail::read(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error{m_database.describe(QObject::tr("The audit trail could not be read"), q.lastError().text()), {}};
    QVector<AuditEntry> out;
    const SqlRow row(q);
    while (q.next())
        out << fromRow(row);
    // A row that cannot be read (a damaged page) must not look like the end of the trail.
    if (q.lastError().isValid())
        return Error{m_database.describe(QObject::tr("The audit trail could not be read"), q.lastError().text()), {}};
    return out;
}

Result<QVector<AuditEntry>> AuditTrail::forServiceUser(const QString& serviceUserId) const
{
    // Accesses only: the changes to their records are the records themselves, which the person
    // gets in full; the audit screen finds those by person too.
    return read(QStringLiteral("SELECT %1 FROM x_audit_trail WHERE service_user_id = ? "
                               "AND action IN ('viewed', 'printed', 'exported', 'anonymised') ORDER BY seq")
                    .arg(Columns),
                {serviceUserId});
}

Result<QVector<AuditEntry>> AuditTrail::all() const
{
    return read(QStringLiteral("SELECT %1 FROM x_audit_trail ORDER BY seq").arg(Columns), {});
}

Result<QVector<AuditEntry>> AuditTrail::search(const AuditQuery& query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM x_audit_trail WHERE 1 = 1").arg(Columns);
    QVariantList binds;
    if (query.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        binds << query.beforeSeq;
    }
    if (!query.actor.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND lower(actor) = lower(?)");
        binds << query.actor.trimmed();
    }
    if (!query.serviceUserId.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND service_user_id = ?");
        binds << query.serviceUserId.trimmed();
    }
    if (!query.text.trimmed().isEmpty()) {
        // LIKE's own wildcards in what was typed are taken as themselves.
        QString pattern = query.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        // Whatever the case: SQLite's LIKE ignores it, PostgreSQL's ILIKE is the one that does.
        const QString like = m_database.isServer() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
        QStringList columns;
        for (const char* column : {"action", "table_name", "record_id", "field", "before_value", "after_value", "detail"})
            columns << QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(QString::fromLatin1(column), like);
        sql += QStringLiteral(" AND (") + columns.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        for (int i = 0; i < 7; ++i)
            binds << pattern;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << qMax(1, query.limit);
    return read(sql, binds);
}

} // namespace waymark
