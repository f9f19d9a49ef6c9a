#pragma once

#include "core/storage/Database.h"
#include "tests/support/FixedClock.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace waymark::test {

// A Waymark database in a fresh temporary folder, made the way `waymark-cli init` makes one.
class TestDatabase {
public:
    explicit TestDatabase(bool initialise = true);

    Database& db() { return *m_database; }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Closes the connection (for tests that look at the file from outside).
    void close() { m_database.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
};

// Rows in a table (tombstones included), for assertions.
int rowCount(Database& database, const QString& table);

// The first column of what `sql` gives on an SQLite connection (sqlite3*), as text: for what is
// asked of SQLite itself (its settings, its indexes), not through Qt.
QStringList sqliteColumn(void* connection, const char* sql);

} // namespace waymark::test
