// A disk that fills up while Waymark writes: the writer stops with a message that says so (not a
// crash), nothing it acknowledged is lost, an import cut short by it leaves nothing behind, and
// the database opens and passes `waymark-cli check` afterwards.
#include "tests/reliability/Acknowledgements.h"
#include "tests/reliability/Programs.h"
#include "tests/reliability/ReliabilityDatabase.h"
#include "tests/reliability/SmallFileSystem.h"
#include "tests/reliability/SurvivalCheck.h"
#include "tests/reliability/WriterProcess.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <iostream>

using namespace waymark;
using namespace waymark::reliability;

namespace {

using Kind = ReliabilityDatabase::Kind;

constexpr int PeoplePerImport = 40;

// Runs a writer to the end (it ends by itself when the disk is full).
struct FinishedWriter {
    FinishedWriter(ReliabilityDatabase& database, const QString& mode, int count, const QString& prefix,
                   const QStringList& more = {})
        : process(Programs::writer(),
                  QStringList{QStringLiteral("--db"), database.path(), QStringLiteral("--mode"), mode,
                              QStringLiteral("--count"), QString::number(count), QStringLiteral("--batch-people"),
                              QString::number(PeoplePerImport), QStringLiteral("--prefix"), prefix} +
                      more,
                  database.environment())
    {
        finished = process.start() && process.waitForExit(300000);
    }

    WriterProcess process;
    bool finished = false;
};

std::string said(const WriterProcess& writer) {
    return (writer.description() + QStringLiteral(" said: ") + writer.errors()).toStdString();
}

} // namespace

TEST(DiskFull, AFullDiskStopsTheWriterWithAClearMessageAndLosesNothing) {
    SmallFileSystem disk(6 * 1024 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << disk.reason().toStdString()
                     << "; DiskFull.AFileSizeLimit... covers a refused write instead";
    ReliabilityDatabase database(Kind::Encrypted, disk.path());
    ASSERT_TRUE(database.create().ok());
    // A little room left: the writer fills it in a second or two.
    ASSERT_TRUE(disk.fill(384 * 1024));
    Acknowledgements acknowledged;

    FinishedWriter referrals(database, QStringLiteral("referrals"), 1000000, QStringLiteral("r"));
    ASSERT_TRUE(referrals.finished);
    // Ended by itself, with an error, not by a signal.
    ASSERT_TRUE(referrals.process.exitedNormally()) << said(referrals.process);
    EXPECT_EQ(referrals.process.exitCode(), 1) << said(referrals.process);
    EXPECT_TRUE(referrals.process.errors().contains(QLatin1String("is full")))
        << said(referrals.process);
    acknowledged.take(referrals.process.lines());
    EXPECT_GT(acknowledged.referrals().size(), 0);

    // An import on the full disk is refused whole, with the same plain reason.
    FinishedWriter import(database, QStringLiteral("imports"), 1, QStringLiteral("full"));
    ASSERT_TRUE(import.finished);
    ASSERT_TRUE(import.process.exitedNormally()) << said(import.process);
    EXPECT_EQ(import.process.exitCode(), 1) << said(import.process);
    EXPECT_TRUE(import.process.errors().contains(QLatin1String("is full"))) << said(import.process);
    EXPECT_TRUE(import.process.errors().contains(QLatin1String("Nothing was changed")))
        << said(import.process);
    acknowledged.take(import.process.lines());

    // Still full: the database opens, is sound, and holds all that was acknowledged.
    SurvivalCheck survival(PeoplePerImport);
    SurvivalCheck::Findings found = survival.run(database, acknowledged);
    EXPECT_TRUE(found.problems.isEmpty()) << "on the full disk:\n"
                                          << found.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(found.importsAbsent, 1);

    // With room again, the same, and writing goes on.
    disk.free();
    FinishedWriter more(database, QStringLiteral("referrals"), 5, QStringLiteral("more"));
    ASSERT_TRUE(more.finished);
    EXPECT_TRUE(more.process.exitedNormally() && more.process.exitCode() == 0)
        << said(more.process);
    acknowledged.take(more.process.lines());
    found = survival.run(database, acknowledged);
    EXPECT_TRUE(found.problems.isEmpty()) << "with room again:\n"
                                          << found.problems.join(QLatin1Char('\n')).toStdString();
    std::cout << "DiskFull: " << acknowledged.referrals().size()
              << " referrals acknowledged around a full disk, " << found.referralsLost
              << " lost; the writer said: " << referrals.process.errors().trimmed().toStdString()
              << std::endl;
}

// Where no file system can be mounted (not root), a file-size limit makes the kernel refuse the
// write (EFBIG) as a full disk would: the same must hold.
TEST(DiskFull, AFileSizeLimitStopsTheWriterWithAMessageAndLosesNothing) {
    ReliabilityDatabase database(Kind::Plain);
    ASSERT_TRUE(database.create().ok());
    const qint64 size = QFileInfo(database.path()).size();
    Acknowledgements acknowledged;

    FinishedWriter referrals(
        database, QStringLiteral("referrals"), 1000000, QStringLiteral("r"),
        {QStringLiteral("--file-size-limit"), QString::number(size + 512 * 1024)});
    ASSERT_TRUE(referrals.finished);
    ASSERT_TRUE(referrals.process.exitedNormally()) << said(referrals.process);
    EXPECT_EQ(referrals.process.exitCode(), 1) << said(referrals.process);
    // Says what could not be done and to which database.
    EXPECT_TRUE(referrals.process.errors().contains(QLatin1String("Could not save")))
        << said(referrals.process);
    acknowledged.take(referrals.process.lines());
    EXPECT_GT(acknowledged.referrals().size(), 0);

    SurvivalCheck survival(PeoplePerImport);
    const SurvivalCheck::Findings found = survival.run(database, acknowledged);
    EXPECT_TRUE(found.problems.isEmpty()) << found.problems.join(QLatin1Char('\n')).toStdString();
    std::cout << "DiskFull with a file-size limit: " << acknowledged.referrals().size()
              << " referrals acknowledged, 0 lost; the writer said: "
              << referrals.process.errors().trimmed().toStdString() << std::endl;
}
