#include "core/storage/SyncJournal.h"

#include "core/domain/LocalTime.h"
#include "core/storage/BufferedInsert.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlError>
#include <QUuid>

namespace waymark {

namespace {

const QString JournalColumns =
    QStringLiteral("seq, change_id, origin, table_name, record_id, person, fields, changed_at, changed_by");
const QString OutboxColumns = QStringLiteral("position, change_id, table_name, record_id, person, "
                                             "fields, base_seq, changed_at, changed_by, batch_id");
const QString ConflictColumns = QStringLiteral("id, table_name, record_id, person, field, mine, mine_at, mine_by, "
                                               "theirs, theirs_seq, theirs_at, theirs_by, found_at");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

SyncConflict conflictRow(const SqlRow& q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.table = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.person = q.value(3).toString();
    c.field = q.value(4).toString();
    c.mine = SyncJournal::decodeValue(q.value(5).toString());
    c.mineAt = LocalTime::parseIsoDateTimeUtc(q.value(6).toString());
    c.mineBy = q.value(7).toString();
    c.theirs = SyncJournal::decodeValue(q.value(8).toString());
    c.theirsSeq = q.value(9).toLongLong();
    c.theirsAt = LocalTime::parseIsoDateTimeUtc(q.value(10).toString());
    c.theirsBy = q.value(11).toString();
    c.foundAt = LocalTime::parseIsoDateTimeUtc(q.value(12).toString());
    return c;
}

} // namespace

SyncJournal::SyncJournal(Database& database)
    : m_database(database)
{
}

Error SyncJournal::failure(const QString& what, const QSqlQuery& q) const
{
    return Error{m_database.describe(what, q.lastError().text()), {}};
}

QString SyncJournal::encodeValue(const QVariant& value)
{
    // An array of one, so that null, numbers and text all survive as what they were.
    QJsonArray one;
    one.append(QJsonValue::fromVariant(value.isValid() ? value : QVariant::fromValue(nullptr)));
    return QString::fromUtf8(QJsonDocument(one).toJson(QJsonDocument::Compact));
}

QVariant SyncJournal::decodeValue(const QString& text)
{
    const QJsonArray one = QJsonDocument::fromJson(text.toUtf8()).array();
    if (one.isEmpty() || one.first().isNull())
        return {};
    return one.first().toVariant();
}

QString SyncJournal::encode(const QVariantMap& fields)
{
    QJsonObject object;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        object.insert(it.key(), it.value().isValid() && !it.value().isNull() ? QJsonValue::fromVariant(it.value())
                                                                             : QJsonValue(QJsonValue::Null));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap SyncJournal::decode(const QString& text)
{
    QVariantMap fields;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull())
            fields.insert(it.key(), QVariant());
        else if (it.value().isDouble()) {
            // Whole numbers come back as whole numbers, as RecordStore stores them.
            const double d = it.value().toDouble();
            const qint64 whole = it.value().toInteger();
            fields.insert(it.key(), double(whole) == d ? QVariant(qlonglong(whole)) : QVariant(d));
        } else
            fields.insert(it.key(), it.value().toVariant());
    }
    return fields;
}

Result<QString> SyncJournal::meta(const char* key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM waymark_meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec())
        return failure(QObject::tr("Reading where sync stands failed"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncJournal::setMeta(const char* key, const QString& value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM waymark_meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec())
        return failure(QObject::tr("Saving where sync stands failed"), q);
    q.prepare(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    if (!q.exec())
        return failure(QObject::tr("Saving where sync stands failed"), q);
    return {};
}

Status SyncJournal::recordLocal(SyncChange change, std::optional<qint64> base)
{
    if (change.changeId.isEmpty())
        change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_database.isServer()) {
        if (Status s = lockJournal(); !s)
            return s;
        Result<qint64> last = head();
        if (!last)
            return last.error();
        change.seq = last.value() + 1;
        change.origin = QStringLiteral("server");
        return append(change);
    }
    // One read of waymark_meta per save, not a cached flag: another program (waymark-cli sync)
    // may join this file to a server while the app has it open, and no change may be missed.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM waymark_meta WHERE key IN (?, ?)"));
    q.addBindValue(QString::fromLatin1(OriginKey));
    q.addBindValue(QString::fromLatin1(CursorKey));
    if (!q.exec())
        return failure(QObject::tr("Reading where sync stands failed"), q);
    bool joined = false;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String(OriginKey))
            joined = !q.value(1).toString().isEmpty();
        else
            change.baseSeq = q.value(1).toLongLong();
    }
    q.finish();
    if (!joined)
        return {};
    if (base)
        change.baseSeq = *base;
    q.prepare(QStringLiteral("INSERT INTO x_sync_outbox (position, change_id, table_name, record_id, person, fields, "
                             "base_seq, changed_at, changed_by) "
                             "VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM x_sync_outbox), ?, ?, ?, ?, ?, ?, ?, "
                             "?)"));
    for (const QVariant& v : {QVariant(change.changeId), QVariant(change.table), QVariant(change.recordId),
                              orNull(change.person), QVariant(encode(change.fields)), QVariant(change.baseSeq),
                              QVariant(LocalTime::isoDateTimeUtc(change.changedAt)), QVariant(change.changedBy)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(QObject::tr("Keeping the change to send to the team server failed"), q);
    return settleConflictsEditedHere(change);
}

Status SyncJournal::settleConflictsEditedHere(const SyncChange& change)
{
    // A field changed here again while its conflict waited: the person has chosen, with a new value
    // made knowing both (it goes to the server like any change).
    QStringList fields = change.fields.keys();
    if (fields.isEmpty())
        return {};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE x_sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'edited' "
                             "WHERE resolved_at IS NULL AND table_name = ? AND record_id = ? AND field IN (%1)")
                  .arg(placeholders(int(fields.size()))));
    q.addBindValue(LocalTime::isoDateTimeUtc(change.changedAt));
    q.addBindValue(change.changedBy);
    q.addBindValue(change.table);
    q.addBindValue(change.recordId);
    for (const QString& field : fields)
        q.addBindValue(field);
    if (!q.exec())
        return failure(QObject::tr("Keeping the change to send to the team server failed"), q);
    return {};
}

Result<QString> SyncJournal::origin() const
{
    return meta(OriginKey);
}

Result<SyncStatus> SyncJournal::status() const
{
    SyncStatus status;
    Result<QString> origin = meta(OriginKey);
    if (!origin)
        return origin.error();
    status.joined = !origin->isEmpty();
    Result<QString> server = meta(ServerKey);
    Result<QString> cursor = meta(CursorKey);
    Result<QString> at = meta(SyncedAtKey);
    if (!server || !cursor || !at)
        return Error{QObject::tr("Reading where sync stands failed"), {}};
    status.server = server.value();
    status.cursor = cursor->toLongLong();
    status.lastSyncedAt = LocalTime::parseIsoDateTimeUtc(at.value());
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM x_sync_outbox), "
                               "(SELECT COUNT(*) FROM x_sync_conflicts WHERE resolved_at IS NULL)")) ||
        !q.next())
        return failure(QObject::tr("Reading where sync stands failed"), q);
    status.waiting = q.value(0).toInt();
    status.conflicts = q.value(1).toInt();
    return status;
}

Status SyncJournal::join(const QString& origin, const QString& server)
{
    if (Status s = setMeta(OriginKey, origin); !s)
        return s;
    if (Status s = setMeta(ServerKey, server); !s)
        return s;
    return setMeta(CursorKey, QStringLiteral("0"));
}

Status SyncJournal::setCursor(qint64 seq, const QDateTime& syncedAt)
{
    if (Status s = setMeta(CursorKey, QString::number(seq)); !s)
        return s;
    return setMeta(SyncedAtKey, LocalTime::isoDateTimeUtc(syncedAt));
}

Result<QString> SyncJournal::peoplePulled() const
{
    return meta(PeopleKey);
}

Status SyncJournal::setPeoplePulled(const QString& people)
{
    return setMeta(PeopleKey, people);
}

Status SyncJournal::formBatch(int limit)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE x_sync_outbox SET batch_id = ? WHERE position IN "
                             "(SELECT position FROM x_sync_outbox WHERE batch_id IS NULL ORDER BY position LIMIT ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(limit);
    if (!q.exec())
        return failure(QObject::tr("Preparing the changes to send failed"), q);
    return {};
}

Result<QVector<QVector<SyncChange>>> SyncJournal::batches() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM x_sync_outbox WHERE batch_id IS NOT NULL ORDER BY position")
                    .arg(OutboxColumns)))
        return failure(QObject::tr("Reading the changes to send failed"), q);
    QVector<QVector<SyncChange>> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        SyncChange c;
        c.position = q.value(0).toLongLong();
        c.changeId = q.value(1).toString();
        c.table = q.value(2).toString();
        c.recordId = q.value(3).toString();
        c.person = q.value(4).toString();
        c.fields = decode(q.value(5).toString());
        c.baseSeq = q.value(6).toLongLong();
        c.changedAt = LocalTime::parseIsoDateTimeUtc(q.value(7).toString());
        c.changedBy = q.value(8).toString();
        c.batchId = q.value(9).toString();
        auto it = index.constFind(c.batchId);
        if (it == index.constEnd()) {
            it = index.insert(c.batchId, out.size());
            out.append(QVector<SyncChange>());
        }
        out[*it].append(c);
    }
    if (q.lastError().isValid())
        return failure(QObject::tr("Reading the changes to send failed"), q);
    return out;
}

Status SyncJournal::dropBatch(const QString& batchId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM x_sync_outbox WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return failure(QObject::tr("Clearing the changes sent failed"), q);
    return {};
}

Result<QHash<QString, QSet<QString>>> SyncJournal::waitingFields() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_id, fields FROM x_sync_outbox")))
        return failure(QObject::tr("Reading the changes to send failed"), q);
    QHash<QString, QSet<QString>> waiting;
    while (q.next()) {
        QSet<QString>& fields = waiting[q.value(0).toString()];
        const QVariantMap changed = decode(q.value(1).toString());
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
            fields.insert(it.key());
    }
    return waiting;
}

Status SyncJournal::addConflict(const SyncConflict& c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE x_sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'superseded' "
                             "WHERE resolved_at IS NULL AND table_name = ? AND record_id = ? AND field = ?"));
    for (const QVariant& v : {QVariant(LocalTime::isoDateTimeUtc(c.foundAt)), QVariant(c.mineBy), QVariant(c.table),
                              QVariant(c.recordId), QVariant(c.field)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(QObject::tr("Keeping a sync conflict failed"), q);
    q.prepare(QStringLiteral("INSERT INTO x_sync_conflicts (%1) VALUES (%2)").arg(ConflictColumns, placeholders(13)));
    for (const QVariant& v :
         {QVariant(c.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : c.id), QVariant(c.table),
          QVariant(c.recordId), orNull(c.person), QVariant(c.field), QVariant(encodeValue(c.mine)),
          QVariant(LocalTime::isoDateTimeUtc(c.mineAt)), QVariant(c.mineBy), QVariant(encodeValue(c.theirs)),
          QVariant(c.theirsSeq), QVariant(LocalTime::isoDateTimeUtc(c.theirsAt)), QVariant(c.theirsBy),
          QVariant(LocalTime::isoDateTimeUtc(c.foundAt))})
        q.addBindValue(v);
    if (!q.exec())
        return failure(QObject::tr("Keeping a sync conflict failed"), q);
    return {};
}

Result<QVector<SyncConflict>> SyncJournal::openConflicts() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM x_sync_conflicts WHERE resolved_at IS NULL ORDER BY "
                               "found_at, table_name, "
                               "record_id, field")
                    .arg(ConflictColumns)))
        return failure(QObject::tr("Reading the sync conflicts failed"), q);
    QVector<SyncConflict> out;
    const SqlRow row(q);
    while (q.next())
        out << conflictRow(row);
    return out;
}

Result<QSet<QString>> SyncJournal::peopleWaiting() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT person FROM x_sync_outbox WHERE person IS NOT NULL UNION SELECT person FROM "
                               "x_sync_conflicts WHERE resolved_at IS NULL AND person IS NOT NULL")))
        return failure(QObject::tr("Reading the changes waiting to be sent failed"), q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Status SyncJournal::forgetSettledConflictsOf(const QString& person)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM x_sync_conflicts WHERE person = ? AND resolved_at IS NOT NULL"));
    q.addBindValue(person);
    if (!q.exec())
        return failure(QObject::tr("Saving the sync conflicts failed"), q);
    return {};
}

Result<std::optional<SyncConflict>> SyncJournal::conflict(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM x_sync_conflicts WHERE id = ? AND resolved_at IS NULL").arg(ConflictColumns));
    q.addBindValue(id);
    if (!q.exec())
        return failure(QObject::tr("Reading the sync conflicts failed"), q);
    if (!q.next())
        return std::optional<SyncConflict>();
    return std::optional<SyncConflict>(conflictRow(q));
}

Status SyncJournal::resolveConflict(const QString& id, const QString& resolution, const QString& by,
                                    const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE x_sync_conflicts SET resolved_at = ?, resolved_by = ?, "
                             "resolution = ? WHERE id = ?"));
    q.addBindValue(LocalTime::isoDateTimeUtc(at));
    q.addBindValue(by);
    q.addBindValue(resolution);
    q.addBindValue(id);
    if (!q.exec())
        return failure(QObject::tr("Saving the choice failed"), q);
    return {};
}

Status SyncJournal::updateTheirs(const QString& id, const QVariant& theirs, qint64 seq, const QDateTime& at,
                                 const QString& by)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE x_sync_conflicts SET theirs = ?, theirs_seq = ?, theirs_at = "
                             "?, theirs_by = ? WHERE id = ?"));
    for (const QVariant& v : {QVariant(encodeValue(theirs)), QVariant(seq), QVariant(LocalTime::isoDateTimeUtc(at)),
                              QVariant(by), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(QObject::tr("Keeping a sync conflict failed"), q);
    return {};
}

Status SyncJournal::lockJournal()
{
    if (!m_database.isServer())
        return {};
    // Always both, in this order: the audit trail takes the same two, so no two writers ever wait
    // for each other in a circle.
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("LOCK TABLE x_sync_changes, x_audit_trail IN EXCLUSIVE MODE")))
        return failure(QObject::tr("The team server's journal could not be held"), q);
    return {};
}

Result<qint64> SyncJournal::head() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM x_sync_changes")) || !q.next())
        return failure(QObject::tr("Reading the team server's journal failed"), q);
    return q.value(0).toLongLong();
}

SyncJournal::~SyncJournal() = default;

void SyncJournal::bufferAppends()
{
    m_buffer = std::make_unique<BufferedInsert>(m_database, QStringLiteral("x_sync_changes"),
                                                JournalColumns.split(QStringLiteral(", ")));
}

Status SyncJournal::flush()
{
    return m_buffer ? m_buffer->flush() : Status();
}

Status SyncJournal::append(const SyncChange& c)
{
    if (m_buffer)
        return m_buffer->add({QVariant(c.seq), QVariant(c.changeId), QVariant(c.origin), QVariant(c.table),
                              QVariant(c.recordId), orNull(c.person), QVariant(encode(c.fields)),
                              QVariant(LocalTime::isoDateTimeUtc(c.changedAt)), QVariant(c.changedBy)});
    if (!m_append) {
        m_append = std::make_unique<QSqlQuery>(m_database.connection());
        m_append->prepare(
            QStringLiteral("INSERT INTO x_sync_changes (%1) VALUES (%2)").arg(JournalColumns, placeholders(9)));
    }
    QSqlQuery& q = *m_append;
    for (const QVariant& v : {QVariant(c.seq), QVariant(c.changeId), QVariant(c.origin), QVariant(c.table),
                              QVariant(c.recordId), orNull(c.person), QVariant(encode(c.fields)),
                              QVariant(LocalTime::isoDateTimeUtc(c.changedAt)), QVariant(c.changedBy)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(QObject::tr("Recording the change on the team server failed"), q);
    return {};
}

Result<std::optional<QString>> SyncJournal::batchAnswer(const QString& batchId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT answer FROM x_sync_batches WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return failure(QObject::tr("Reading the team server's journal failed"), q);
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Status SyncJournal::saveBatch(const QString& batchId, const QString& origin, const QString& answer, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO x_sync_batches (batch_id, origin, received_at, answer) VALUES (?, ?, ?, ?)"));
    q.addBindValue(batchId);
    q.addBindValue(origin);
    q.addBindValue(LocalTime::isoDateTimeUtc(at));
    q.addBindValue(answer);
    if (!q.exec())
        return failure(QObject::tr("Recording the batch on the team server failed"), q);
    return {};
}

SyncChange SyncJournal::journalRow(const SqlRow& q)
{
    SyncChange c;
    c.seq = q.value(0).toLongLong();
    c.changeId = q.value(1).toString();
    c.origin = q.value(2).toString();
    c.table = q.value(3).toString();
    c.recordId = q.value(4).toString();
    c.person = q.value(5).toString();
    c.fields = decode(q.value(6).toString());
    c.changedAt = LocalTime::parseIsoDateTimeUtc(q.value(7).toString());
    c.changedBy = q.value(8).toString();
    return c;
}

Result<QVector<SyncChange>> SyncJournal::changesTo(const QStringList& recordIds, qint64 after,
                                                   const QString& origin) const
{
    QVector<SyncChange> out;
    // In slices, so that no statement carries more values than a driver takes.
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < recordIds.size(); from += Slice) {
        const QStringList slice = recordIds.mid(from, Slice);
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM x_sync_changes WHERE seq > ? AND origin <> ? AND record_id IN (%2) "
                                 "ORDER BY seq")
                      .arg(JournalColumns, placeholders(slice.size())));
        q.addBindValue(after);
        q.addBindValue(origin);
        for (const QString& id : slice)
            q.addBindValue(id);
        if (!q.exec())
            return failure(QObject::tr("Reading the team server's journal failed"), q);
        const SqlRow row(q);
        while (q.next())
            out << journalRow(row);
        if (q.lastError().isValid())
            return failure(QObject::tr("Reading the team server's journal failed"), q);
    }
    std::sort(out.begin(), out.end(), [](const SyncChange& a, const SyncChange& b) { return a.seq < b.seq; });
    return out;
}

Result<QVector<SyncChange>> SyncJournal::changesSince(qint64 after, qint64 upTo, const QString& origin,
                                                      const std::optional<QSet<QString>>& people) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // What this laptop may not see is left on the server: the filter is in the statement.
    const QStringList whose = people ? QStringList(people->begin(), people->end()) : QStringList();
    QString sql =
        QStringLiteral("SELECT %1 FROM x_sync_changes WHERE seq > ? AND seq <= ? AND origin <> ? ").arg(JournalColumns);
    if (people)
        sql += whose.isEmpty()
                   ? QStringLiteral("AND person IS NULL ")
                   : QStringLiteral("AND (person IS NULL OR person IN (%1)) ").arg(placeholders(whose.size()));
    q.prepare(sql + QStringLiteral("ORDER BY seq"));
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(origin);
    for (const QString& person : whose)
        q.addBindValue(person);
    if (!q.exec())
        return failure(QObject::tr("Reading the team server's journal failed"), q);
    QVector<SyncChange> out;
    const SqlRow row(q);
    while (q.next())
        out << journalRow(row);
    if (q.lastError().isValid())
        return failure(QObject::tr("Reading the team server's journal failed"), q);
    return out;
}

} // namespace waymark
