#pragma once

#include "core/domain/Result.h"
#include "core/domain/SignedInUser.h"
#include "core/domain/SyncStatus.h"
#include "core/services/SyncService.h"
#include "tests/server/ServerDatabase.h"
#include "tests/support/FixedClock.h"

#include <QJsonObject>
#include <QVariant>

#include <memory>

namespace waymark {
class Database;
}

namespace waymark::test {

// Who the sync tests' edits are made by.
inline const QString SyncActor = QStringLiteral("jo");

// A team server with the small caseload on it, made through the app's own setup and importer.
struct Team {
    ServerDatabase database;
    FixedClock clock;
    std::unique_ptr<Database> server;

    Team();
};

Result<SyncReport> syncOf(Database& laptop, Database& server, const QVector<SignedInUser>& users = {},
                          const SyncOptions& options = {});

// Sets some fields of a record the way the app does (RecordWriter, RecordStore), the rest as they
// are.
Status edit(Database& database, const QString& list, const QString& id, const QVariantMap& changes,
            const QString& actor = SyncActor);
Status remove(Database& database, const QString& list, const QString& id);
Status restore(Database& database, const QString& list, const QString& id);

// One field of one record, tombstoned or not; "(no such record)" when there is none.
QVariant valueOf(Database& database, const QString& table, const QString& id, const QString& field);

// Everything a person would see, as an export without the moment it was made.
QJsonObject contentOf(Database& database);

// Rows whose tombstone is set, per table, which an export leaves out.
int deletedRows(Database& database, const QString& table);

SyncStatus statusOf(Database& laptop);

} // namespace waymark::test

#define ASSERT_SYNCS(laptop, server)                                                                                   \
    do {                                                                                                               \
        Result<SyncReport> r = ::waymark::test::syncOf(laptop, server);                                                \
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();                                                        \
    } while (false)
