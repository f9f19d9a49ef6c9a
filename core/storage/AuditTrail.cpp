#include "core/storage/AuditTrail.h"

#include "core/domain/LocalTime.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString Genesis = QStringLiteral("waymark-audit-trail");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

AuditEntry fromRow(const QSqlQuery& q)
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
    return e;
}

const QString Columns = QStringLiteral("seq, at, actor, action, table_name, record_id, service_user_id, field, "
                                       "before_value, after_value, detail, previous_hash, hash");

} // namespace

AuditTrail::AuditTrail(Database& database)
    : m_database(database)
{
}

QString AuditTrail::hashOf(const AuditEntry& e, const QString& previousHash)
{
    // A JSON array of the fields is an unambiguous encoding: no field can run into the next.
    const QByteArray canonical =
        QJsonDocument(QJsonArray{QString::number(e.seq), LocalTime::isoDateTimeUtc(e.at), e.actor, e.action, e.table,
                                 e.recordId, e.serviceUserId, e.field, e.before, e.after, e.detail, previousHash})
            .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Status AuditTrail::append(const AuditEntry& entry)
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM x_audit_trail ORDER BY seq DESC LIMIT 1")))
        return Error{m_database.describe(QObject::tr("Recording in the audit trail failed"), q.lastError().text()), {}};
    AuditEntry e = entry;
    // Text as it will read back: a stray half of a character pair becomes U+FFFD here, not one
    // way in the hash and another in the file.
    for (QString* text : {&e.actor, &e.action, &e.table, &e.recordId, &e.serviceUserId, &e.field, &e.before, &e.after, &e.detail})
        *text = QString::fromUtf8(text->toUtf8());
    QString previous = Genesis;
    e.seq = 1;
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString();
    }
    q.finish();
    // Stored to the second, as the hash is computed over the stored text.
    e.at = LocalTime::parseIsoDateTimeUtc(LocalTime::isoDateTimeUtc(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.prepare(QStringLiteral("INSERT INTO x_audit_trail (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    for (const QVariant& v : {QVariant(e.seq), QVariant(LocalTime::isoDateTimeUtc(e.at)), QVariant(e.actor), QVariant(e.action),
                              orNull(e.table), orNull(e.recordId), orNull(e.serviceUserId), orNull(e.field),
                              orNull(e.before), orNull(e.after), orNull(e.detail), QVariant(previous),
                              QVariant(hashOf(e, previous))})
        q.addBindValue(v);
    if (!q.exec())
        return Error{m_database.describe(QObject::tr("Recording in the audit trail failed"), q.lastError().text()), {}};
    return {};
}

Status AuditTrail::record(const AuditEntry& entry)
{
    return m_database.inTransaction([&] { return append(entry); });
}

Result<std::optional<QString>> AuditTrail::verify() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM x_audit_trail ORDER BY seq").arg(Columns)))
        return Error{m_database.describe(QObject::tr("The audit trail could not be read"), q.lastError().text()), {}};
    QString previous = Genesis;
    qint64 expected = 1;
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        if (e.seq != expected)
            return std::optional<QString>(QObject::tr("audit trail entry %1 is missing: the entries go from %2 to %3")
                                              .arg(expected)
                                              .arg(expected - 1)
                                              .arg(e.seq));
        if (q.value(11).toString() != previous || q.value(12).toString() != hashOf(e, previous))
            return std::optional<QString>(
                QObject::tr("audit trail entry %1 (%2 by %3) was changed after it was written")
                    .arg(e.seq)
                    .arg(e.action, e.actor));
        previous = q.value(12).toString();
        ++expected;
    }
    if (q.lastError().isValid())
        return Error{m_database.describe(QObject::tr("The audit trail could not be read"), q.lastError().text()), {}};
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
    while (q.next())
        out << fromRow(q);
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
        sql += QStringLiteral(" AND (action LIKE ? ESCAPE '\\' OR table_name LIKE ? ESCAPE '\\' OR record_id LIKE ? ESCAPE '\\'"
                              " OR field LIKE ? ESCAPE '\\' OR before_value LIKE ? ESCAPE '\\' OR after_value LIKE ? ESCAPE '\\'"
                              " OR detail LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 7; ++i)
            binds << pattern;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << qMax(1, query.limit);
    return read(sql, binds);
}

} // namespace waymark
