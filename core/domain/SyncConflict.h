#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace waymark {

// The same field changed on a laptop and on the team server since they last agreed: both values
// are kept until a person chooses one. The server's value stands meanwhile, so every copy shows
// the same. field "deleted" is a deletion against an edit (mine or theirs 1: deleted).
struct SyncConflict {
    QString id;
    QString table;
    QString recordId;
    QString person;
    QString field;
    QVariant mine;
    QDateTime mineAt;
    QString mineBy;
    QVariant theirs;
    qint64 theirsSeq = 0;
    QDateTime theirsAt;
    QString theirsBy;
    QDateTime foundAt;
};

} // namespace waymark
