#pragma once

#include "core/domain/Result.h"
#include "core/domain/SyncChange.h"
#include "core/storage/StoredRecord.h"
#include "core/storage/TableLayout.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace waymark {

class AuditTrail;
class BufferedInsert;
class BufferedUpdate;
class Database;

// Reads and writes whole records of any table by its layout: what import, export and later sync
// need. Keeps the bookkeeping columns (created/updated times, updated_by, version, tombstone)
// right, and writes nothing for a record that is already stored exactly as given, so that
// importing the same file twice changes nothing.
class RecordStore {
public:
    enum class Change { Unchanged, Inserted, Updated };

    explicit RecordStore(Database& database);
    ~RecordStore();

    Result<Change> save(const TableLayout& layout, const StoredRecord& record,
                        const QString& actor, const QDateTime& now);

    // Tombstones a record (and nothing else): it stays in the file, leaves every list, and the
    // change is logged. Unchanged when already deleted; an error when there is no such record.
    Result<Change> remove(const QString& table, const QString& id, const QString& actor,
                          const QDateTime& now);
    // Takes a record's tombstone away again (logged as "restored"). Unchanged when it is not
    // deleted; an error when there is no such record.
    Result<Change> restore(const QString& table, const QString& id, const QString& actor,
                           const QDateTime& now);

    // A change that came from elsewhere through sync (pushed by a laptop to the team server, or
    // pulled from it): its fields are written as they are, inserting the record when it is new, and
    // logged under the person who made the change when they made it. Nothing goes to the outbox
    // or the journal: the caller records the change where it belongs. A field that is not a
    // column of the table is refused (a newer Waymark's change), and nothing is written.
    Result<Change> apply(const SyncChange& change);

    // Reads these records of `table` in a few statements, for apply() to compare with instead of
    // reading each one (a batch of thousands of changes).
    Status preload(const QString& table, const QStringList& ids);
    // A record as stored (every column), or nothing when there is none: from what preload() read
    // and apply() wrote since, or read now.
    Result<std::optional<QVariantMap>> current(const QString& table, const QString& id);
    // From now on apply() gathers what it writes to one table, new records and changed ones,
    // and writes them many to a statement: on a team server each statement is a round trip.
    // (Changed records are gathered on a team server only, for tables with no unique column
    // but the id: BufferedUpdate.) What is gathered is written before anything that could
    // depend on it: a change to another table (whose rows may point to these), a second change
    // to a record gathered, a read of one; and by flush(), before the transaction commits.
    void bufferWrites() { m_bufferWrites = true; }

    // Where each change this store makes is recorded for sync. By default SyncJournal's
    // recordLocal: the server's journal, or a laptop's outbox.
    void setSyncSink(std::function<Status(const SyncChange&)> sink) { m_syncSink = std::move(sink); }
    // The audit trail the changes are recorded in, when the caller holds one for a batch
    // (AuditTrail::holdForBatch); by default each change appends on its own.
    // With one, the change log is written many rows to a statement too: flush() before the
    // transaction commits.
    void setAuditTrail(AuditTrail* trail);
    // Writes what is gathered: records (bufferWrites), the change log and the audit trail.
    Status flush();

    // Every record that is not tombstoned, ordered by id.
    Result<QVector<StoredRecord>> loadAll(const TableLayout& layout);

    // Ids of the records of `table` that are not tombstoned.
    Result<QSet<QString>> liveIds(const QString& table);

    // Ids of every record of `table`, tombstoned or not.
    Result<QSet<QString>> allIds(const QString& table);

    // For a unique column: value -> id of the live record holding it.
    Result<QHash<QString, QString>> uniqueOwners(const QString& table, const QString& column);

    // Values equal as stored: null equals null, numbers by value, everything else as text.
    static bool sameValue(const QVariant& a, const QVariant& b);
    // The form a value is stored in: bools as 0/1, whole numbers as qlonglong.
    static QVariant normalised(const QVariant& value);

private:
    QSqlQuery& prepared(const QString& sql);
    Result<QSet<QString>> idsWhere(const QString& table, const QString& where);
    Result<Change> saveChildren(const ChildLayout& child, const QString& parentId,
                                const QVector<QVariantMap>& rows, const QString& actor,
                                const QString& now);
    Error failure(const QString& what, const QSqlQuery& query) const;
    Result<Change> setTombstone(const QString& table, const QString& id, bool deleted, const QString& actor,
                                const QDateTime& now);
    // One row of the change log: a record created, deleted or restored (no field), or one field
    // changed from `before` to `after`.
    Status log(const QString& table, const QString& recordId, const QString& action,
               const QString& field, const QVariant& before, const QVariant& after,
               const QString& actor, const QString& now);

    // Whose record a change is to, for the audit trail's person (so a person's own log and the
    // audit screen find every change to them): the person, or the person whose support period or
    // plan the record hangs from; empty for records about no one person.
    QString personOf(const QString& table, const QString& id, const QVariantMap& values);

    // Hands a change just made to the sync sink.
    Status recordForSync(const QString& table, const QString& id, const QVariantMap& fields, const QString& actor,
                   const QString& now);
    // The columns of a table that a change may set (everything but id and the bookkeeping, with
    // "deleted"), read from the database itself.
    const QSet<QString>& syncableColumns(const QString& table);

    Database& m_database;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, QSet<QString>> m_columns;
    std::function<Status(const SyncChange&)> m_syncSink;
    AuditTrail* m_audit = nullptr;
    std::unique_ptr<BufferedInsert> m_changeLog;
    struct Preloaded {
        QSet<QString> ids;                 // asked for (present or not)
        QHash<QString, QVariantMap> rows;  // found, column -> value
    };
    QHash<QString, Preloaded> m_preloaded;
    // What apply() has gathered and not yet written (bufferWrites): new records of one table
    // that set the same columns, and changes to its records that set the same columns.
    struct NewRecords {
        QString table;
        QStringList columns;
        std::unique_ptr<BufferedInsert> rows;
        QSet<QString> ids;
    };
    bool m_bufferWrites = false;
    NewRecords m_newRecords;
    std::unique_ptr<BufferedUpdate> m_changedRecords;
    QHash<QString, bool> m_updatesGathered; // by table: BufferedUpdate::suits
    Status writeNewRecords();
    Status writeChangedRecords();
    Status writeGathered();
    bool isGathered(const QString& id) const;
    // The change log and audit trail rows for the fields a change altered.
    Status logDifferences(const SyncChange& change, const QVector<QPair<QString, QVariant>>& differences);
    // A record received whole from elsewhere ("created"; a child row "added" to its parent).
    Status logCreated(const SyncChange& change);
    Status logChildDifferences(const ChildLayout& child, const SyncChange& change,
                               const QVector<QPair<QString, QVariant>>& differences);
    QString m_person; // personOf the record being written
};

} // namespace waymark
