#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/AccountService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RecordWriter.h"
#include "core/services/RetentionService.h"
#include "core/services/SyncService.h"
#include "core/storage/Database.h"
#include "core/storage/HistoryRepository.h"
#include "core/storage/SyncJournal.h"
#include "tests/server/ServerLogin.h"
#include "tests/server/SyncFixture.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

using namespace waymark::test;

namespace {
const QString Me = SyncActor;
} // namespace

TEST(Sync, ANewLaptopGetsTheWholeCaseloadAndEveryCopyIsTheSame)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase laptop;
    Result<SyncReport> first = syncOf(laptop.db(), *team.server);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first->joined);
    EXPECT_GT(first->pulled, 20);
    EXPECT_EQ(first->conflicts, 0);
    EXPECT_EQ(contentOf(laptop.db()), contentOf(*team.server));
    const SyncStatus status = statusOf(laptop.db());
    EXPECT_TRUE(status.joined);
    EXPECT_EQ(status.waiting, 0);
    EXPECT_TRUE(status.lastSyncedAt.isValid());
    EXPECT_TRUE(status.server.startsWith(QStringLiteral("postgresql://")));

    // A second sync with nothing new changes nothing.
    Result<SyncReport> again = syncOf(laptop.db(), *team.server);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->pushed, 0);
    EXPECT_EQ(again->pulled, 0);
}

TEST(Sync, TwoLaptopsEditingDifferentFieldsOfOnePersonOfflineMergeInEitherOrder)
{
    for (const bool aFirst : {true, false}) {
        SCOPED_TRACE(aFirst ? "A syncs first" : "B syncs first");
        Team team;
        ASSERT_TRUE(team.server);
        test::TestDatabase a;
        test::TestDatabase b;
        ASSERT_SYNCS(a.db(), *team.server);
        ASSERT_SYNCS(b.db(), *team.server);

        // Both offline: A takes a new phone number, B a new postcode, and each writes a note.
        ASSERT_TRUE(edit(a.db(), QStringLiteral("service_users"), QStringLiteral("su-1"),
                         {{QStringLiteral("phone"), QStringLiteral("07700 900111")}})
                        .ok());
        ASSERT_TRUE(edit(b.db(), QStringLiteral("service_users"), QStringLiteral("su-1"),
                         {{QStringLiteral("postcode"), QStringLiteral("RM17 6SL")}})
                        .ok());
        for (Database* laptop : {&a.db(), &b.db()}) {
            test::FixedClock clock;
            ASSERT_TRUE(RecordWriter(*laptop, clock, Me)
                            .save(QStringLiteral("notes"), RecordWriter::newId(),
                                  {{QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                                   {QStringLiteral("written_at"), QStringLiteral("2026-07-02T10:00:00Z")},
                                   {QStringLiteral("author_id"), QStringLiteral("kw-1")},
                                   {QStringLiteral("text"), laptop == &a.db() ? QStringLiteral("Seen at home.")
                                                                              : QStringLiteral("Rang about rent.")}})
                            .ok());
        }
        EXPECT_EQ(statusOf(a.db()).waiting, 2);

        Database& first = aFirst ? a.db() : b.db();
        Database& second = aFirst ? b.db() : a.db();
        Result<SyncReport> one = syncOf(first, *team.server);
        ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
        Result<SyncReport> two = syncOf(second, *team.server);
        ASSERT_TRUE(two.ok()) << two.error().message.toStdString();
        ASSERT_SYNCS(first, *team.server);
        EXPECT_EQ(one->conflicts + two->conflicts, 0);

        for (Database* copy : {team.server.get(), &a.db(), &b.db()}) {
            EXPECT_EQ(valueOf(*copy, QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("phone")),
                      QStringLiteral("07700 900111"));
            EXPECT_EQ(
                valueOf(*copy, QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("postcode")),
                QStringLiteral("RM17 6SL"));
            // Case notes never conflict: both are there, everywhere.
            EXPECT_EQ(test::rowCount(*copy, QStringLiteral("notes")), 3);
        }
        EXPECT_EQ(contentOf(a.db()), contentOf(*team.server));
        EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
        EXPECT_EQ(statusOf(a.db()).waiting, 0);
        EXPECT_EQ(statusOf(b.db()).waiting, 0);
    }
}

TEST(Sync, TheSameFieldEditedOnBothIsAConflictShownWithBothValuesUntilAPersonChooses)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    const QString phone = QStringLiteral("phone");
    ASSERT_TRUE(
        edit(a.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), {{phone, QStringLiteral("01375 111111")}})
            .ok());
    ASSERT_TRUE(
        edit(b.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), {{phone, QStringLiteral("01375 222222")}})
            .ok());
    ASSERT_SYNCS(a.db(), *team.server);
    Result<SyncReport> second = syncOf(b.db(), *team.server);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->conflicts, 1);

    // Nothing overwritten: the server keeps the value it had first, B shows it too, and B's own
    // value waits in the conflict beside it.
    EXPECT_EQ(valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"), phone),
              QStringLiteral("01375 111111"));
    EXPECT_EQ(valueOf(b.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), phone),
              QStringLiteral("01375 111111"));
    test::FixedClock clock;
    SyncService onB(b.db(), clock, QStringLiteral("sam"));
    Result<QVector<SyncConflict>> open = onB.conflicts();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    const SyncConflict& c = open->first();
    EXPECT_EQ(c.table, QStringLiteral("service_users"));
    EXPECT_EQ(c.recordId, QStringLiteral("su-1"));
    EXPECT_EQ(c.person, QStringLiteral("su-1"));
    EXPECT_EQ(c.field, phone);
    EXPECT_EQ(c.mine, QStringLiteral("01375 222222"));
    EXPECT_EQ(c.theirs, QStringLiteral("01375 111111"));
    EXPECT_EQ(c.theirsBy, Me);
    EXPECT_EQ(statusOf(b.db()).conflicts, 1);
    EXPECT_EQ(statusOf(a.db()).conflicts, 0);

    // Someone changes it again on another laptop before B's key worker chooses: once B has synced,
    // the conflict shows that newer value, so the choice is made against what the server has now.
    // And a newer one still, made after B last synced, is met by B's choice as a new conflict,
    // never overwritten by it.
    {
        test::TestDatabase c2;
        ASSERT_SYNCS(c2.db(), *team.server);
        ASSERT_TRUE(edit(c2.db(), QStringLiteral("service_users"), QStringLiteral("su-1"),
                         {{phone, QStringLiteral("01375 333333")}})
                        .ok());
        ASSERT_SYNCS(c2.db(), *team.server);
        ASSERT_SYNCS(b.db(), *team.server);
        Result<QVector<SyncConflict>> refreshed = onB.conflicts();
        ASSERT_TRUE(refreshed.ok());
        ASSERT_EQ(refreshed->size(), 1);
        EXPECT_EQ(refreshed->first().id, c.id);
        EXPECT_EQ(refreshed->first().theirs, QStringLiteral("01375 333333"));
        EXPECT_EQ(refreshed->first().mine, QStringLiteral("01375 222222"));

        ASSERT_TRUE(edit(c2.db(), QStringLiteral("service_users"), QStringLiteral("su-1"),
                         {{phone, QStringLiteral("01375 444444")}})
                        .ok());
        ASSERT_SYNCS(c2.db(), *team.server);
        ASSERT_TRUE(onB.keepMine(c.id).ok());
        Result<SyncReport> again = syncOf(b.db(), *team.server);
        ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
        EXPECT_EQ(again->conflicts, 1);
        EXPECT_EQ(valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"), phone),
                  QStringLiteral("01375 444444"));
        Result<QVector<SyncConflict>> newer = onB.conflicts();
        ASSERT_TRUE(newer.ok());
        ASSERT_EQ(newer->size(), 1);
        EXPECT_EQ(newer->first().theirs, QStringLiteral("01375 444444"));
        EXPECT_EQ(newer->first().mine, QStringLiteral("01375 222222"));
        open = newer;
    }
    const SyncConflict& latest = open->first();
    ASSERT_TRUE(onB.keepMine(latest.id).ok());
    EXPECT_EQ(statusOf(b.db()).conflicts, 0);
    EXPECT_FALSE(onB.keepMine(latest.id).ok()); // settled once
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    for (Database* copy : {team.server.get(), &a.db(), &b.db()})
        EXPECT_EQ(valueOf(*copy, QStringLiteral("service_users"), QStringLiteral("su-1"), phone),
                  QStringLiteral("01375 222222"));
    EXPECT_EQ(contentOf(a.db()), contentOf(*team.server));
    EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
}

TEST(Sync, KeepingTheirsLeavesTheServersValueEverywhere)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_TRUE(
        edit(a.db(), QStringLiteral("appointments"), QStringLiteral("ap-2"), {{QStringLiteral("duration_minutes"), 45}})
            .ok());
    ASSERT_TRUE(edit(b.db(), QStringLiteral("appointments"), QStringLiteral("ap-2"),
                     {{QStringLiteral("duration_minutes"), 120}})
                    .ok());
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock clock;
    SyncService onB(b.db(), clock, QStringLiteral("sam"));
    Result<QVector<SyncConflict>> open = onB.conflicts();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().mine.toLongLong(), 120);
    EXPECT_EQ(open->first().theirs.toLongLong(), 45);
    ASSERT_TRUE(onB.keepTheirs(open->first().id).ok());
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    for (Database* copy : {team.server.get(), &a.db(), &b.db()})
        EXPECT_EQ(
            valueOf(*copy, QStringLiteral("appointments"), QStringLiteral("ap-2"), QStringLiteral("duration_minutes"))
                .toLongLong(),
            45);
    EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
}

TEST(Sync, ADeletionAgainstAnEditIsPutToAPersonInEitherOrderAndTheEditIsKept)
{
    const QString stays = QStringLiteral("hospital_stays");
    const QString stay = QStringLiteral("hs-1");
    for (const bool deleterFirst : {true, false}) {
        SCOPED_TRACE(deleterFirst ? "the deletion reaches the server first" : "the edit reaches the server first");
        Team team;
        ASSERT_TRUE(team.server);
        test::TestDatabase deleter;
        test::TestDatabase editor;
        ASSERT_SYNCS(deleter.db(), *team.server);
        ASSERT_SYNCS(editor.db(), *team.server);
        ASSERT_TRUE(remove(deleter.db(), stays, stay).ok());
        ASSERT_TRUE(
            edit(editor.db(), stays, stay, {{QStringLiteral("discharged_on"), QStringLiteral("2026-05-11")}}).ok());

        Database& first = deleterFirst ? deleter.db() : editor.db();
        Database& second = deleterFirst ? editor.db() : deleter.db();
        ASSERT_SYNCS(first, *team.server);
        Result<SyncReport> later = syncOf(second, *team.server);
        ASSERT_TRUE(later.ok()) << later.error().message.toStdString();
        EXPECT_EQ(later->conflicts, 1);
        ASSERT_SYNCS(first, *team.server);

        // The edit is kept either way (on the tombstoned record, when the deletion came first).
        for (Database* copy : {team.server.get(), &deleter.db(), &editor.db()})
            EXPECT_EQ(valueOf(*copy, stays, stay, QStringLiteral("discharged_on")), QStringLiteral("2026-05-11"));
        // What reached the server first stands until a person chooses, on every copy.
        for (Database* copy : {team.server.get(), &deleter.db(), &editor.db()})
            EXPECT_EQ(deletedRows(*copy, stays), deleterFirst ? 1 : 0);
        test::FixedClock clock;
        Result<QVector<SyncConflict>> open = SyncService(second, clock, Me).conflicts();
        ASSERT_TRUE(open.ok());
        ASSERT_EQ(open->size(), 1);
        EXPECT_EQ(open->first().field, QStringLiteral("deleted"));
        EXPECT_EQ(open->first().mine.toLongLong(), deleterFirst ? 0 : 1);
        EXPECT_EQ(open->first().theirs.toLongLong(), deleterFirst ? 1 : 0);

        // Choosing the laptop's side carries it everywhere: restored, or deleted after all.
        ASSERT_TRUE(SyncService(second, clock, Me).keepMine(open->first().id).ok());
        ASSERT_SYNCS(second, *team.server);
        ASSERT_SYNCS(first, *team.server);
        for (Database* copy : {team.server.get(), &deleter.db(), &editor.db()})
            EXPECT_EQ(deletedRows(*copy, stays), deleterFirst ? 0 : 1);
        EXPECT_EQ(contentOf(deleter.db()), contentOf(*team.server));
        EXPECT_EQ(contentOf(editor.db()), contentOf(*team.server));
    }
}

TEST(Sync, ASyncCutOffMidwayCarriesOnWithNothingLostOrDoubled)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock clock;
    RecordWriter writer(a.db(), clock, Me);
    ASSERT_TRUE(a.db()
                    .inTransaction([&]() -> Status {
                        for (int i = 0; i < 2500; ++i)
                            if (Status s =
                                    writer.save(QStringLiteral("notes"), RecordWriter::newId(),
                                                {{QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                                                 {QStringLiteral("written_at"), QStringLiteral("2026-07-02T10:00:00Z")},
                                                 {QStringLiteral("text"), QStringLiteral("Note %1").arg(i)}});
                                !s)
                                return s;
                        return {};
                    })
                    .ok());
    ASSERT_EQ(statusOf(a.db()).waiting, 2500);

    // In batches of 1,000: cut off once the server has taken the second batch of three, before the laptop heard back:
    // the second batch is still waiting here, though the server has it.
    SyncOptions cut;
    cut.batchSize = 1000;
    cut.stopAfterServerCommits = 2;
    EXPECT_FALSE(syncOf(a.db(), *team.server, {}, cut).ok());
    EXPECT_EQ(statusOf(a.db()).waiting, 1500);
    EXPECT_EQ(test::rowCount(*team.server, QStringLiteral("notes")), 1 + 2000);

    // And a pull cut off halfway keeps nothing of it.
    SyncOptions stopPulling;
    stopPulling.progress = [](const QString& phase, int done, int) {
        return !(phase.contains(QStringLiteral("Receiving")) && done > 0);
    };
    EXPECT_FALSE(syncOf(b.db(), *team.server, {}, stopPulling).ok());
    EXPECT_EQ(test::rowCount(b.db(), QStringLiteral("notes")), 1);

    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    EXPECT_EQ(statusOf(a.db()).waiting, 0);
    for (Database* copy : {team.server.get(), &a.db(), &b.db()})
        EXPECT_EQ(test::rowCount(*copy, QStringLiteral("notes")), 2501);
    QSqlQuery journal(team.server->connection());
    ASSERT_TRUE(journal.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT change_id) FROM x_sync_changes "
                                            "WHERE table_name = 'notes' AND origin <> 'server'")));
    ASSERT_TRUE(journal.next());
    EXPECT_EQ(journal.value(0).toInt(), 2500);
    EXPECT_EQ(journal.value(1).toInt(), 2500);
    EXPECT_EQ(contentOf(a.db()), contentOf(*team.server));
    EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
    // Every copy's audit trail holds together, the server's with each batch's entries in it.
    for (Database* copy : {team.server.get(), &a.db(), &b.db()}) {
        Result<QStringList> problems = copy->problems();
        ASSERT_TRUE(problems.ok());
        EXPECT_TRUE(problems->isEmpty()) << problems->join(QStringLiteral("; ")).toStdString();
    }
    QSqlQuery trail(team.server->connection());
    ASSERT_TRUE(trail.exec(
        QStringLiteral("SELECT COUNT(*) FROM x_audit_trail WHERE table_name = 'notes' AND action = 'created'")));
    ASSERT_TRUE(trail.next());
    EXPECT_EQ(trail.value(0).toInt(), 2501);
}

TEST(Sync, AKeyWorkersLaptopHoldsOnlyTheirCaseloadAndGetsANewPersonWhole)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase laptop;
    const QVector<SignedInUser> keyWorker{SignedInUser{QStringLiteral("jo"), QStringLiteral("kw-1"), Role::KeyWorker}};
    Result<SyncReport> first = syncOf(laptop.db(), *team.server, keyWorker);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // su-1 is Jo's; su-2 is nobody's, so not a row of su-2's reaches Jo's laptop.
    EXPECT_EQ(
        valueOf(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("given_name")),
        QStringLiteral("Alexandra"));
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("service_users")), 1);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("support_periods")), 1);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("complaints")), 0); // co-1 is su-2's
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("star_assessments")), 0);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("staff")),
              test::rowCount(*team.server, QStringLiteral("staff")));

    // A change to su-2 on the server stays there...
    const Status onServer = edit(*team.server, QStringLiteral("service_users"), QStringLiteral("su-2"),
                                 {{QStringLiteral("phone"), QStringLiteral("020 7946 0000")}});
    ASSERT_TRUE(onServer.ok()) << onServer.error().message.toStdString();
    ASSERT_TRUE(syncOf(laptop.db(), *team.server, keyWorker).ok());
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("service_users")), 1);
    // ...until su-2 is given to Jo: then su-2 arrives whole, with the change.
    ASSERT_TRUE(edit(*team.server, QStringLiteral("support_periods"), QStringLiteral("sp-2"),
                     {{QStringLiteral("key_worker_id"), QStringLiteral("kw-1")}})
                    .ok());
    Result<SyncReport> after = syncOf(laptop.db(), *team.server, keyWorker);
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    EXPECT_EQ(valueOf(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-2"), QStringLiteral("phone")),
              QStringLiteral("020 7946 0000"));
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("star_assessments")),
              test::rowCount(*team.server, QStringLiteral("star_assessments")));
    EXPECT_EQ(contentOf(laptop.db()), contentOf(*team.server));

    // su-2 goes to another worker for a while, and a note is written meanwhile; back with Jo,
    // su-2 arrives whole again, the note with them.
    ASSERT_TRUE(edit(*team.server, QStringLiteral("support_periods"), QStringLiteral("sp-2"),
                     {{QStringLiteral("key_worker_id"), QVariant()}})
                    .ok());
    ASSERT_TRUE(syncOf(laptop.db(), *team.server, keyWorker).ok());
    {
        test::FixedClock clock;
        RecordWriter writer(*team.server, clock, Me);
        ASSERT_TRUE(writer
                        .inTransaction([&] {
                            return writer.save(
                                QStringLiteral("notes"), QStringLiteral("no-meanwhile"),
                                {{QStringLiteral("support_period_id"), QStringLiteral("sp-2")},
                                 {QStringLiteral("written_at"), QStringLiteral("2026-07-03T10:00:00Z")},
                                 {QStringLiteral("text"), QStringLiteral("Written while with someone else.")}});
                        })
                        .ok());
    }
    ASSERT_TRUE(syncOf(laptop.db(), *team.server, keyWorker).ok());
    EXPECT_EQ(valueOf(laptop.db(), QStringLiteral("notes"), QStringLiteral("no-meanwhile"), QStringLiteral("text")),
              QStringLiteral("(no such record)"));
    ASSERT_TRUE(edit(*team.server, QStringLiteral("support_periods"), QStringLiteral("sp-2"),
                     {{QStringLiteral("key_worker_id"), QStringLiteral("kw-1")}})
                    .ok());
    Result<SyncReport> back = syncOf(laptop.db(), *team.server, keyWorker);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(valueOf(laptop.db(), QStringLiteral("notes"), QStringLiteral("no-meanwhile"), QStringLiteral("text")),
              QStringLiteral("Written while with someone else."));
    EXPECT_EQ(contentOf(laptop.db()), contentOf(*team.server));
}

namespace {

// Rows of a table on `database` whose id is `id` or that belong to the person through it (a
// person's period, the period's appointments and notes).
int rowsAbout(Database& database, const QString& sql, const QString& person)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.addBindValue(person);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

TEST(Sync, APersonGivenToAnotherKeyWorkerLeavesTheLaptopOnceNothingOfTheirsWaitsThere)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase laptop;
    const QVector<SignedInUser> jo{SignedInUser{QStringLiteral("jo"), QStringLiteral("kw-1"), Role::KeyWorker}};
    ASSERT_TRUE(syncOf(laptop.db(), *team.server, jo).ok());
    const QString periodRows = QStringLiteral("SELECT count(*) FROM support_periods WHERE service_user_id = ?");
    const QString appointmentRows = QStringLiteral(
        "SELECT count(*) FROM appointments a JOIN support_periods sp ON sp.id = a.support_period_id WHERE "
        "sp.service_user_id = ?");
    ASSERT_EQ(rowsAbout(laptop.db(), appointmentRows, QStringLiteral("su-1")), 2);
    const QString phone = QStringLiteral("phone");

    // Offline, Jo changes su-1's phone; meanwhile the office changes it too and takes su-1 off
    // Jo's caseload. Jo's value is a conflict kept only on the laptop, so su-1 stays for now.
    ASSERT_TRUE(edit(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-1"),
                     {{phone, QStringLiteral("01375 111111")}})
                    .ok());
    ASSERT_TRUE(edit(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"),
                     {{phone, QStringLiteral("01375 999999")}})
                    .ok());
    ASSERT_TRUE(edit(*team.server, QStringLiteral("support_periods"), QStringLiteral("sp-1"),
                     {{QStringLiteral("key_worker_id"), QVariant()}})
                    .ok());
    Result<SyncReport> met = syncOf(laptop.db(), *team.server, jo);
    ASSERT_TRUE(met.ok()) << met.error().message.toStdString();
    EXPECT_EQ(met->conflicts, 1);
    EXPECT_EQ(met->removed, 0);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("service_users")), 1);
    test::FixedClock clock;
    SyncService onLaptop(laptop.db(), clock, Me);
    Result<QVector<SyncConflict>> open = onLaptop.conflicts();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().mine, QStringLiteral("01375 111111"));
    // While su-1 stays, the laptop keeps up with the server's changes to them.
    ASSERT_TRUE(edit(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"),
                     {{QStringLiteral("postcode"), QStringLiteral("RM16 2QA")}})
                    .ok());
    Result<SyncReport> meanwhile = syncOf(laptop.db(), *team.server, jo);
    ASSERT_TRUE(meanwhile.ok()) << meanwhile.error().message.toStdString();
    EXPECT_EQ(meanwhile->removed, 0);
    EXPECT_EQ(valueOf(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("postcode")),
              QStringLiteral("RM16 2QA"));

    // Jo keeps theirs: the next sync sends it, and then su-1 leaves the laptop, every row of them,
    // their History and the audit trail's values; nothing of it is a deletion on the server.
    ASSERT_TRUE(onLaptop.keepMine(open->first().id).ok());
    Result<SyncReport> left = syncOf(laptop.db(), *team.server, jo);
    ASSERT_TRUE(left.ok()) << left.error().message.toStdString();
    EXPECT_EQ(left->removed, 1);
    EXPECT_EQ(valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"), phone),
              QStringLiteral("01375 111111"));
    EXPECT_EQ(valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("deleted")),
              0);
    EXPECT_EQ(rowsAbout(*team.server, appointmentRows, QStringLiteral("su-1")), 2);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("service_users")), 0);
    EXPECT_EQ(rowsAbout(laptop.db(), periodRows, QStringLiteral("su-1")), 0);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("appointments")), 0);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("notes")), 0);
    EXPECT_EQ(rowsAbout(laptop.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = ?"),
                        QStringLiteral("su-1")),
              0);
    EXPECT_EQ(rowsAbout(laptop.db(), QStringLiteral("SELECT count(*) FROM x_sync_conflicts WHERE person = ?"),
                        QStringLiteral("su-1")),
              0);
    EXPECT_EQ(rowsAbout(laptop.db(),
                        QStringLiteral("SELECT count(*) FROM x_audit_trail WHERE action = 'removed_from_laptop' AND "
                                       "service_user_id = ?"),
                        QStringLiteral("su-1")),
              1);
    EXPECT_EQ(statusOf(laptop.db()).waiting, 0);
    EXPECT_EQ(laptop.db().problems().value(), QStringList());
    // A sync after that changes nothing.
    Result<SyncReport> again = syncOf(laptop.db(), *team.server, jo);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->removed, 0);
    EXPECT_EQ(again->pushed, 0);

    // Someone Jo records at a drop-in, and sends, is with the team, not on Jo's caseload: their
    // record reaches the server and leaves the laptop, where it would otherwise go stale.
    {
        test::FixedClock at;
        RecordWriter writer(laptop.db(), at, Me);
        ASSERT_TRUE(writer
                        .inTransaction([&] {
                            return writer.save(QStringLiteral("service_users"), QStringLiteral("su-new"),
                                               {{QStringLiteral("given_name"), QStringLiteral("Nadia")},
                                                {QStringLiteral("family_name"), QStringLiteral("Okafor")}});
                        })
                        .ok());
    }
    Result<SyncReport> referred = syncOf(laptop.db(), *team.server, jo);
    ASSERT_TRUE(referred.ok()) << referred.error().message.toStdString();
    EXPECT_EQ(referred->removed, 1);
    EXPECT_EQ(valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-new"), QStringLiteral("given_name")),
              QStringLiteral("Nadia"));
    EXPECT_EQ(valueOf(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-new"), QStringLiteral("given_name")),
              QStringLiteral("(no such record)"));

    // Given back to Jo, su-1 arrives whole again, with the office's changes meanwhile.
    ASSERT_TRUE(edit(*team.server, QStringLiteral("support_periods"), QStringLiteral("sp-1"),
                     {{QStringLiteral("key_worker_id"), QStringLiteral("kw-1")}})
                    .ok());
    ASSERT_TRUE(syncOf(laptop.db(), *team.server, jo).ok());
    EXPECT_EQ(valueOf(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), phone),
              QStringLiteral("01375 111111"));
    EXPECT_EQ(rowsAbout(laptop.db(), appointmentRows, QStringLiteral("su-1")), 2);
}

TEST(Sync, AGoalsTasksChangedOnOneLaptopShowInTheGoalsHistoryEverywhere)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    QString firstTask;
    {
        QSqlQuery q(a.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM goal_tasks WHERE goal_id = 'go-1'")) && q.next());
        firstTask = q.value(0).toString();
    }
    // On A, the first task is reworded and a second added: History shows both under the goal.
    const QVariantMap goal{{QStringLiteral("support_plan_id"), QStringLiteral("pl-1")},
                           {QStringLiteral("what"), QStringLiteral("Find part-time work")},
                           {QStringLiteral("measure"), QStringLiteral("Two applications a month")},
                           {QStringLiteral("who"), QStringLiteral("Lexi applies; Jo helps with the CV")},
                           {QStringLiteral("target_date"), QStringLiteral("2026-10-01")},
                           {QStringLiteral("outcome_code"), QStringLiteral("1c")},
                           {QStringLiteral("star_area"), QStringLiteral("purpose")},
                           {QStringLiteral("status"), QStringLiteral("open")}};
    const QVector<QVector<QVariantMap>> tasks{
        {{{QStringLiteral("id"), firstTask},
          {QStringLiteral("position"), 0},
          {QStringLiteral("task"), QStringLiteral("Advice, advocacy and liaison, weekly")}},
         {{QStringLiteral("id"), QStringLiteral("task-new")},
          {QStringLiteral("position"), 1},
          {QStringLiteral("task"), QStringLiteral("Apply to the library")}}}};
    {
        test::FixedClock clock;
        RecordWriter writer(a.db(), clock, Me);
        ASSERT_TRUE(writer
                        .inTransaction([&] {
                            return writer.saveWithRows(QStringLiteral("goals"), QStringLiteral("go-1"), goal, tasks);
                        })
                        .ok());
    }
    const auto taskHistory = [](Database& database) {
        QStringList lines;
        Result<QVector<ChangeEntry>> history = HistoryRepository(database).forServiceUser(QStringLiteral("su-1"));
        EXPECT_TRUE(history.ok());
        if (history)
            for (const ChangeEntry& e : history.value())
                if (e.table == QLatin1String("goal_tasks"))
                    lines << QStringList{e.recordId, e.action, e.field, e.oldValue, e.newValue}.join(QLatin1Char('|'));
        lines.sort();
        return lines;
    };
    // The task as imported on the server, which A received, then A's two changes.
    const QStringList onA = taskHistory(a.db());
    EXPECT_EQ(onA,
              (QStringList{QStringLiteral("go-1|added|||position: 0, task: Advice, advocacy and liaison"),
                           QStringLiteral("go-1|added|||position: 1, task: Apply to the library"),
                           QStringLiteral("go-1|changed|task|Advice, advocacy and liaison|Advice, advocacy and liaison, weekly")}));
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    EXPECT_EQ(taskHistory(*team.server), onA);
    EXPECT_EQ(taskHistory(b.db()), onA);

    // A task taken off on B shows as removed, under the goal, on A.
    {
        test::FixedClock clock;
        RecordWriter writer(b.db(), clock, Me);
        const QVector<QVector<QVariantMap>> first{{tasks.first().first()}};
        ASSERT_TRUE(writer
                        .inTransaction([&] {
                            return writer.saveWithRows(QStringLiteral("goals"), QStringLiteral("go-1"), goal, first);
                        })
                        .ok());
    }
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    const QStringList after = taskHistory(a.db());
    EXPECT_TRUE(after.contains(QStringLiteral("go-1|removed||position: 1, task: Apply to the library|")))
        << after.join(QLatin1Char('\n')).toStdString();
    // A laptop joining later shows that task added and removed, not as one still there.
    test::TestDatabase c;
    ASSERT_SYNCS(c.db(), *team.server);
    const QStringList onC = taskHistory(c.db());
    EXPECT_TRUE(onC.contains(QStringLiteral("go-1|added|||position: 1, task: Apply to the library"))) << onC.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(onC.contains(QStringLiteral("go-1|removed||position: 1, task: Apply to the library|")))
        << onC.join(QLatin1Char('\n')).toStdString();
}

TEST(Sync, AKeyWorkersServerSignInBringsOnlyTheirCaseloadAndOneGivenToNobodyBringsNothing)
{
    test::ServerLogin login; // before the server: it is dropped after it
    Team team;
    ASSERT_TRUE(team.server);
    const QString address = team.database.urlAs(login.name());

    // Not given to anyone yet: refused, and the laptop is as it was.
    test::TestDatabase laptop;
    const QJsonObject before = contentOf(laptop.db());
    test::FixedClock clock;
    Result<SyncReport> refused = SyncService(laptop.db(), clock, Me).syncWith(address, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not given to anyone")))
        << refused.error().message.toStdString();
    EXPECT_EQ(contentOf(laptop.db()), before);
    EXPECT_FALSE(statusOf(laptop.db()).joined);

    // Given to Jo (kw-1): a laptop with no accounts of its own (everyone's, were it the
    // administrator's sign-in) receives only Jo's caseload through it.
    ChangeNotifier notifier;
    AccountService accounts(
        ServiceContext{*team.server, team.clock, notifier, QStringLiteral("waymark"), Role::Administrator, {}},
        team.database.url(), {});
    ASSERT_TRUE(accounts.onServer());
    const Status given = accounts.add(login.name(), {}, QStringLiteral("kw-1"));
    ASSERT_TRUE(given.ok()) << given.error().message.toStdString();
    auto asJo = Database::open(address);
    ASSERT_TRUE(asJo.ok()) << asJo.error().message.toStdString();
    Result<SyncReport> synced = syncOf(laptop.db(), *asJo.value());
    ASSERT_TRUE(synced.ok()) << synced.error().message.toStdString();
    EXPECT_EQ(
        valueOf(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("given_name")),
        QStringLiteral("Alexandra"));
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("service_users")), 1);
    EXPECT_EQ(test::rowCount(laptop.db(), QStringLiteral("complaints")), 0); // co-1 is su-2's

    // Jo's changes travel through Jo's sign-in.
    ASSERT_TRUE(edit(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-1"),
                     {{QStringLiteral("phone"), QStringLiteral("01375 000111")}})
                    .ok());
    ASSERT_SYNCS(laptop.db(), *asJo.value());
    EXPECT_EQ(valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-1"), QStringLiteral("phone")),
              QStringLiteral("01375 000111"));
}

TEST(Sync, ALaptopUsedAloneBeforeJoiningKeepsItsRecordsAndMeetsTheServersAsConflicts)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase laptop;
    // The same caseload on the laptop, with one difference made before it ever synced.
    test::FixedClock clock;
    ASSERT_TRUE(Importer(laptop.db(), clock)
                    .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                    .ok());
    ASSERT_TRUE(edit(laptop.db(), QStringLiteral("service_users"), QStringLiteral("su-2"),
                     {{QStringLiteral("family_name"), QStringLiteral("Sampson")}})
                    .ok());
    ASSERT_TRUE(RecordWriter(laptop.db(), clock, Me)
                    .save(QStringLiteral("service_users"), QStringLiteral("su-new"),
                          {{QStringLiteral("given_name"), QStringLiteral("Cara")},
                           {QStringLiteral("family_name"), QStringLiteral("New")}})
                    .ok());
    Result<SyncReport> joined = syncOf(laptop.db(), *team.server);
    ASSERT_TRUE(joined.ok()) << joined.error().message.toStdString();
    EXPECT_TRUE(joined->joined);
    EXPECT_EQ(joined->conflicts, 1);
    EXPECT_EQ(
        valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-new"), QStringLiteral("given_name")),
        QStringLiteral("Cara"));
    EXPECT_EQ(
        valueOf(*team.server, QStringLiteral("service_users"), QStringLiteral("su-2"), QStringLiteral("family_name")),
        QStringLiteral("Sample"));
    Result<QVector<SyncConflict>> open = SyncService(laptop.db(), clock, Me).conflicts();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().mine, QStringLiteral("Sampson"));
    EXPECT_EQ(open->first().theirs, QStringLiteral("Sample"));
    EXPECT_EQ(contentOf(laptop.db()), contentOf(*team.server));
    // What the server had already, exactly so, is not sent on as a change: other laptops' edits of
    // it meet nothing.
    QSqlQuery journal(team.server->connection());
    ASSERT_TRUE(journal.exec(
        QStringLiteral("SELECT COUNT(*) FROM x_sync_changes WHERE origin <> 'server' AND record_id = 'su-1'")));
    ASSERT_TRUE(journal.next());
    EXPECT_EQ(journal.value(0).toInt(), 0);
}

TEST(Sync, TenThousandChangesReachAnotherLaptop)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock clock;
    RecordWriter writer(a.db(), clock, Me);
    ASSERT_TRUE(a.db()
                    .inTransaction([&]() -> Status {
                        for (int i = 0; i < 10000; ++i) {
                            const QString id = RecordWriter::newId();
                            if (Status s =
                                    writer.save(QStringLiteral("appointments"), id,
                                                {{QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                                                 {QStringLiteral("staff_id"), QStringLiteral("kw-1")},
                                                 {QStringLiteral("starts_at"), QStringLiteral("2026-08-01T09:00:00Z")},
                                                 {QStringLiteral("duration_minutes"), 30 + i % 60},
                                                 {QStringLiteral("kind"), QStringLiteral("phone")},
                                                 {QStringLiteral("status"), QStringLiteral("planned")}});
                                !s)
                                return s;
                        }
                        return {};
                    })
                    .ok());
    ASSERT_EQ(statusOf(a.db()).waiting, 10000);
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    EXPECT_EQ(test::rowCount(b.db(), QStringLiteral("appointments")), 10002);
    EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
    EXPECT_EQ(contentOf(a.db()), contentOf(*team.server));
}

TEST(Sync, ABatchOfNewAndChangedRecordsReachesTheServerExactlyAsWrittenOnTheLaptop)
{
    // The server writes a batch's new and changed records many to a statement: what is written
    // must be what one by one would have written, in every shape a batch takes.
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock clock;
    RecordWriter writer(a.db(), clock, Me);
    auto appointment = [](int minutes, const QString& status) {
        return QVariantMap{{QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                           {QStringLiteral("staff_id"), QStringLiteral("kw-1")},
                           {QStringLiteral("starts_at"), QStringLiteral("2026-08-03T09:00:00Z")},
                           {QStringLiteral("duration_minutes"), minutes},
                           {QStringLiteral("kind"), QStringLiteral("phone")},
                           {QStringLiteral("status"), status}};
    };
    const QString fresh = RecordWriter::newId();
    const QString twice = RecordWriter::newId();
    const QString awkward =
        QStringLiteral("She said \"not today\" \\ O'Brien's flat,\nnext line: caf\u00e9 \u2013 {\"x\": 1}");
    ASSERT_TRUE(
        writer
            .inTransaction([&]() -> Status {
                // New records, one of them changed again before the sync.
                for (const QString& id : {fresh, twice})
                    if (Status s = writer.save(QStringLiteral("appointments"), id, appointment(30, u"planned"_qs)); !s)
                        return s;
                if (Status s = writer.save(QStringLiteral("appointments"), twice, appointment(45, u"attended"_qs)); !s)
                    return s;
                // Text that quoting could spoil: quotes, a backslash, a new line, accents.
                return writer.save(QStringLiteral("notes"), QStringLiteral("note-awkward"),
                                   {{QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                                    {QStringLiteral("written_at"), QStringLiteral("2026-08-03T10:00:00Z")},
                                    {QStringLiteral("text"), awkward}});
            })
            .ok());
    // Records the server has, changed: a number, a field emptied, a yes/no, a deletion.
    for (const int minutes : {75, 80})
        ASSERT_TRUE(edit(a.db(), QStringLiteral("appointments"), QStringLiteral("ap-1"),
                         {{QStringLiteral("duration_minutes"), minutes}})
                        .ok());
    ASSERT_TRUE(
        edit(a.db(), QStringLiteral("appointments"), QStringLiteral("ap-2"), {{QStringLiteral("duration_minutes"), 20}})
            .ok());
    ASSERT_TRUE(edit(a.db(), QStringLiteral("hospital_stays"), QStringLiteral("hs-1"),
                     {{QStringLiteral("discharged_on"), QVariant()}, {QStringLiteral("planned"), true}})
                    .ok());
    ASSERT_TRUE(remove(a.db(), QStringLiteral("appointments"), QStringLiteral("ap-2")).ok());
    // Two contracts trading codes, a unique column, through a third: one at a time it works,
    // in one statement it could meet itself halfway.
    for (const auto& [id, code] :
         {std::pair{u"camden-day"_qs, u"swap"_qs}, std::pair{u"thurrock-fs"_qs, u"camden-day"_qs},
          std::pair{u"camden-day"_qs, u"thurrock-fs"_qs}})
        ASSERT_TRUE(edit(a.db(), QStringLiteral("contracts"), id, {{QStringLiteral("code"), code}}).ok());

    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    for (Database* copy : {team.server.get(), &b.db()}) {
        EXPECT_EQ(valueOf(*copy, u"appointments"_qs, fresh, u"duration_minutes"_qs).toInt(), 30);
        EXPECT_EQ(valueOf(*copy, u"appointments"_qs, twice, u"duration_minutes"_qs).toInt(), 45);
        EXPECT_EQ(valueOf(*copy, u"appointments"_qs, twice, u"status"_qs), u"attended"_qs);
        EXPECT_EQ(valueOf(*copy, u"appointments"_qs, u"ap-1"_qs, u"duration_minutes"_qs).toInt(), 80);
        EXPECT_EQ(valueOf(*copy, u"appointments"_qs, u"ap-2"_qs, u"deleted"_qs).toInt(), 1);
        EXPECT_TRUE(valueOf(*copy, u"hospital_stays"_qs, u"hs-1"_qs, u"discharged_on"_qs).isNull());
        EXPECT_EQ(valueOf(*copy, u"hospital_stays"_qs, u"hs-1"_qs, u"planned"_qs).toInt(), 1);
        EXPECT_EQ(valueOf(*copy, u"notes"_qs, u"note-awkward"_qs, u"text"_qs), awkward);
        EXPECT_EQ(valueOf(*copy, u"contracts"_qs, u"camden-day"_qs, u"code"_qs), u"thurrock-fs"_qs);
        EXPECT_EQ(valueOf(*copy, u"contracts"_qs, u"thurrock-fs"_qs, u"code"_qs), u"camden-day"_qs);
    }
    EXPECT_EQ(contentOf(*team.server), contentOf(a.db()));
    EXPECT_EQ(contentOf(b.db()), contentOf(a.db()));
    // Each change counted once on the server: a record made and changed before it arrived is at
    // version 2 there, as on the laptop, and one changed twice has gone up by two.
    for (const auto& [id, expected] : {std::pair{twice, 2}, std::pair{u"ap-1"_qs, 3}}) {
        QSqlQuery version(team.server->connection());
        version.prepare(QStringLiteral("SELECT version FROM appointments WHERE id = ?"));
        version.addBindValue(id);
        ASSERT_TRUE(version.exec() && version.next());
        EXPECT_EQ(version.value(0).toInt(), expected) << id.toStdString();
    }
    // And History on the server tells the same story as the laptop's.
    for (Database* copy : {team.server.get(), &a.db()}) {
        QSqlQuery history(copy->connection());
        history.prepare(QStringLiteral("SELECT action, COALESCE(field, ''), COALESCE(new_value, '') FROM change_log "
                                       "WHERE record_id = ? ORDER BY changed_at, action, field"));
        history.addBindValue(twice);
        ASSERT_TRUE(history.exec());
        QStringList lines;
        while (history.next())
            lines << history.value(0).toString() + u' ' + history.value(1).toString() + u' ' +
                         history.value(2).toString();
        EXPECT_EQ(lines,
                  (QStringList{u"changed duration_minutes 45"_qs, u"changed status attended"_qs, u"created  "_qs}))
            << (copy == &a.db() ? "laptop" : "server");
    }
}

TEST(Sync, AnAnonymisationTravelsAndLeavesTheOldNameNowhereInTheSyncedData)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    // A correction made on B reaches every copy's History (Sample -> Samples)...
    ASSERT_TRUE(edit(b.db(), QStringLiteral("service_users"), QStringLiteral("su-2"),
                     {{QStringLiteral("family_name"), QStringLiteral("Samples")}})
                    .ok());
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    for (Database* copy : {team.server.get(), &a.db()}) {
        QSqlQuery q(copy->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE new_value = 'Samples'")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    // ...and years later, su-2 (support ended 2026) is anonymised on laptop A, while B, which
    // synced first, had just put in a phone number A never saw: no conflict, no number anywhere.
    ASSERT_TRUE(edit(b.db(), QStringLiteral("service_users"), QStringLiteral("su-2"),
                     {{QStringLiteral("phone"), QStringLiteral("020 7946 1234")}})
                    .ok());
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock later(QDateTime(QDate(2033, 7, 1), QTime(9, 0), Qt::UTC));
    ChangeNotifier notifier;
    Result<int> touched = RetentionService(ServiceContext{a.db(), later, notifier, QStringLiteral("admin")})
                              .anonymise(QStringLiteral("su-2"));
    ASSERT_TRUE(touched.ok()) << touched.error().message.toStdString();
    Result<SyncReport> sent = syncOf(a.db(), *team.server);
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    EXPECT_EQ(sent->conflicts, 0);
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    for (Database* copy : {team.server.get(), &a.db(), &b.db()}) {
        EXPECT_EQ(valueOf(*copy, QStringLiteral("service_users"), QStringLiteral("su-2"), QStringLiteral("given_name")),
                  QStringLiteral("Anonymised"));
        EXPECT_TRUE(
            valueOf(*copy, QStringLiteral("service_users"), QStringLiteral("su-2"), QStringLiteral("phone")).isNull());
        for (const char* table : {"x_sync_changes", "x_sync_outbox"}) {
            QSqlQuery q(copy->connection());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE fields LIKE "
                                              "'%Bartholomew%' OR fields LIKE '%7946 1234%'")
                                   .arg(QLatin1String(table))));
            ASSERT_TRUE(q.next());
            EXPECT_EQ(q.value(0).toInt(), 0) << table;
        }
        QSqlQuery kept(copy->connection());
        ASSERT_TRUE(kept.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM x_sync_conflicts WHERE mine LIKE '%7946%' OR theirs LIKE "
                           "'%7946%'), (SELECT COUNT(*) FROM x_sync_batches WHERE answer LIKE '%7946%')")));
        ASSERT_TRUE(kept.next());
        EXPECT_EQ(kept.value(0).toInt(), 0);
        EXPECT_EQ(kept.value(1).toInt(), 0);
        // Received, it is anonymised there too: its History and audit trail lose the old values.
        QSqlQuery history(copy->connection());
        ASSERT_TRUE(
            history.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM change_log WHERE old_value LIKE '%Sample%' "
                                        "OR new_value LIKE '%Sample%' OR new_value LIKE '%7946%'), (SELECT COUNT(*) "
                                        "FROM x_audit_trail WHERE before_value LIKE '%Sample%' OR after_value LIKE "
                                        "'%Sample%' OR after_value LIKE '%7946%')")));
        ASSERT_TRUE(history.next());
        EXPECT_EQ(history.value(0).toInt(), 0);
        EXPECT_EQ(history.value(1).toInt(), 0);
        Result<QStringList> problems = copy->problems();
        ASSERT_TRUE(problems.ok());
        EXPECT_TRUE(problems->isEmpty()) << problems->join(QStringLiteral("; ")).toStdString();
    }
    EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
}

TEST(Sync, AConflictIsAboutTheLaptopsLatestValueAndAnEditMadeKnowingBothSettlesIt)
{
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    const QString users = QStringLiteral("service_users");
    const QString phone = QStringLiteral("phone");
    ASSERT_TRUE(edit(a.db(), users, QStringLiteral("su-1"), {{phone, QStringLiteral("01375 111111")}}).ok());
    ASSERT_SYNCS(a.db(), *team.server);
    // B types a number, then corrects it, both before syncing: one conflict, about the correction.
    ASSERT_TRUE(edit(b.db(), users, QStringLiteral("su-1"), {{phone, QStringLiteral("01375 22222")}}).ok());
    ASSERT_TRUE(edit(b.db(), users, QStringLiteral("su-1"), {{phone, QStringLiteral("01375 222222")}}).ok());
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock clock;
    Result<QVector<SyncConflict>> open = SyncService(b.db(), clock, Me).conflicts();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().mine, QStringLiteral("01375 222222"));
    EXPECT_EQ(statusOf(b.db()).conflicts, 1);

    // B's key worker rings the person and types the number they give, seeing A's beside it: that
    // settles the conflict, and the new number goes everywhere.
    ASSERT_TRUE(edit(b.db(), users, QStringLiteral("su-1"), {{phone, QStringLiteral("01375 333333")}}).ok());
    EXPECT_EQ(statusOf(b.db()).conflicts, 0);
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    for (Database* copy : {team.server.get(), &a.db(), &b.db()})
        EXPECT_EQ(valueOf(*copy, users, QStringLiteral("su-1"), phone), QStringLiteral("01375 333333"));
    EXPECT_EQ(statusOf(b.db()).conflicts, 0);
}

TEST(Sync, AWaitingConflictFollowsTheServerAgreeingWithItOrDeletingTheRecord)
{
    const QString visits = QStringLiteral("appointments");
    const QString minutes = QStringLiteral("duration_minutes");
    Team team;
    ASSERT_TRUE(team.server);
    test::TestDatabase a;
    test::TestDatabase b;
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    for (const char* id : {"ap-1", "ap-2"}) {
        ASSERT_TRUE(edit(a.db(), visits, QString::fromLatin1(id), {{minutes, 45}}).ok());
        ASSERT_TRUE(edit(b.db(), visits, QString::fromLatin1(id), {{minutes, 120}}).ok());
    }
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    EXPECT_EQ(statusOf(b.db()).conflicts, 2);

    // On A, ap-1 is put right to B's 120 (seeing nothing of B's): nothing left to choose on B.
    // ap-2 is deleted on A, not knowing B changed it: B is asked about the deletion too.
    ASSERT_TRUE(edit(a.db(), visits, QStringLiteral("ap-1"), {{minutes, 120}}).ok());
    ASSERT_TRUE(remove(a.db(), visits, QStringLiteral("ap-2")).ok());
    ASSERT_SYNCS(a.db(), *team.server);
    ASSERT_SYNCS(b.db(), *team.server);
    test::FixedClock clock;
    Result<QVector<SyncConflict>> open = SyncService(b.db(), clock, Me).conflicts();
    ASSERT_TRUE(open.ok());
    QStringList about;
    for (const SyncConflict& c : open.value())
        about << c.recordId + QLatin1Char('/') + c.field;
    about.sort();
    EXPECT_EQ(about, (QStringList{QStringLiteral("ap-2/deleted"), QStringLiteral("ap-2/duration_minutes")}));

    // Keeping B's side of both brings ap-2 back with B's 120, everywhere.
    for (const SyncConflict& c : open.value())
        ASSERT_TRUE(SyncService(b.db(), clock, Me).keepMine(c.id).ok());
    ASSERT_SYNCS(b.db(), *team.server);
    ASSERT_SYNCS(a.db(), *team.server);
    for (Database* copy : {team.server.get(), &a.db(), &b.db()}) {
        EXPECT_EQ(valueOf(*copy, visits, QStringLiteral("ap-2"), minutes).toLongLong(), 120);
        EXPECT_EQ(deletedRows(*copy, visits), 0);
    }
    EXPECT_EQ(statusOf(b.db()).conflicts, 0);
    EXPECT_EQ(contentOf(a.db()), contentOf(*team.server));
    EXPECT_EQ(contentOf(b.db()), contentOf(*team.server));
}
