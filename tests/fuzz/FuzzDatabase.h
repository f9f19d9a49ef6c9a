#pragma once

#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace waymark::fuzz {

// The database each fuzz input is imported into: a copy of one made by `init` (the seed
// contracts and star), so that references to them resolve as in a real file. Copying a file is
// far cheaper than migrating and seeding a new one for every input, and a refused import writes
// nothing, so the copy is only replaced after an import that wrote.
class FuzzDatabase {
public:
    FuzzDatabase();

    bool isReady() const { return m_database != nullptr; }
    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    // Rows changed since the copy was made (SQLite's total_changes(), which counts changes
    // later rolled back too).
    qint64 changes() const;
    // Row counts of every table, as one text: what a rolled-back write must leave as it was.
    QString contents() const;
    // contents() when the copy was made.
    const QString& freshContents() const { return m_freshContents; }
    // Throws the copy away and makes a fresh one.
    void renew();

private:
    QTemporaryDir m_folder;
    QString m_template;
    QString m_current;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    QString m_freshContents;
    int m_generation = 0;
};

} // namespace waymark::fuzz
