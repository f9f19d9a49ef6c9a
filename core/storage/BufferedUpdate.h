#pragma once

#include "core/domain/Result.h"

#include <QSet>
#include <QStringList>
#include <QVariantList>

namespace waymark {

class Database;

// Changes to records of one table gathered and written many to a statement on a team server:
// there each statement is a round trip, and a batch of thousands of edits would spend most of
// its time waiting for them. Every row sets the same columns, bumps the record's version and
// stamps who changed it when. The rows travel as one JSON value that PostgreSQL reads into rows
// of the table's own type (json_populate_recordset), so each value arrives as its column's type.
// PostgreSQL only. flush() before the transaction commits.
class BufferedUpdate {
public:
    // Whether a table's changes may be gathered: not when it has a unique constraint besides
    // its id. There two rows changed in one statement could meet each other's values halfway
    // (one taking the code the other gives up), which one at a time they never do, so such a
    // table's records are written one by one. Never on SQLite, where a statement is no round trip.
    static Result<bool> suits(Database& database, const QString& table);

    BufferedUpdate(Database& database, QString table, QStringList columns, int rowsPerStatement = 250);

    Status add(const QString& id, const QString& updatedAt, const QString& updatedBy, const QVariantList& values);
    bool holds(const QString& id) const { return m_ids.contains(id); }
    const QString& table() const { return m_table; }
    const QStringList& columns() const { return m_columns; }
    Status flush();

private:
    Status write();

    Database& m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVector<QVariantList> m_rows;
    QSet<QString> m_ids;
};

} // namespace waymark
