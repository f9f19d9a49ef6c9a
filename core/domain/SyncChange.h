#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace waymark {

// What one save changed in one record, as it travels between a laptop and the team server: the
// fields it set (column -> value as stored; "deleted" 1 for a deletion, 0 for a restore), never
// the whole record, so that changes to different fields of the same record merge.
struct SyncChange {
    QString changeId; // unique for ever: a change sent twice is known for what it is
    QString table;
    QString recordId;
    QString person;   // whose record it is (service_users.id), or empty for records about no one
    QVariantMap fields;
    QDateTime changedAt; // UTC
    QString changedBy;

    // In a laptop's outbox: its place in the order of changes, the last server change the laptop
    // had seen when the change was made, and the batch it was sent in (empty before it is sent).
    qint64 position = 0;
    qint64 baseSeq = 0;
    QString batchId;

    // In the server's journal: the server's number for it, and the laptop (or "server") it came from.
    qint64 seq = 0;
    QString origin;
};

} // namespace waymark
