#include "ui/BackgroundReader.h"
#include "core/storage/Repositories.h"
#include "tests/support/TestDatabase.h"
#include "ui/ReadingBar.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QString organisation(Database& database)
{
    Result<QString> name = Repositories(database).meta.value(QString::fromLatin1(MetaRepository::Organisation));
    return name ? name.value() : QStringLiteral("(unread)");
}

} // namespace

TEST(BackgroundReader, ReadsOnAThreadOfItsOwnWithItsOwnConnectionAndAnswersOnTheWindowsThread)
{
    test::TestDatabase db;
    ASSERT_TRUE(Repositories(db.db()).meta.setValue(QString::fromLatin1(MetaRepository::Organisation),
                                                    QStringLiteral("Riverside Support")));
    BackgroundReader reader(db.db());
    ASSERT_TRUE(reader.threaded());
    QObject context;
    QThread* readOn = nullptr;
    QString connection, read;
    QThread* answeredOn = nullptr;
    reader.run(
        [&](Database& own, const BackgroundReader::Ticket&) {
            readOn = QThread::currentThread();
            connection = own.connection().connectionName();
            read = organisation(own);
        },
        &context, [&] { answeredOn = QThread::currentThread(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answeredOn != nullptr; }, 10000));
    EXPECT_NE(readOn, QThread::currentThread());
    EXPECT_EQ(answeredOn, QThread::currentThread());
    EXPECT_NE(connection, db.db().connection().connectionName());
    EXPECT_EQ(read, QStringLiteral("Riverside Support"));
}

TEST(BackgroundReader, SeesWhatTheWindowSavedSinceItsLastRead)
{
    test::TestDatabase db;
    Repositories repos(db.db());
    BackgroundReader reader(db.db());
    QObject context;
    QStringList seen;
    const auto readName = [&] {
        bool done = false;
        reader.run([&](Database& own, const BackgroundReader::Ticket&) { seen << organisation(own); }, &context,
                   [&] { done = true; });
        return QTest::qWaitFor([&] { return done; }, 10000);
    };
    ASSERT_TRUE(repos.meta.setValue(QString::fromLatin1(MetaRepository::Organisation), QStringLiteral("First")));
    ASSERT_TRUE(readName());
    ASSERT_TRUE(repos.meta.setValue(QString::fromLatin1(MetaRepository::Organisation), QStringLiteral("Second")));
    ASSERT_TRUE(readName());
    EXPECT_EQ(seen, (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
}

TEST(BackgroundReader, ACancelledReadIsNeverAnsweredAndTheNextOneIs)
{
    test::TestDatabase db;
    BackgroundReader reader(db.db());
    QObject context;
    int answered = 0;
    std::shared_ptr<BackgroundReader::Ticket> first = reader.run(
        [](Database&, const BackgroundReader::Ticket& ticket) {
            // A long read that looks at its ticket between steps.
            for (int step = 0; step < 200 && !ticket.cancelled(); ++step)
                QThread::msleep(5);
        },
        &context, [&] { answered += 1; });
    first->cancel();
    bool second = false;
    reader.run([](Database&, const BackgroundReader::Ticket&) {}, &context, [&] { second = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return second; }, 10000));
    QTest::qWait(50);
    EXPECT_EQ(answered, 0);
}

TEST(BackgroundReader, AnAnswerForAScreenThatHasGoneIsDropped)
{
    test::TestDatabase db;
    BackgroundReader reader(db.db());
    bool answered = false;
    bool read = false;
    {
        QObject screen;
        reader.run(
            [&](Database&, const BackgroundReader::Ticket&) {
                QThread::msleep(50);
                read = true;
            },
            &screen, [&] { answered = true; });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return read; }, 10000));
    QTest::qWait(100);
    EXPECT_FALSE(answered);
}

TEST(BackgroundReader, GoingAwayStopsTheReadUnderWayAndWaitsForIt)
{
    test::TestDatabase db;
    std::atomic<bool> started{false};
    std::atomic<bool> stopped{false};
    QObject context;
    {
        BackgroundReader reader(db.db());
        reader.run(
            [&](Database&, const BackgroundReader::Ticket& ticket) {
                started = true;
                while (!ticket.cancelled())
                    QThread::msleep(2);
                stopped = true;
            },
            &context, [] {});
        ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, 10000));
    }
    // The reader's thread and its connection were closed with it, the read stopped first.
    EXPECT_TRUE(stopped);
}

TEST(BackgroundReader, CancelStopsTheStatementUnderWay)
{
    test::TestDatabase db;
    BackgroundReader reader(db.db());
    QObject context;
    std::atomic<bool> started{false};
    std::atomic<bool> ended{false};
    QString error;
    std::shared_ptr<BackgroundReader::Ticket> ticket = reader.run(
        [&](Database& own, const BackgroundReader::Ticket&) {
            started = true;
            QSqlQuery q(own.connection());
            // Counting to a billion takes minutes, unless interrupted.
            if (!q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                       "1000000000) SELECT count(*) FROM n")))
                error = q.lastError().text();
            ended = true;
        },
        &context, [] {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, 10000));
    // Cancelled until it ends (a cancel that comes before the statement starts finds nothing to
    // interrupt): it ends in moments, not minutes.
    QElapsedTimer waited;
    waited.start();
    while (!ended && waited.elapsed() < 20000) {
        ticket->cancel();
        QTest::qWait(20);
    }
    ASSERT_TRUE(ended);
    EXPECT_LT(waited.elapsed(), 5000);
    EXPECT_TRUE(error.contains(QStringLiteral("interrupt"), Qt::CaseInsensitive)) << error.toStdString();
}

// A screen asked to read again while it reads (F5 twice, a change saved meanwhile): the older read
// is cancelled and its end never shown, and the bar stays until the newer one ends.
TEST(BackgroundReader, ANewerReadOfAScreenReplacesTheOneUnderWay)
{
    test::TestDatabase db;
    BackgroundReader reader(db.db());
    ReadingBar bar;
    QStringList shown;
    std::shared_ptr<BackgroundReader::Ticket> older = reader.run(
        [](Database&, const BackgroundReader::Ticket& ticket) {
            for (int step = 0; step < 100 && !ticket.cancelled(); ++step)
                QThread::msleep(5);
        },
        &bar,
        [&] {
            shown << QStringLiteral("older");
            bar.finish();
        });
    bar.follow(older, QStringLiteral("Reading\u2026"));
    std::shared_ptr<BackgroundReader::Ticket> newer =
        reader.run([](Database&, const BackgroundReader::Ticket&) {}, &bar,
                   [&] {
                       shown << QStringLiteral("newer");
                       bar.finish();
                   });
    bar.follow(newer, QStringLiteral("Reading\u2026"));
    EXPECT_TRUE(older->cancelled());
    EXPECT_FALSE(newer->cancelled());
    EXPECT_TRUE(bar.following());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bar.following(); }, 10000));
    QTest::qWait(50);
    EXPECT_EQ(shown, QStringList{QStringLiteral("newer")});
}

// A read of several statements that does not look at its ticket between them (the Today list's
// snapshot): once cancelled, each later statement fails at once, so the reader is soon free.
TEST(BackgroundReader, ACancelledReadsLaterStatementsEndAtOnce)
{
    test::TestDatabase db;
    BackgroundReader reader(db.db());
    QObject context;
    std::atomic<bool> started{false};
    std::atomic<bool> ended{false};
    std::atomic<int> failed{0};
    std::shared_ptr<BackgroundReader::Ticket> ticket = reader.run(
        [&](Database& own, const BackgroundReader::Ticket&) {
            started = true;
            for (int statement = 0; statement < 5; ++statement) {
                QSqlQuery q(own.connection());
                if (!q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                           "1000000000) SELECT count(*) FROM n")))
                    ++failed;
            }
            ended = true;
        },
        &context, [] {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, 10000));
    QElapsedTimer waited;
    waited.start();
    ticket->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.load(); }, 20000));
    EXPECT_LT(waited.elapsed(), 5000);
    EXPECT_EQ(failed.load(), 5);
}
