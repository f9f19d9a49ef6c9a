// kill -9 of a writer at random moments: whatever it acknowledged is still there afterwards, the
// database passes `waymark-cli check`, and an import is never half there.
#include "tests/reliability/Acknowledgements.h"
#include "tests/reliability/CaseloadWriter.h"
#include "tests/reliability/ImportBatch.h"
#include "tests/reliability/Programs.h"
#include "tests/reliability/ReliabilityDatabase.h"
#include "tests/reliability/SurvivalCheck.h"
#include "tests/reliability/TestSettings.h"
#include "tests/reliability/WriterProcess.h"

#include <QFile>

#include <gtest/gtest.h>

#include <iostream>

using namespace waymark;
using namespace waymark::reliability;

namespace {

using Kind = ReliabilityDatabase::Kind;
using Mode = CaseloadWriter::Mode;

// People in each import: big enough that an import spans many pages and takes long enough to be
// killed inside (about a quarter of a second under the sanitizers), small enough that the file
// `waymark-cli check` reads after every kill (its integrity, and every audit entry's hash) stays
// small: each of the 201 records writes a change log row and an audit entry.
constexpr int BatchPeople = 40;

struct Tally {
    int cycles = 0;
    int killed = 0;
    int acknowledged = 0;
    SurvivalCheck::Findings last;

    std::string summary(const char* name) const {
        return QStringLiteral("%1: %2 cycles, %3 killed mid-run, %4 writes acknowledged, %5 lost; "
                              "imports %6 whole, "
                              "%7 absent, %8 half done")
            .arg(QString::fromLatin1(name))
            .arg(cycles)
            .arg(killed)
            .arg(acknowledged)
            .arg(last.referralsLost)
            .arg(last.importsWhole)
            .arg(last.importsAbsent)
            .arg(last.importsHalfDone)
            .toStdString();
    }
};

class KillNine : public ::testing::Test {
protected:
    // Starts a writer on one database again and again, each killed with SIGKILL at a random
    // moment: a quarter of them while starting (signing in, opening, recovering the last crash's
    // write-ahead log), the rest while writing. After each, the database is checked as a person
    // would find it.
    void killWriters(Kind kind, Mode mode, int usualCycles, const char* name) {
        std::mt19937 random = TestSettings::generator(name);
        ReliabilityDatabase database(kind);
        ASSERT_TRUE(database.create().ok());
        Acknowledgements acknowledged;
        SurvivalCheck survival(BatchPeople);
        Tally tally;
        // How long a writer takes to be ready, and for how long after that it is killed: long
        // enough for several commits (several imports) to be under way. Both are learned from
        // the first cycle, which is killed after its first few writes, so that a slow machine
        // (a sanitizer build, a busy CI) has its kills spread over as many writes as a fast one.
        qint64 readyMs = 0;
        qint64 writingWindowMs = 0;
        // Imports: eight to a window. With four, later imports (into a larger file than the
        // calibrating cycle's) were so often cut short that a run could acknowledge no more
        // than half its cycles' worth and fail the check below, on a correct build.
        const int writesPerWindow = mode == Mode::Imports ? 8 : 40;
        const int cycles = TestSettings::cycles(usualCycles);
        for (int cycle = 0; cycle < cycles; ++cycle) {
            WriterProcess writer(
                Programs::writer(),
                {QStringLiteral("--db"), database.path(), QStringLiteral("--mode"),
                 mode == Mode::Imports ? QStringLiteral("imports") : QStringLiteral("referrals"),
                 QStringLiteral("--count"), QStringLiteral("1000000"),
                 QStringLiteral("--batch-people"), QString::number(BatchPeople),
                 QStringLiteral("--prefix"), QStringLiteral("c%1").arg(cycle)},
                database.environment());
            ASSERT_TRUE(writer.start()) << writer.description().toStdString();
            if (cycle == 0) {
                ASSERT_TRUE(writer.waitForLine(QStringLiteral("ready"), 120000))
                    << writer.description().toStdString() << "\n"
                    << writer.errors().toStdString();
                readyMs = writer.elapsed();
                constexpr int Calibration = 3;
                ASSERT_TRUE(writer.waitForAcknowledgements(Calibration, 120000))
                    << writer.description().toStdString() << "\n"
                    << writer.errors().toStdString();
                const qint64 perWrite = (writer.elapsed() - readyMs) / Calibration;
                writingWindowMs = qMax<qint64>(50, perWrite * writesPerWindow);
                writer.killAfter(0);
            } else if (std::uniform_int_distribution<int>(0, 3)(random) == 0) {
                writer.killAfter(std::uniform_int_distribution<int>(0, int(readyMs))(random));
            } else {
                ASSERT_TRUE(writer.waitForLine(QStringLiteral("ready"), 120000))
                    << writer.description().toStdString() << "\n"
                    << writer.errors().toStdString();
                writer.killAfter(
                    std::uniform_int_distribution<int>(0, int(writingWindowMs))(random));
            }
            // It was killed, or it was done (it never is with so many writes asked for): a writer
            // that stopped by itself met an error, such as a database the last crash damaged.
            ASSERT_TRUE(writer.wasKilled()) << writer.description().toStdString() << "\n"
                                            << writer.errors().toStdString();
            acknowledged.take(writer.lines());
            ++tally.cycles;
            ++tally.killed;
            tally.last = survival.run(database, acknowledged);
            ASSERT_TRUE(tally.last.problems.isEmpty())
                << "after cycle " << cycle << " of " << name << " ("
                << writer.description().toStdString() << "):\n"
                << tally.last.problems.join(QLatin1Char('\n')).toStdString();
        }
        tally.acknowledged =
            int(acknowledged.referrals().size()) + acknowledged.acknowledgedImports();
        std::cout << tally.summary(name) << " (ready after " << readyMs << " ms, killed within "
                  << writingWindowMs << " ms of it)" << std::endl;
        RecordProperty("cycles", tally.cycles);
        RecordProperty("acknowledged", tally.acknowledged);
        // Kills that came to nothing would prove nothing: most cycles must have written.
        EXPECT_GT(tally.acknowledged, cycles / 2);
        if (mode == Mode::Imports) {
            EXPECT_GT(tally.last.importsWhole, 0);
        }
    }
};

} // namespace

TEST_F(KillNine, AcknowledgedReferralsSurviveOnAPlainDatabase) {
    killWriters(Kind::Plain, Mode::Referrals, 20,
                "KillNine.AcknowledgedReferralsSurviveOnAPlainDatabase");
}

TEST_F(KillNine, AcknowledgedReferralsSurviveOnAnEncryptedDatabase) {
    killWriters(Kind::Encrypted, Mode::Referrals, 20,
                "KillNine.AcknowledgedReferralsSurviveOnAnEncryptedDatabase");
}

TEST_F(KillNine, ImportsAreWhollyThereOrWhollyAbsentOnAPlainDatabase) {
    killWriters(Kind::Plain, Mode::Imports, 14,
                "KillNine.ImportsAreWhollyThereOrWhollyAbsentOnAPlainDatabase");
}

TEST_F(KillNine, ImportsAreWhollyThereOrWhollyAbsentOnAnEncryptedDatabase) {
    killWriters(Kind::Encrypted, Mode::Imports, 14,
                "KillNine.ImportsAreWhollyThereOrWhollyAbsentOnAnEncryptedDatabase");
}

// The command a person runs: `waymark-cli import FILE.json`, killed part way. Its "Imported"
// line is the acknowledgement; killed before it, the file's records are all there or none.
TEST_F(KillNine, AKilledCommandLineImportIsWhollyThereOrWhollyAbsent) {
    const char* name = "KillNine.AKilledCommandLineImportIsWhollyThereOrWhollyAbsent";
    std::mt19937 random = TestSettings::generator(name);
    ReliabilityDatabase database(Kind::Encrypted);
    ASSERT_TRUE(database.create().ok());
    constexpr int People = 150;
    Acknowledgements acknowledged;
    SurvivalCheck survival(People);
    Tally tally;
    qint64 importMs = 0;
    const int cycles = TestSettings::cycles(8);
    // The first import runs to the end, to learn how long one takes; each after it is killed
    // somewhere in that time.
    for (int cycle = 0; cycle <= cycles; ++cycle) {
        const ImportBatch batch(QStringLiteral("cli%1").arg(cycle), People);
        const QString file = database.folder() + QStringLiteral("/%1.json").arg(batch.name());
        {
            QFile out(file);
            ASSERT_TRUE(out.open(QIODevice::WriteOnly));
            out.write(batch.json());
        }
        WriterProcess cli(Programs::cli(),
                          {QStringLiteral("--db"), database.path(), QStringLiteral("import"), file},
                          database.environment());
        ASSERT_TRUE(cli.start());
        acknowledged.importBegun(batch.name());
        if (cycle == 0) {
            ASSERT_TRUE(cli.waitForExit(120000));
            importMs = cli.elapsed();
        } else {
            cli.killAfter(std::uniform_int_distribution<int>(0, int(importMs * 11 / 10))(random));
            ++tally.cycles;
            tally.killed += cli.wasKilled() ? 1 : 0;
        }
        if (!cli.wasKilled()) {
            ASSERT_TRUE(cli.exitedNormally() && cli.exitCode() == 0)
                << cli.description().toStdString() << "\n"
                << cli.errors().toStdString();
            ASSERT_TRUE(cli.lines().join(QLatin1Char('\n')).contains(QLatin1String("Imported")));
            acknowledged.importAcknowledged(batch.name(), batch.recordCount());
        }
        tally.last = survival.run(database, acknowledged);
        ASSERT_TRUE(tally.last.problems.isEmpty())
            << "after cycle " << cycle << " (" << cli.description().toStdString() << "):\n"
            << tally.last.problems.join(QLatin1Char('\n')).toStdString();
    }
    tally.acknowledged = acknowledged.acknowledgedImports();
    std::cout << tally.summary(name) << " (an import takes " << importMs << " ms)" << std::endl;
    RecordProperty("cycles", tally.cycles);
    // Kills are timed from the first import, which a busy machine can make slow or fast: most,
    // not a fixed half, land before the end. A few must, or nothing was tested.
    EXPECT_GE(tally.killed, cycles / 4);
}
