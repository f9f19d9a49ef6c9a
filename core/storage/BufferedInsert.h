#pragma once

#include "core/domain/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace waymark {

class Database;

// Rows for one table gathered and written many to a statement (INSERT ... VALUES (...), (...)):
// on a team server each statement is a round trip, and a batch of thousands of changes would
// spend most of its time waiting for them. flush() before the transaction commits.
class BufferedInsert {
public:
    BufferedInsert(Database& database, QString table, QStringList columns, int rowsPerStatement = 100);

    Status add(const QVariantList& row);
    Status flush();

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
