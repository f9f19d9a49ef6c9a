#include "core/storage/ParallelReader.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The settings rows a connection sees now.
int settingsSeen(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM waymark_meta")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void addSetting(Database& database, const QString& key)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES (?, 'x')"));
    q.addBindValue(key);
    ASSERT_TRUE(q.exec());
}

} // namespace

TEST(ParallelReader, TheSecondConnectionReadsWhatTheFirstReadsWhileAnotherSaves)
{
    test::TestDatabase t;
    auto other = t.db().openAnother(); // the window saving meanwhile
    ASSERT_TRUE(other.ok());
    Database& first = t.db();
    ASSERT_TRUE(first.beginReading());
    const int before = settingsSeen(first);
    ParallelReader& beside = first.parallelReader();
    ASSERT_TRUE(beside.attach(first));
    addSetting(*other.value(), QStringLiteral("saved while reading"));
    int seenBeside = -1;
    beside.run([&seenBeside](Database& second) -> Status {
        seenBeside = settingsSeen(second);
        return {};
    });
    ASSERT_TRUE(beside.wait().ok());
    EXPECT_EQ(seenBeside, before);
    EXPECT_EQ(settingsSeen(first), before);
    first.endReading();
    EXPECT_EQ(settingsSeen(first), before + 1);

    // The next read beside sees what is committed by then.
    ASSERT_TRUE(first.beginReading());
    ASSERT_TRUE(beside.attach(first));
    beside.run([&seenBeside](Database& second) -> Status {
        seenBeside = settingsSeen(second);
        return {};
    });
    ASSERT_TRUE(beside.wait().ok());
    EXPECT_EQ(seenBeside, before + 1);
    first.endReading();
}

TEST(ParallelReader, SomethingSavedAfterTheFirstReadBeganIsSaidAndNothingIsReadBeside)
{
    test::TestDatabase t;
    auto other = t.db().openAnother();
    ASSERT_TRUE(other.ok());
    Database& first = t.db();
    ASSERT_TRUE(first.beginReading());
    const int before = settingsSeen(first);
    addSetting(*other.value(), QStringLiteral("saved after the first read began"));
    ParallelReader& beside = first.parallelReader();
    EXPECT_FALSE(beside.attach(first));
    // The first connection reads anew, as it is now.
    EXPECT_EQ(settingsSeen(first), before + 1);
    bool ran = false;
    beside.run([&ran](Database&) -> Status {
        ran = true;
        return {};
    });
    EXPECT_FALSE(beside.wait().ok());
    EXPECT_FALSE(ran);
    first.endReading();

    // Tried again, with nothing saved in between, the two read together.
    ASSERT_TRUE(first.beginReading());
    settingsSeen(first);
    ASSERT_TRUE(beside.attach(first));
    beside.run([](Database&) -> Status { return Error{QStringLiteral("the work's own failure"), {}}; });
    const Status failed = beside.wait();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, QStringLiteral("the work's own failure"));
    first.endReading();
}

TEST(ParallelReader, ClosingTheFileWaitsForWhatIsBeingReadBeside)
{
    test::TestDatabase t;
    Database& first = t.db();
    ASSERT_TRUE(first.beginReading());
    settingsSeen(first);
    ParallelReader& beside = first.parallelReader();
    ASSERT_TRUE(beside.attach(first));
    std::atomic<int> seen = -1;
    beside.run([&seen](Database& second) -> Status {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        seen = settingsSeen(second);
        return {};
    });
    first.endReading();
    t.close(); // no wait(): the second connection's work ends, and it closes, first
    EXPECT_GE(seen.load(), 0);
}
