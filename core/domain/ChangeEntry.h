#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

// One line of a record's history: a record created, deleted or restored, a field changed, or a
// row of a list within it (a goal's task, a star score) added or removed.
struct ChangeEntry {
    QDateTime changedAt; // UTC
    QString changedBy;   // a staff id, or the tool that made the change ("waymark-cli import")
    QString table;       // the record kind, as the table is named
    QString recordId;
    QString action;      // created, changed, deleted, restored, added, removed
    QString field;       // the column, for "changed"
    QString oldValue;
    QString newValue;
};

} // namespace waymark
