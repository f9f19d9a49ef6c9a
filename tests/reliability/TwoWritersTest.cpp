// Two programs writing one database at once: both get their turn (the busy timeout waits out
// the other's transaction) or, when told not to wait, one is told plainly that the database is
// in use. Never a damaged file, never a lost acknowledged write.
#include "tests/reliability/Acknowledgements.h"
#include "tests/reliability/Programs.h"
#include "tests/reliability/ReliabilityDatabase.h"
#include "tests/reliability/SurvivalCheck.h"
#include "tests/reliability/WriterProcess.h"

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace waymark;
using namespace waymark::reliability;

namespace {

using Kind = ReliabilityDatabase::Kind;

constexpr int PeopleInEachImport = 20;

class TwoWriters : public ::testing::Test {
protected:
    std::unique_ptr<WriterProcess> writer(const QString& mode, int count, const QString& prefix,
                                          int busyTimeoutMs = 5000) {
        return std::make_unique<WriterProcess>(
            Programs::writer(),
            QStringList{QStringLiteral("--db"), m_database->path(), QStringLiteral("--mode"), mode,
                        QStringLiteral("--count"), QString::number(count), QStringLiteral("--batch-people"),
                        QString::number(PeopleInEachImport), QStringLiteral("--prefix"), prefix,
                        QStringLiteral("--busy-timeout"), QString::number(busyTimeoutMs)},
            m_database->environment());
    }

    void makeDatabase(Kind kind) {
        m_database = std::make_unique<ReliabilityDatabase>(kind);
        ASSERT_TRUE(m_database->create().ok());
    }

    // Both run to the end, each having made every write it was asked for.
    void expectBothFinish(WriterProcess& first, WriterProcess& second, int firstCount,
                          int secondCount) {
        ASSERT_TRUE(first.start());
        ASSERT_TRUE(second.start());
        EXPECT_TRUE(first.waitForExit(240000));
        EXPECT_TRUE(second.waitForExit(240000));
        for (WriterProcess* w : {&first, &second}) {
            EXPECT_TRUE(w->exitedNormally() && w->exitCode() == 0)
                << w->description().toStdString() << "\n"
                << w->errors().toStdString();
            EXPECT_TRUE(w->lines().contains(QStringLiteral("done")))
                << w->description().toStdString();
            m_acknowledged.take(w->lines());
        }
        const int made =
            int(m_acknowledged.referrals().size()) + m_acknowledged.acknowledgedImports();
        EXPECT_EQ(made, firstCount + secondCount);
        const SurvivalCheck::Findings found = SurvivalCheck(PeopleInEachImport).run(*m_database, m_acknowledged);
        EXPECT_TRUE(found.problems.isEmpty())
            << found.problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(found.importsHalfDone, 0);
    }

    std::unique_ptr<ReliabilityDatabase> m_database;
    Acknowledgements m_acknowledged;
};

} // namespace

TEST_F(TwoWriters, BothFinishAndEveryReferralIsThereOnAPlainDatabase) {
    makeDatabase(Kind::Plain);
    auto first = writer(QStringLiteral("referrals"), 150, QStringLiteral("a"));
    auto second = writer(QStringLiteral("referrals"), 150, QStringLiteral("b"));
    expectBothFinish(*first, *second, 150, 150);
}

TEST_F(TwoWriters, AnImportAndReferralsAtOnceBothFinishOnAnEncryptedDatabase) {
    makeDatabase(Kind::Encrypted);
    auto importer = writer(QStringLiteral("imports"), 15, QStringLiteral("imp"));
    auto referrals = writer(QStringLiteral("referrals"), 150, QStringLiteral("ref"));
    expectBothFinish(*importer, *referrals, 15, 150);
}

// With no busy timeout at all, a writer that finds the other mid-transaction is refused at
// once: it must say the database is in use (and stop), not report damage or crash, and all
// either acknowledged must be there.
TEST_F(TwoWriters, WithoutWaitingTheOneRefusedIsToldTheDatabaseIsInUse) {
    makeDatabase(Kind::Encrypted);
    int refused = 0;
    // A few rounds, so that the two meet mid-transaction at least once.
    for (int round = 0; round < 4; ++round) {
        auto first = writer(QStringLiteral("referrals"), 200, QStringLiteral("a%1").arg(round), 0);
        auto second = writer(QStringLiteral("imports"), 20, QStringLiteral("b%1").arg(round), 0);
        ASSERT_TRUE(first->start());
        ASSERT_TRUE(second->start());
        for (WriterProcess* w : {first.get(), second.get()}) {
            ASSERT_TRUE(w->waitForExit(240000)) << w->description().toStdString();
            ASSERT_TRUE(w->exitedNormally()) << w->description().toStdString() << "\n"
                                             << w->errors().toStdString();
            if (w->exitCode() != 0) {
                ++refused;
                EXPECT_EQ(w->exitCode(), 1) << w->errors().toStdString();
                EXPECT_TRUE(w->errors().contains(QLatin1String("is in use by another program")))
                    << w->description().toStdString() << " said: " << w->errors().toStdString();
            }
            m_acknowledged.take(w->lines());
        }
        const SurvivalCheck::Findings found = SurvivalCheck(PeopleInEachImport).run(*m_database, m_acknowledged);
        ASSERT_TRUE(found.problems.isEmpty())
            << found.problems.join(QLatin1Char('\n')).toStdString();
    }
    std::cout << "TwoWriters without a busy timeout: " << refused
              << " of 8 writers refused as \"in use\", "
              << m_acknowledged.referrals().size() + m_acknowledged.acknowledgedImports()
              << " writes acknowledged, 0 lost" << std::endl;
}
