#pragma once

#include "core/domain/Result.h"
#include "core/domain/SignedInUser.h"
#include "core/domain/SyncChange.h"
#include "core/domain/SyncConflict.h"
#include "core/domain/SyncStatus.h"

#include <QString>
#include <QVector>

#include <functional>

namespace waymark {

class Clock;
class Database;

struct SyncReport {
    bool joined = false; // this sync joined the laptop to the server
    int pushed = 0;      // changes sent (each taken whole or in part, or kept as a conflict)
    int pulled = 0;      // changes and records brought from the server
    int conflicts = 0;   // new conflicts for a person to choose
    int removed = 0;     // people no longer any of the laptop's users' to see, whose copy left it
    qint64 cursor = 0;   // the last server change now in the laptop
};

struct SyncOptions {
    // Changes sent to the server in one transaction. Each batch costs some fixed work on both
    // sides (about a tenth of a second); a batch holds the server's journal while it is taken,
    // and 2,500 changes take about half a second.
    int batchSize = 2500;
    // Told how far the sync is (done of total, for the phase named); false stops it between two
    // batches, everything committed so far staying committed.
    std::function<bool(const QString& phase, int done, int total)> progress;
    // For the tests of a sync cut off: stop, as if killed, after this many batches have been
    // taken by the server and before the laptop has heard its answer. Negative: never.
    int stopAfterServerCommits = -1;
};

// Offline sync between a laptop's database and the team server (both Waymark databases): the
// laptop pushes its outbox in batches, each taken by the server in one transaction and merged field
// by field (SyncMerge), then pulls every change after the last it has seen, in the server's order,
// only for the people its users may see (AccessPolicy). Either side can stop at any moment: a batch
// sent again is known and answered as before, and a pull is committed with the cursor it reached,
// so a sync started again carries on with nothing lost or doubled.
class SyncService {
public:
    SyncService(Database& laptop, const Clock& clock, QString actor);

    Result<SyncStatus> status() const;

    // `users`: the laptop's users (its accounts); what they may see is what is pulled.
    Result<SyncReport> sync(Database& server, const QVector<SignedInUser>& users, const SyncOptions& options = {});
    // The same, opening the team server at `address` (postgresql://...) first: a server that
    // is down, refuses the sign-in or was made by a newer Waymark is refused before anything
    // here changes.
    Result<SyncReport> syncWith(const QString& address, const QVector<SignedInUser>& users,
                                const SyncOptions& options = {});

    // Everyone who signs in to the laptop's database at `databasePath` (its keys file), with
    // the role their staff record gives them; none for a plain file, whose user sees everything.
    static Result<QVector<SignedInUser>> laptopUsers(Database& laptop, const QString& databasePath);

    Result<QVector<SyncConflict>> conflicts() const;
    // Keeps this laptop's value: written here and sent at the next sync.
    Status keepMine(const QString& conflictId);
    // Keeps the server's value, which the laptop already shows.
    Status keepTheirs(const QString& conflictId);

private:
    Result<bool> joinIfNew(Database& server);
    Result<int> push(Database& server, const QString& origin, const SyncOptions& options, SyncReport& report);
    // `signedIn`: whom the server signed in, the most the laptop may receive.
    Result<int> pull(Database& server, const QString& origin, const SignedInUser& signedIn,
                     const QVector<SignedInUser>& users, const SyncOptions& options, SyncReport& report);
    // Takes away the laptop's copy of someone no longer its users' to see (SyncScope), their
    // settled conflicts and the audit trail's values of them, in the caller's transaction.
    Status removeCopyOf(const QString& person);
    // Makes the laptop show the server's value of a conflict's field.
    Status showTheirs(const SyncConflict& conflict);

    Database& m_laptop;
    const Clock& m_clock;
    QString m_actor;
};

} // namespace waymark
