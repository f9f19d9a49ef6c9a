#pragma once

#include "core/domain/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace waymark {

class Database;

// Rows for one table gathered and written many to a statement: on a team server each statement
// is a round trip, and a batch of thousands of changes would spend most of its time waiting for
// them. On SQLite the rows are VALUES (...), (...); on the team server they travel as one JSON
// value that PostgreSQL reads into rows of the table's own type (json_populate_recordset): a
// statement of hundreds of values is parsed slowly, one long string quickly. flush() before the
// transaction commits.
class BufferedInsert {
public:
    BufferedInsert(Database& database, QString table, QStringList columns, int rowsPerStatement = 100);

    Status add(const QVariantList& row);
    Status flush();

    // Rows as a JSON array of objects, column -> value, for json_populate_recordset. Nothing
    // (null, or no value) is JSON null; yes/no is 1 or 0, as Waymark stores it.
    static QString rowsAsJson(const QStringList& columns, const QVector<QVariantList>& rows);

private:
    Status write(int rows);

    Database& m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVector<QVariantList> m_rows;
    std::unique_ptr<QSqlQuery> m_full; // prepared once for a full statement
};

} // namespace waymark
