#pragma once

#include "core/domain/Result.h"
#include "core/domain/SyncChange.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace waymark {

class Database;

// Which records sync, in what order, and whose each one is: the lists of the interchange format
// and the rows within them (a goal's tasks, a star's scores), parents before children, each with
// the SQL that finds the person a row is about. What a laptop may see is decided by that person.
class SyncScope {
public:
    explicit SyncScope(Database& database);

    // Every table that syncs, what others refer to first.
    static QStringList tables();

    // The SQL expression (over alias t) giving the person a row of `table` is about, or NULL.
    QString personOf(const QString& table);

    // Every row as it stands, as changes that would make it (all of its fields, "deleted" too),
    // in the order of tables(). `people`: only rows about them (and, with `withEveryone`, rows
    // about no one); nullopt: every row.
    Result<QVector<SyncChange>> snapshot(const std::optional<QSet<QString>>& people, bool withEveryone);

    // Everyone this database holds a record of (tombstoned or not).
    Result<QSet<QString>> people() const;
    // Takes this database's copy of everything about `person` away (a laptop's copy of someone no
    // longer its users' to see), with History's rows of those records; not a deletion to sync, so
    // the team server and everyone else keep theirs. Children go before what they belong to.
    // Returns how many rows went. The caller holds the transaction.
    Result<int> removeCopyOf(const QString& person);

private:
    Database& m_database;
};

} // namespace waymark
