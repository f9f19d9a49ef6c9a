#pragma once

#include "core/domain/Result.h"
#include "core/domain/SyncChange.h"
#include "core/domain/SyncConflict.h"
#include "core/domain/SyncStatus.h"
#include "core/storage/SqlRow.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <memory>
#include <optional>

namespace waymark {

class BufferedInsert;
class Database;

// The sync tables of one database (007_sync.sql): on a laptop, the outbox of changes waiting to be
// pushed, the conflicts waiting for a person and where it stands with its server (waymark_meta);
// on the team server, the journal of every change in the order it was committed and the batches it
// has taken. Callers hold the transaction.
class SyncJournal {
public:
    explicit SyncJournal(Database& database);
    ~SyncJournal();

    // A change just made through RecordStore: on the team server it goes into the journal with the
    // next number (origin "server"); on a laptop that syncs, into the outbox, based on the last
    // server change pulled; elsewhere nowhere.
    // `base` given: what the change is based on, instead of the last server change pulled.
    Status recordLocal(SyncChange change, std::optional<qint64> base = std::nullopt);

    // ---- A laptop
    Result<SyncStatus> status() const;
    // This laptop's name in the server's journal (made when it first syncs), or empty.
    Result<QString> origin() const;
    Status join(const QString& origin, const QString& server);
    Status setCursor(qint64 seq, const QDateTime& syncedAt);
    // Whose records were pulled at the last sync: a JSON array of ids, or "*" for everyone's;
    // empty before the first.
    Result<QString> peoplePulled() const;
    Status setPeoplePulled(const QString& people);
    // Gives the oldest changes not yet in a batch (up to `limit`) a batch of their own.
    Status formBatch(int limit);
    // The batches formed and not yet answered, oldest first, each with its changes in order.
    Result<QVector<QVector<SyncChange>>> batches() const;
    // The batch the server has answered: its changes leave the outbox.
    Status dropBatch(const QString& batchId);
    // Whether a change made here to `field` of the record is waiting to be pushed (a pulled change
    // must not overwrite it: the push will meet the server's value and keep both).
    Result<QHash<QString, QSet<QString>>> waitingFields() const; // record id -> fields
    // Keeps a conflict for a person; an open one about the same field is superseded by it (the
    // laptop's later value is the one to choose, never an older one it overwrote itself).
    Status addConflict(const SyncConflict& conflict);
    Result<QVector<SyncConflict>> openConflicts() const;
    // People with a change of theirs waiting to be pushed or a conflict waiting for a choice.
    Result<QSet<QString>> peopleWaiting() const;
    // Settled conflicts about `person` go (they name values of theirs).
    Status forgetSettledConflictsOf(const QString& person);
    Result<std::optional<SyncConflict>> conflict(const QString& id) const;
    Status resolveConflict(const QString& id, const QString& resolution, const QString& by, const QDateTime& at);
    // A newer value from the team server for an open conflict's field: the conflict shows it, so
    // that a person choosing chooses against what the server has now.
    Status updateTheirs(const QString& id, const QVariant& theirs, qint64 seq, const QDateTime& at, const QString& by);

    // ---- The team server
    // Holds the journal for this transaction: changes are numbered in the order they commit.
    Status lockJournal();
    Result<qint64> head() const;
    Status append(const SyncChange& change);
    // From now on appends are written many to a statement: flush() before the commit.
    void bufferAppends();
    Status flush();
    // The answer already given to a batch, if it was taken before.
    Result<std::optional<QString>> batchAnswer(const QString& batchId) const;
    Status saveBatch(const QString& batchId, const QString& origin, const QString& answer, const QDateTime& at);
    // Changes to these records after `after`, from anywhere but `origin`, in order.
    Result<QVector<SyncChange>> changesTo(const QStringList& recordIds, qint64 after, const QString& origin) const;
    // Changes after `after` up to `upTo`, not from `origin`, in order; `people` empty: everyone's,
    // otherwise only theirs and changes about no one.
    Result<QVector<SyncChange>> changesSince(qint64 after, qint64 upTo, const QString& origin,
                                             const std::optional<QSet<QString>>& people) const;

    // Field values as the journal keeps them (a JSON object) and back.
    static QString encode(const QVariantMap& fields);
    static QVariantMap decode(const QString& text);
    static QString encodeValue(const QVariant& value);
    static QVariant decodeValue(const QString& text);

    static constexpr const char* OriginKey = "sync_origin";
    static constexpr const char* ServerKey = "sync_server";
    static constexpr const char* CursorKey = "sync_cursor";
    static constexpr const char* SyncedAtKey = "sync_last_at";
    static constexpr const char* PeopleKey = "sync_people";

private:
    Status settleConflictsEditedHere(const SyncChange& change);
    Result<QString> meta(const char* key) const;
    Status setMeta(const char* key, const QString& value);
    Error failure(const QString& what, const QSqlQuery& q) const;
    static SyncChange journalRow(const SqlRow& q);

    Database& m_database;
    std::unique_ptr<QSqlQuery> m_append; // prepared once: a batch appends many
    std::unique_ptr<BufferedInsert> m_buffer;
};

} // namespace waymark
