#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace waymark {

// Rows of a child table that belong to one parent row (a star template's areas, a goal's tasks).
struct ChildLayout {
    QString table;
    QString parentColumn;
    QStringList columns; // besides id and the bookkeeping columns
    QString orderBy;     // column that keeps the children in order
};

// The columns of one table as the generic RecordStore reads and writes them.
struct TableLayout {
    QString table;
    QStringList columns; // besides id and the bookkeeping columns
    QVector<ChildLayout> children;
};

} // namespace waymark
