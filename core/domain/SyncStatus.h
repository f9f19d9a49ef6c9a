#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

// Where a laptop stands with its team server, for the status bar and `waymark-cli sync`.
struct SyncStatus {
    bool joined = false;    // this database syncs with a team server
    QString server;         // its address, without a password
    QDateTime lastSyncedAt; // UTC; invalid before the first sync
    qint64 cursor = 0;      // the last server change pulled
    int waiting = 0;        // changes made here not yet pushed
    int conflicts = 0;      // conflicts waiting for a person to choose
};

} // namespace waymark
