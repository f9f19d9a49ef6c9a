#pragma once

#include "core/domain/Result.h"

#include <QSet>
#include <QStringList>

namespace waymark {

class Database;

// Every statement a database file's connection runs while this lives, as written (with ? where
// values are bound), and how SQLite plans to run one: what the test of the reports' and lists'
// query plans reads, so that none of them reads a whole large table it should search.
class StatementLog {
public:
    explicit StatementLog(Database& database);
    ~StatementLog();
    StatementLog(const StatementLog&) = delete;
    StatementLog& operator=(const StatementLog&) = delete;

    // In the order first run, each once.
    const QStringList& statements() const { return m_statements; }
    void clear();
    // EXPLAIN QUERY PLAN of a statement: one line per step ("SEARCH TABLE appointments AS a
    // USING INDEX ...", "SCAN TABLE staff").
    Result<QStringList> planOf(const QString& sql) const;

    // Called by SQLite for each statement run.
    void add(const char* sql);

private:
    void* m_handle = nullptr; // sqlite3*
    QStringList m_statements;
    QSet<QString> m_seen;
};

} // namespace waymark
