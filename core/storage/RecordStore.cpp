#include "core/storage/RecordStore.h"

#include "core/storage/AuditTrail.h"
#include "core/storage/BufferedInsert.h"
#include "core/storage/BufferedUpdate.h"

#include "core/domain/LocalTime.h"
#include "core/domain/StoredValue.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "core/storage/SyncJournal.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace waymark {

namespace {

const QString BookkeepingColumns =
    QStringLiteral("created_at, updated_at, updated_by, version, deleted");

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// A child row in one line for the change log ("score: 4, note: Sleeping better").
QString describeChild(const ChildLayout& child, const QVariantMap& row)
{
    QStringList parts;
    for (const QString& column : child.columns) {
        const QVariant v = row.value(column);
        if (v.isValid() && !v.isNull() && !v.toString().isEmpty())
            parts << column + QStringLiteral(": ") + v.toString();
    }
    return parts.join(QStringLiteral(", "));
}

// A row read with SELECT *, by column name.
QVariantMap rowOf(const QSqlQuery& q, const QSqlRecord& record)
{
    QVariantMap row;
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return row;
}

// A sync change's place in a message.
QString receiving(const SyncChange& change)
{
    return QObject::tr("Saving %1 record %2 from the team server").arg(change.table, change.recordId);
}

// The child layout of `table` when its rows belong to a parent record (a star's scores, a goal's
// tasks), whose History shows their changes; nullptr for a table of records of their own.
const ChildLayout* childLayoutOf(const QString& table)
{
    static const QHash<QString, ChildLayout> children = [] {
        QHash<QString, ChildLayout> out;
        for (const KindSpec& kind : InterchangeSchema::kinds())
            for (const ChildLayout& child : kind.layout().children)
                out.insert(child.table, child);
        return out;
    }();
    const auto it = children.constFind(table);
    return it == children.constEnd() ? nullptr : &*it;
}

} // namespace

RecordStore::RecordStore(Database& database)
    : m_database(database)
    , m_syncSink([&database](const SyncChange& change) { return SyncJournal(database).recordLocal(change); })
{
}

RecordStore::~RecordStore() = default;

void RecordStore::setAuditTrail(AuditTrail* trail)
{
    m_audit = trail;
    m_changeLog = trail ? std::make_unique<BufferedInsert>(
                              m_database, QStringLiteral("change_log"),
                              QStringList{QStringLiteral("id"), QStringLiteral("changed_at"), QStringLiteral("changed_by"),
                                          QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("action"),
                                          QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value")})
                        : nullptr;
}

Status RecordStore::writeNewRecords()
{
    if (!m_newRecords.rows)
        return {};
    Status written = m_newRecords.rows->flush();
    m_newRecords = NewRecords();
    return written;
}

Status RecordStore::writeChangedRecords()
{
    if (!m_changedRecords)
        return {};
    Status written = m_changedRecords->flush();
    m_changedRecords.reset();
    return written;
}

Status RecordStore::writeGathered()
{
    if (Status s = writeNewRecords(); !s)
        return s;
    return writeChangedRecords();
}

bool RecordStore::isGathered(const QString& id) const
{
    return m_newRecords.ids.contains(id) || (m_changedRecords && m_changedRecords->holds(id));
}

Status RecordStore::flush()
{
    if (Status s = writeGathered(); !s)
        return s;
    if (m_changeLog)
        if (Status s = m_changeLog->flush(); !s)
            return s;
    return m_audit ? m_audit->flush() : Status();
}

Status RecordStore::recordForSync(const QString& table, const QString& id, const QVariantMap& fields, const QString& actor,
                            const QString& now)
{
    if (!m_syncSink || fields.isEmpty())
        return {};
    SyncChange change;
    change.table = table;
    change.recordId = id;
    change.person = m_person;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        change.fields.insert(it.key(), normalised(it.value()));
    change.changedAt = LocalTime::parseIsoDateTimeUtc(now);
    change.changedBy = actor;
    return m_syncSink(change);
}

const QSet<QString>& RecordStore::syncableColumns(const QString& table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QSet<QString> columns;
        const QSqlRecord record = m_database.connection().record(table);
        for (int i = 0; i < record.count(); ++i)
            columns.insert(record.fieldName(i));
        for (const char* bookkeeping : {"id", "created_at", "updated_at", "updated_by", "version"})
            columns.remove(QString::fromLatin1(bookkeeping));
        it = m_columns.insert(table, columns);
    }
    return *it;
}

QVariant RecordStore::normalised(const QVariant& value)
{
    return StoredValue::normalised(value);
}

bool RecordStore::sameValue(const QVariant& a, const QVariant& b)
{
    return StoredValue::same(a, b);
}

Error RecordStore::failure(const QString& what, const QSqlQuery& query) const
{
    return Error{m_database.describe(what, query.lastError().text()), {}};
}

Status RecordStore::log(const QString& table, const QString& recordId, const QString& action,
                        const QString& field, const QVariant& before, const QVariant& after,
                        const QString& actor, const QString& now)
{
    auto text = [](const QVariant& v) {
        const QVariant n = normalised(v);
        return n.isValid() ? QVariant(n.toString()) : QVariant(QMetaType(QMetaType::QString));
    };
    const QVariantList row{QUuid::createUuid().toString(QUuid::WithoutBraces), now, actor, table, recordId, action,
                           field.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(field), text(before),
                           text(after)};
    if (m_changeLog) {
        if (Status s = m_changeLog->add(row); !s)
            return s;
    } else {
        QSqlQuery& insert = prepared(QStringLiteral(
            "INSERT INTO change_log (id, changed_at, changed_by, table_name, record_id, action, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : row)
            insert.addBindValue(v);
        if (!insert.exec())
            return failure(QObject::tr("Recording the change to %1 %2").arg(table, recordId), insert);
    }
    // The same change in the hash-chained audit trail, in the same transaction.
    AuditEntry entry;
    entry.at = LocalTime::parseIsoDateTimeUtc(now);
    entry.actor = actor;
    entry.action = action;
    entry.table = table;
    entry.recordId = recordId;
    entry.field = field;
    entry.serviceUserId = m_person;
    entry.before = text(before).toString();
    entry.after = text(after).toString();
    return m_audit ? m_audit->append(entry) : AuditTrail(m_database).append(entry);
}

QString RecordStore::personOf(const QString& table, const QString& id, const QVariantMap& values)
{
    if (table == QLatin1String("service_users"))
        return id;
    auto lookUp = [this](const QString& sql, const QString& key) -> QString {
        if (key.isEmpty())
            return {};
        QSqlQuery& q = prepared(sql);
        q.addBindValue(key);
        const QString found = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        return found;
    };
    QVariantMap known = values;
    if (known.isEmpty()) {
        // A deletion: the links are read from the row itself.
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
        row.addBindValue(id);
        if (row.exec() && row.next())
            for (const char* column : {"service_user_id", "support_period_id", "support_plan_id", "risk_assessment_id"}) {
                const int at = row.record().indexOf(QString::fromLatin1(column));
                if (at >= 0)
                    known.insert(QString::fromLatin1(column), row.value(at));
            }
    }
    if (const QString person = known.value(QStringLiteral("service_user_id")).toString(); !person.isEmpty())
        return person;
    if (const QString period = known.value(QStringLiteral("support_period_id")).toString(); !period.isEmpty())
        return lookUp(QStringLiteral("SELECT service_user_id FROM support_periods WHERE id = ?"), period);
    if (const QString risks = known.value(QStringLiteral("risk_assessment_id")).toString(); !risks.isEmpty())
        return lookUp(QStringLiteral("SELECT p.service_user_id FROM x_risk_assessments r JOIN support_periods p "
                                     "ON p.id = r.support_period_id WHERE r.id = ?"),
                      risks);
    return lookUp(QStringLiteral("SELECT p.service_user_id FROM support_plans sp JOIN support_periods p "
                                 "ON p.id = sp.support_period_id WHERE sp.id = ?"),
                  known.value(QStringLiteral("support_plan_id")).toString());
}

QSqlQuery& RecordStore::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return *it;
}

Result<RecordStore::Change> RecordStore::save(const TableLayout& layout, const StoredRecord& record,
                                              const QString& actor, const QDateTime& now)
{
    const QString nowText = LocalTime::isoDateTimeUtc(now);
    const QString what = QObject::tr("Saving %1 record %2").arg(layout.table, record.id);
    // On the team server the journal is held before any row is touched, as a sync batch holds it,
    // so that two writers never wait for each other in a circle.
    if (Status s = SyncJournal(m_database).lockJournal(); !s)
        return s.error();
    m_person = personOf(layout.table, record.id, record.values);

    QSqlQuery& select = prepared(QStringLiteral("SELECT deleted, %1 FROM %2 WHERE id = ?")
                                     .arg(layout.columns.join(QStringLiteral(", ")), layout.table));
    select.addBindValue(record.id);
    if (!select.exec())
        return failure(what, select);
    const bool exists = select.next();
    if (!exists && select.lastError().isValid())
        return failure(what, select);
    const bool wasDeleted = exists && select.value(0).toLongLong() != 0;
    // The fields that differ from what is stored, with the stored value, for the change log.
    QVector<QPair<QString, QVariant>> differences;
    if (exists) {
        for (qsizetype i = 0; i < layout.columns.size(); ++i) {
            const QString& column = layout.columns.at(i);
            if (!sameValue(select.value(int(i + 1)), normalised(record.values.value(column))))
                differences.append({column, select.value(int(i + 1))});
        }
    }
    const bool changed = !exists || wasDeleted || !differences.isEmpty();
    select.finish();

    if (!exists) {
        QSqlQuery& insert = prepared(QStringLiteral("INSERT INTO %1 (id, %2, %3) VALUES (?, %4)")
                                         .arg(layout.table, BookkeepingColumns,
                                              layout.columns.join(QStringLiteral(", ")),
                                              placeholders(5 + layout.columns.size())));
        insert.addBindValue(record.id);
        insert.addBindValue(nowText);
        insert.addBindValue(nowText);
        insert.addBindValue(actor);
        insert.addBindValue(1);
        insert.addBindValue(0);
        for (const QString& column : layout.columns)
            insert.addBindValue(normalised(record.values.value(column)));
        if (!insert.exec())
            return failure(what, insert);
        if (Status s = log(layout.table, record.id, QStringLiteral("created"), {}, {}, {}, actor,
                           nowText);
            !s)
            return s.error();
        QVariantMap fields;
        for (const QString& column : layout.columns)
            if (const QVariant v = normalised(record.values.value(column)); v.isValid())
                fields.insert(column, v);
        fields.insert(QStringLiteral("deleted"), qlonglong(0));
        if (Status s = recordForSync(layout.table, record.id, fields, actor, nowText); !s)
            return s.error();
    }

    bool childrenChanged = false;
    for (qsizetype c = 0; c < layout.children.size(); ++c) {
        const QVector<QVariantMap> rows =
            c < record.children.size() ? record.children.at(c) : QVector<QVariantMap>();
        Result<Change> child = saveChildren(layout.children.at(c), record.id, rows, actor, nowText);
        if (!child)
            return child.error();
        childrenChanged = childrenChanged || child.value() != Change::Unchanged;
    }

    if (exists && (changed || childrenChanged)) {
        QStringList assignments;
        for (const QString& column : layout.columns)
            assignments << column + QStringLiteral(" = ?");
        QSqlQuery& update = prepared(
            QStringLiteral("UPDATE %1 SET updated_at = ?, updated_by = ?, version = version + 1, "
                           "deleted = 0, %2 WHERE id = ?")
                .arg(layout.table, assignments.join(QStringLiteral(", "))));
        update.addBindValue(nowText);
        update.addBindValue(actor);
        for (const QString& column : layout.columns)
            update.addBindValue(normalised(record.values.value(column)));
        update.addBindValue(record.id);
        if (!update.exec())
            return failure(what, update);
        if (wasDeleted) {
            if (Status s = log(layout.table, record.id, QStringLiteral("restored"), {}, {}, {},
                               actor, nowText);
                !s)
                return s.error();
        }
        QVariantMap fields;
        if (wasDeleted)
            fields.insert(QStringLiteral("deleted"), qlonglong(0));
        for (const auto& [column, before] : differences) {
            if (Status s = log(layout.table, record.id, QStringLiteral("changed"), column, before,
                               record.values.value(column), actor, nowText);
                !s)
                return s.error();
            fields.insert(column, record.values.value(column));
        }
        if (Status s = recordForSync(layout.table, record.id, fields, actor, nowText); !s)
            return s.error();
        return Change::Updated;
    }
    return exists ? Change::Unchanged : Change::Inserted;
}

Result<RecordStore::Change> RecordStore::saveChildren(const ChildLayout& child,
                                                      const QString& parentId,
                                                      const QVector<QVariantMap>& rows,
                                                      const QString& actor, const QString& now)
{
    const QString what = QObject::tr("Saving %1 of %2").arg(child.table, parentId);
    QSqlQuery& select = prepared(QStringLiteral("SELECT id, deleted, %1 FROM %2 WHERE %3 = ?")
                                     .arg(child.columns.join(QStringLiteral(", ")), child.table,
                                          child.parentColumn));
    select.addBindValue(parentId);
    if (!select.exec())
        return failure(what, select);
    struct Existing {
        bool deleted = false;
        QVariantList values;
    };
    QHash<QString, Existing> existing;
    while (select.next()) {
        Existing row;
        row.deleted = select.value(1).toLongLong() != 0;
        for (qsizetype i = 0; i < child.columns.size(); ++i)
            row.values << select.value(int(i + 2));
        existing.insert(select.value(0).toString(), row);
    }
    if (select.lastError().isValid())
        return failure(what, select);
    select.finish();

    QStringList assignments;
    for (const QString& column : child.columns)
        assignments << column + QStringLiteral(" = ?");
    const QString updateSql =
        QStringLiteral("UPDATE %1 SET updated_at = ?, updated_by = ?, version = version + 1, "
                       "deleted = 0, %2 = ?, %3 WHERE id = ?")
            .arg(child.table, child.parentColumn, assignments.join(QStringLiteral(", ")));
    const QString insertSql = QStringLiteral("INSERT INTO %1 (id, %2, %3, %4) VALUES (?, %5)")
                                  .arg(child.table, BookkeepingColumns, child.parentColumn,
                                       child.columns.join(QStringLiteral(", ")),
                                       placeholders(6 + child.columns.size()));

    Change result = Change::Unchanged;
    QSet<QString> kept;
    for (const QVariantMap& row : rows) {
        const QString id = row.value(QStringLiteral("id")).toString();
        kept.insert(id);
        auto it = existing.constFind(id);
        if (it == existing.constEnd()) {
            QSqlQuery& insert = prepared(insertSql);
            insert.addBindValue(id);
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(actor);
            insert.addBindValue(1);
            insert.addBindValue(0);
            insert.addBindValue(parentId);
            for (const QString& column : child.columns)
                insert.addBindValue(normalised(row.value(column)));
            if (!insert.exec())
                return failure(what, insert);
            // A child's change is logged against its parent, where a person looks for it.
            if (Status s = log(child.table, parentId, QStringLiteral("added"), {}, {},
                               describeChild(child, row), actor, now);
                !s)
                return s.error();
            QVariantMap fields{{child.parentColumn, parentId}, {QStringLiteral("deleted"), qlonglong(0)}};
            for (const QString& column : child.columns)
                if (const QVariant v = normalised(row.value(column)); v.isValid())
                    fields.insert(column, v);
            if (Status s = recordForSync(child.table, id, fields, actor, now); !s)
                return s.error();
            result = Change::Updated;
            continue;
        }
        bool differs = it->deleted;
        for (qsizetype i = 0; i < child.columns.size() && !differs; ++i)
            differs = !sameValue(it->values.at(i), normalised(row.value(child.columns.at(i))));
        if (!differs)
            continue;
        QVariantMap fields;
        if (it->deleted)
            fields.insert(QStringLiteral("deleted"), qlonglong(0));
        for (qsizetype i = 0; i < child.columns.size(); ++i) {
            const QString& column = child.columns.at(i);
            const bool same = !it->deleted && sameValue(it->values.at(i), normalised(row.value(column)));
            if (same)
                continue;
            fields.insert(column, row.value(column));
            if (Status s = log(child.table, parentId, QStringLiteral("changed"), column,
                               it->deleted ? QVariant() : it->values.at(i), row.value(column),
                               actor, now);
                !s)
                return s.error();
        }
        QSqlQuery& update = prepared(updateSql);
        update.addBindValue(now);
        update.addBindValue(actor);
        update.addBindValue(parentId);
        for (const QString& column : child.columns)
            update.addBindValue(normalised(row.value(column)));
        update.addBindValue(id);
        if (!update.exec())
            return failure(what, update);
        if (Status s = recordForSync(child.table, id, fields, actor, now); !s)
            return s.error();
        result = Change::Updated;
    }
    // Children no longer given are tombstoned, never erased: nothing recorded is lost.
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (it->deleted || kept.contains(it.key()))
            continue;
        QSqlQuery& remove = prepared(QStringLiteral("UPDATE %1 SET updated_at = ?, updated_by = ?, "
                                                    "version = version + 1, deleted = 1 WHERE id = ?")
                                         .arg(child.table));
        remove.addBindValue(now);
        remove.addBindValue(actor);
        remove.addBindValue(it.key());
        if (!remove.exec())
            return failure(what, remove);
        QVariantMap gone;
        for (qsizetype i = 0; i < child.columns.size(); ++i)
            gone.insert(child.columns.at(i), it->values.at(i));
        if (Status s = log(child.table, parentId, QStringLiteral("removed"), {},
                           describeChild(child, gone), {}, actor, now);
            !s)
            return s.error();
        if (Status s = recordForSync(child.table, it.key(), {{QStringLiteral("deleted"), qlonglong(1)}}, actor, now); !s)
            return s.error();
        result = Change::Updated;
    }
    return result;
}

Result<RecordStore::Change> RecordStore::remove(const QString& table, const QString& id,
                                                const QString& actor, const QDateTime& now)
{
    return setTombstone(table, id, true, actor, now);
}

Result<RecordStore::Change> RecordStore::restore(const QString& table, const QString& id,
                                                 const QString& actor, const QDateTime& now)
{
    return setTombstone(table, id, false, actor, now);
}

Result<RecordStore::Change> RecordStore::setTombstone(const QString& table, const QString& id, bool deleted,
                                                      const QString& actor, const QDateTime& now)
{
    const QString what = deleted ? QObject::tr("Deleting %1 record %2").arg(table, id)
                                 : QObject::tr("Restoring %1 record %2").arg(table, id);
    if (Status s = SyncJournal(m_database).lockJournal(); !s)
        return s.error();
    m_person = personOf(table, id, {});
    QSqlQuery& select = prepared(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(table));
    select.addBindValue(id);
    if (!select.exec())
        return failure(what, select);
    if (!select.next())
        return select.lastError().isValid()
                   ? failure(what, select)
                   : Error{(deleted ? QObject::tr("There is no %1 record %2 to delete.")
                                    : QObject::tr("There is no %1 record %2 to restore."))
                               .arg(table, id),
                           {}};
    const bool wasDeleted = select.value(0).toLongLong() != 0;
    select.finish();
    if (wasDeleted == deleted)
        return Change::Unchanged;
    const QString nowText = LocalTime::isoDateTimeUtc(now);
    QSqlQuery& update = prepared(QStringLiteral("UPDATE %1 SET updated_at = ?, updated_by = ?, "
                                                "version = version + 1, deleted = ? WHERE id = ?")
                                     .arg(table));
    update.addBindValue(nowText);
    update.addBindValue(actor);
    update.addBindValue(deleted ? 1 : 0);
    update.addBindValue(id);
    if (!update.exec())
        return failure(what, update);
    if (Status s = log(table, id, deleted ? QStringLiteral("deleted") : QStringLiteral("restored"), {}, {}, {},
                       actor, nowText);
        !s)
        return s.error();
    if (Status s = recordForSync(table, id, {{QStringLiteral("deleted"), qlonglong(deleted ? 1 : 0)}}, actor, nowText); !s)
        return s.error();
    return Change::Updated;
}

Status RecordStore::preload(const QString& table, const QStringList& ids)
{
    // A table this version does not have is left for apply() to refuse in words.
    if (ids.isEmpty() || syncableColumns(table).isEmpty())
        return {};
    Preloaded& cache = m_preloaded[table];
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < ids.size(); from += Slice) {
        const QStringList slice = ids.mid(from, Slice);
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id IN (%2)").arg(table, placeholders(slice.size())));
        for (const QString& id : slice)
            q.addBindValue(id);
        if (!q.exec())
            return failure(QObject::tr("Reading %1").arg(table), q);
        const QSqlRecord record = q.record();
        while (q.next())
            cache.rows.insert(q.value(QStringLiteral("id")).toString(), rowOf(q, record));
        if (q.lastError().isValid())
            return failure(QObject::tr("Reading %1").arg(table), q);
        for (const QString& id : slice)
            cache.ids.insert(id);
    }
    return {};
}

Result<std::optional<QVariantMap>> RecordStore::current(const QString& table, const QString& id)
{
    const auto preloaded = m_preloaded.constFind(table);
    if (preloaded != m_preloaded.constEnd() && preloaded->ids.contains(id)) {
        const auto row = preloaded->rows.constFind(id);
        if (row == preloaded->rows.constEnd())
            return std::optional<QVariantMap>();
        return std::optional<QVariantMap>(*row);
    }
    if (isGathered(id))
        if (Status s = writeGathered(); !s)
            return s.error();
    QSqlQuery row(m_database.connection());
    row.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    row.addBindValue(id);
    if (!row.exec())
        return failure(QObject::tr("Reading %1").arg(table), row);
    if (!row.next()) {
        if (row.lastError().isValid())
            return failure(QObject::tr("Reading %1").arg(table), row);
        return std::optional<QVariantMap>();
    }
    return std::optional<QVariantMap>(rowOf(row, row.record()));
}

Result<RecordStore::Change> RecordStore::apply(const SyncChange& change)
{
    const QString what = receiving(change);
    const QSet<QString>& known = syncableColumns(change.table);
    if (known.isEmpty())
        return Error{QObject::tr("A change from the team server is to %1, which this version of Waymark does not "
                                 "have: update Waymark on this computer.")
                         .arg(change.table),
                     {}};
    QStringList columns;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return Error{QObject::tr("A change from the team server sets %1 of %2, which this version of Waymark does "
                                     "not have: update Waymark on this computer.")
                             .arg(it.key(), change.table),
                         {}};
        columns << it.key();
    }
    const QString nowText = LocalTime::isoDateTimeUtc(change.changedAt);
    const QString actor = change.changedBy;
    m_person = change.person;
    // What is gathered for another table is written first: this change's row may point to it.
    const QString gatheredTable = m_newRecords.rows     ? m_newRecords.table
                                  : m_changedRecords ? m_changedRecords->table()
                                                     : QString();
    if (!gatheredTable.isEmpty() && gatheredTable != change.table)
        if (Status s = writeGathered(); !s)
            return s.error();
    // The record as stored: from what preload() read, or read now.
    bool exists = false;
    QVariantMap stored;
    const auto preloaded = m_preloaded.constFind(change.table);
    if (preloaded != m_preloaded.constEnd() && preloaded->ids.contains(change.recordId)) {
        const auto row = preloaded->rows.constFind(change.recordId);
        exists = row != preloaded->rows.constEnd();
        if (exists)
            stored = *row;
    } else {
        if (isGathered(change.recordId))
            if (Status s = writeGathered(); !s)
                return s.error();
        QSqlQuery& select = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                         .arg(columns.isEmpty() ? QStringLiteral("id") : columns.join(QStringLiteral(", ")),
                                              change.table));
        select.addBindValue(change.recordId);
        if (!select.exec())
            return failure(what, select);
        exists = select.next();
        if (!exists && select.lastError().isValid())
            return failure(what, select);
        if (exists)
            for (qsizetype i = 0; i < columns.size(); ++i)
                stored.insert(columns.at(i), select.value(int(i)));
        select.finish();
    }
    QVector<QPair<QString, QVariant>> differences;
    if (exists)
        for (const QString& column : columns)
            if (!sameValue(stored.value(column), normalised(change.fields.value(column))))
                differences.append({column, stored.value(column)});
    if (preloaded != m_preloaded.constEnd() && preloaded->ids.contains(change.recordId)) {
        // What is written now is what a later change to the same record meets.
        Preloaded& cache = m_preloaded[change.table];
        QVariantMap& row = cache.rows[change.recordId];
        for (const QString& column : columns)
            row.insert(column, normalised(change.fields.value(column)));
        if (!exists || !differences.isEmpty()) {
            row.insert(QStringLiteral("updated_at"), nowText);
            row.insert(QStringLiteral("updated_by"), actor);
        }
    }
    if (exists && differences.isEmpty())
        return Change::Unchanged;

    if (!exists) {
        QStringList insertColumns = columns;
        insertColumns.removeAll(QStringLiteral("deleted"));
        const int deleted = normalised(change.fields.value(QStringLiteral("deleted"), qlonglong(0))).toLongLong() != 0;
        if (m_bufferWrites) {
            if (m_newRecords.rows && m_newRecords.columns != insertColumns)
                if (Status s = writeNewRecords(); !s)
                    return s.error();
            if (!m_newRecords.rows) {
                m_newRecords.table = change.table;
                m_newRecords.columns = insertColumns;
                m_newRecords.rows = std::make_unique<BufferedInsert>(
                    m_database, change.table,
                    QStringList{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                QStringLiteral("updated_by"), QStringLiteral("version"), QStringLiteral("deleted")} +
                        insertColumns);
            }
            QVariantList row{change.recordId, nowText, nowText, actor, 1, deleted};
            for (const QString& column : insertColumns)
                row << normalised(change.fields.value(column));
            if (Status s = m_newRecords.rows->add(row); !s)
                return s.error();
            m_newRecords.ids.insert(change.recordId);
            if (Status s = logCreated(change); !s)
                return s.error();
            return Change::Inserted;
        }
        QSqlQuery& insert = prepared(QStringLiteral("INSERT INTO %1 (id, %2%3) VALUES (?, %4)")
                                         .arg(change.table, BookkeepingColumns,
                                              insertColumns.isEmpty() ? QString()
                                                                      : QStringLiteral(", ") + insertColumns.join(QStringLiteral(", ")),
                                              placeholders(5 + insertColumns.size())));
        insert.addBindValue(change.recordId);
        insert.addBindValue(nowText);
        insert.addBindValue(nowText);
        insert.addBindValue(actor);
        insert.addBindValue(1);
        insert.addBindValue(deleted);
        for (const QString& column : insertColumns)
            insert.addBindValue(normalised(change.fields.value(column)));
        if (!insert.exec())
            return failure(what, insert);
        if (Status s = logCreated(change); !s)
            return s.error();
        return Change::Inserted;
    }

    if (m_newRecords.ids.contains(change.recordId))
        if (Status s = writeNewRecords(); !s)
            return s.error();
    if (m_bufferWrites) {
        auto suits = m_updatesGathered.constFind(change.table);
        if (suits == m_updatesGathered.constEnd()) {
            Result<bool> read = BufferedUpdate::suits(m_database, change.table);
            if (!read)
                return read.error();
            suits = m_updatesGathered.insert(change.table, read.value());
        }
        if (*suits) {
            QStringList changedColumns;
            QVariantList values;
            for (const auto& difference : differences) {
                changedColumns << difference.first;
                values << normalised(change.fields.value(difference.first));
            }
            if (m_changedRecords &&
                (m_changedRecords->holds(change.recordId) || m_changedRecords->columns() != changedColumns))
                if (Status s = writeChangedRecords(); !s)
                    return s.error();
            if (!m_changedRecords)
                m_changedRecords =
                    std::make_unique<BufferedUpdate>(m_database, change.table, changedColumns);
            if (Status s = m_changedRecords->add(change.recordId, nowText, actor, values); !s)
                return s.error();
            if (Status s = logDifferences(change, differences); !s)
                return s.error();
            return Change::Updated;
        }
    }
    QStringList assignments;
    for (const auto& difference : differences)
        assignments << difference.first + QStringLiteral(" = ?");
    QSqlQuery& update = prepared(QStringLiteral("UPDATE %1 SET updated_at = ?, updated_by = ?, version = version + 1, %2 WHERE id = ?")
                                     .arg(change.table, assignments.join(QStringLiteral(", "))));
    update.addBindValue(nowText);
    update.addBindValue(actor);
    for (const auto& difference : differences)
        update.addBindValue(normalised(change.fields.value(difference.first)));
    update.addBindValue(change.recordId);
    if (!update.exec())
        return failure(what, update);
    if (Status s = logDifferences(change, differences); !s)
        return s.error();
    return Change::Updated;
}

Status RecordStore::logCreated(const SyncChange& change)
{
    const QString nowText = LocalTime::isoDateTimeUtc(change.changedAt);
    if (const ChildLayout* child = childLayoutOf(change.table)) {
        // A row removed before it came here was added and removed, as its parent's History shows there.
        const QString parentId = change.fields.value(child->parentColumn).toString();
        const QString description = describeChild(*child, change.fields);
        if (Status s = log(child->table, parentId, QStringLiteral("added"), {}, {}, description, change.changedBy, nowText);
            !s)
            return s;
        if (normalised(change.fields.value(QStringLiteral("deleted"))).toLongLong() == 0)
            return {};
        return log(child->table, parentId, QStringLiteral("removed"), {}, description, {}, change.changedBy, nowText);
    }
    return log(change.table, change.recordId, QStringLiteral("created"), {}, {}, {}, change.changedBy, nowText);
}

Status RecordStore::logChildDifferences(const ChildLayout& child, const SyncChange& change,
                                        const QVector<QPair<QString, QVariant>>& differences)
{
    // Logged against the parent, as a change made here is, with the row as it stands now.
    const QString what = receiving(change);
    if (isGathered(change.recordId))
        if (Status s = writeGathered(); !s)
            return s;
    QSqlQuery& select = prepared(QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?")
                                     .arg(child.parentColumn, child.columns.join(QStringLiteral(", ")), child.table));
    select.addBindValue(change.recordId);
    if (!select.exec())
        return failure(what, select);
    QVariantMap row;
    if (select.next())
        for (qsizetype i = 0; i <= child.columns.size(); ++i)
            row.insert(i == 0 ? child.parentColumn : child.columns.at(i - 1), select.value(int(i)));
    select.finish();
    for (const QString& column : child.columns)
        if (change.fields.contains(column))
            row.insert(column, change.fields.value(column));
    const QString parentId = change.fields.value(child.parentColumn, row.value(child.parentColumn)).toString();
    const QString nowText = LocalTime::isoDateTimeUtc(change.changedAt);
    for (const auto& [column, before] : differences) {
        Status s;
        if (column == QLatin1String("deleted")) {
            const bool removed = normalised(change.fields.value(column)).toLongLong() != 0;
            const QString description = describeChild(child, row);
            s = log(child.table, parentId, removed ? QStringLiteral("removed") : QStringLiteral("added"), {},
                    removed ? QVariant(description) : QVariant(), removed ? QVariant() : QVariant(description),
                    change.changedBy, nowText);
        } else if (column != child.parentColumn) {
            s = log(child.table, parentId, QStringLiteral("changed"), column, before, change.fields.value(column),
                    change.changedBy, nowText);
        }
        if (!s)
            return s;
    }
    return {};
}

Status RecordStore::logDifferences(const SyncChange& change, const QVector<QPair<QString, QVariant>>& differences)
{
    if (const ChildLayout* child = childLayoutOf(change.table))
        return logChildDifferences(*child, change, differences);
    const QString nowText = LocalTime::isoDateTimeUtc(change.changedAt);
    for (const auto& [column, before] : differences) {
        Status s = column == QLatin1String("deleted")
                       ? log(change.table, change.recordId,
                             normalised(change.fields.value(column)).toLongLong() != 0 ? QStringLiteral("deleted")
                                                                                      : QStringLiteral("restored"),
                             {}, {}, {}, change.changedBy, nowText)
                       : log(change.table, change.recordId, QStringLiteral("changed"), column, before,
                             change.fields.value(column), change.changedBy, nowText);
        if (!s)
            return s;
    }
    return {};
}

Result<QVector<StoredRecord>> RecordStore::loadAll(const TableLayout& layout)
{
    const QString what = QObject::tr("Reading %1").arg(layout.table);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0 ORDER BY id")
                        .arg(layout.columns.join(QStringLiteral(", ")), layout.table)))
        return failure(what, query);
    QVector<StoredRecord> records;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        StoredRecord record;
        record.id = query.value(0).toString();
        for (qsizetype i = 0; i < layout.columns.size(); ++i)
            record.values.insert(layout.columns.at(i), query.value(int(i + 1)));
        record.children.resize(layout.children.size());
        index.insert(record.id, records.size());
        records << record;
    }
    if (query.lastError().isValid())
        return failure(what, query);
    for (qsizetype c = 0; c < layout.children.size(); ++c) {
        const ChildLayout& child = layout.children.at(c);
        if (!query.exec(QStringLiteral("SELECT %1, id, %2 FROM %3 WHERE deleted = 0 "
                                       "ORDER BY %1, %4, id")
                            .arg(child.parentColumn, child.columns.join(QStringLiteral(", ")),
                                 child.table, child.orderBy)))
            return failure(what, query);
        while (query.next()) {
            auto it = index.constFind(query.value(0).toString());
            if (it == index.constEnd())
                continue; // the parent is tombstoned
            QVariantMap row;
            row.insert(QStringLiteral("id"), query.value(1));
            for (qsizetype i = 0; i < child.columns.size(); ++i)
                row.insert(child.columns.at(i), query.value(int(i + 2)));
            records[*it].children[c] << row;
        }
        if (query.lastError().isValid())
            return failure(what, query);
    }
    return records;
}

Result<QSet<QString>> RecordStore::liveIds(const QString& table)
{
    return idsWhere(table, QStringLiteral(" WHERE deleted = 0"));
}

Result<QSet<QString>> RecordStore::allIds(const QString& table)
{
    return idsWhere(table, {});
}

Result<QSet<QString>> RecordStore::idsWhere(const QString& table, const QString& where)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM %1%2").arg(table, where)))
        return failure(QObject::tr("Reading %1").arg(table), query);
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    if (query.lastError().isValid())
        return failure(QObject::tr("Reading %1").arg(table), query);
    return ids;
}

Result<QHash<QString, QString>> RecordStore::uniqueOwners(const QString& table,
                                                          const QString& column)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, id FROM %2").arg(column, table)))
        return failure(QObject::tr("Reading %1").arg(table), query);
    QHash<QString, QString> owners;
    while (query.next())
        owners.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid())
        return failure(QObject::tr("Reading %1").arg(table), query);
    return owners;
}

} // namespace waymark
