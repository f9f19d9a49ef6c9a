// Records stored together with their table's indexes made again afterwards (an import's), the
// indexes sorted in runs through temporary files kept in memory, and the connection left as it
// was for what is done with it next.
#include "core/storage/BulkRecordWriter.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "core/storage/MemoryTempVfs.h"
#include "tests/support/TestDatabase.h"

#include <sqlite3.h>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QStringList column(Database& database, const char* sql)
{
    return test::sqliteColumn(database.sqliteHandle(), sql);
}

} // namespace

TEST(BulkRecordWriter, IndexesMadeAgainAfterManyRecordsLeaveTheConnectionAsItWas)
{
    test::TestDatabase t;
    ASSERT_TRUE(MemoryTempVfs::isUsedBy(static_cast<sqlite3*>(t.db().sqliteHandle())));
    const QStringList settingsBefore =
        column(t.db(), "PRAGMA cache_size") + column(t.db(), "PRAGMA temp_store") + column(t.db(), "PRAGMA threads");
    ASSERT_EQ(settingsBefore.size(), 3);
    const QStringList indexes = column(t.db(), "SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                               "tbl_name = 'service_users' AND sql IS NOT NULL ORDER BY name");
    ASSERT_FALSE(indexes.isEmpty());

    const TableLayout layout = InterchangeSchema::kind(QStringLiteral("service_users"))->layout();
    QVector<ColumnRecord> people;
    for (const auto& [id, given, family] : {std::tuple{"su-1", "Ada", "Young"}, std::tuple{"su-2", "Ben", "Abbott"},
                                            std::tuple{"su-3", "Cai", "Morgan"}}) {
        ColumnRecord person = ColumnRecord::emptyOf(layout);
        person.id = QString::fromLatin1(id);
        person.columns[layout.columns.indexOf(QStringLiteral("given_name"))] = QString::fromLatin1(given);
        // As an import hands its text over: UTF-8 already.
        person.columns[layout.columns.indexOf(QStringLiteral("family_name"))] = QByteArray(family);
        people << person;
    }
    Status stored = t.db().inTransaction([&]() -> Status {
        BulkRecordWriter writer(t.db(), QStringLiteral("admin"), t.clock().now());
        // As many as a large import's: the table's indexes are dropped, and made again by finish().
        writer.expect(layout, 50000);
        for (const ColumnRecord& person : std::as_const(people))
            writer.add(layout, person);
        if (Status s = writer.flush(); !s)
            return s;
        EXPECT_TRUE(column(t.db(), "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                   "'service_users' AND sql IS NOT NULL")
                        .isEmpty());
        return writer.finish();
    });
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();

    EXPECT_EQ(column(t.db(), "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'service_users' "
                             "AND sql IS NOT NULL ORDER BY name"),
              indexes);
    EXPECT_EQ(column(t.db(), "PRAGMA cache_size") + column(t.db(), "PRAGMA temp_store") +
                  column(t.db(), "PRAGMA threads"),
              settingsBefore);
    EXPECT_EQ(column(t.db(), "SELECT family_name FROM service_users ORDER BY family_name"),
              (QStringList{QStringLiteral("Abbott"), QStringLiteral("Morgan"), QStringLiteral("Young")}));
    EXPECT_EQ(column(t.db(), "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
}
