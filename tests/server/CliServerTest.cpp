#include "tests/app/CliRunner.h"
#include "tests/server/ServerDatabase.h"
#include "tests/server/ServerLogin.h"
#include "tests/support/InterchangeFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using test::cli;

TEST(CliOnTheServer, InitImportExportAndCheckWorkAsOnAFile)
{
    test::ServerDatabase server;
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("small.json"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QFile file(in);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(test::smallCaseload()).toJson());
    file.close();

    const test::CliRun init = cli({QStringLiteral("--db"), server.url(), QStringLiteral("init")});
    ASSERT_EQ(init.status, CliApplication::Ok) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("ready at postgresql://"))) << init.out.toStdString();
    const test::CliRun imported = cli({QStringLiteral("--db"), server.url(), QStringLiteral("import"), in});
    ASSERT_EQ(imported.status, CliApplication::Ok) << imported.err.toStdString();
    const test::CliRun exported = cli({QStringLiteral("--db"), server.url(), QStringLiteral("export"), out});
    ASSERT_EQ(exported.status, CliApplication::Ok) << exported.err.toStdString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("Alexandra"));
    const test::CliRun check = cli({QStringLiteral("--db"), server.url(), QStringLiteral("check")});
    EXPECT_EQ(check.status, CliApplication::Ok) << check.err.toStdString();

    // A backup is the server's business.
    const test::CliRun backup = cli({QStringLiteral("--db"), server.url(), QStringLiteral("backup"), dir.filePath(QStringLiteral("b.db"))});
    EXPECT_EQ(backup.status, CliApplication::UserError);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << backup.err.toStdString();
}

namespace {

// Two laptops' encrypted files, as `init` makes them, and the team server with the small caseload.
struct CliTeam {
    test::ServerDatabase server;
    QTemporaryDir dir;
    QString a = dir.filePath(QStringLiteral("a.db"));
    QString b = dir.filePath(QStringLiteral("b.db"));

    CliTeam()
    {
        qputenv("WAYMARK_PASSPHRASE", "a long enough passphrase for the tests 1");
        const QString in = dir.filePath(QStringLiteral("small.json"));
        QFile file(in);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(test::smallCaseload()).toJson());
        file.close();
        EXPECT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("init")}).status, CliApplication::Ok);
        EXPECT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("import"), in}).status, CliApplication::Ok);
        for (const QString& laptop : {a, b})
            EXPECT_EQ(cli({QStringLiteral("--db"), laptop, QStringLiteral("init")}).status, CliApplication::Ok);
    }
    ~CliTeam() { qunsetenv("WAYMARK_PASSPHRASE"); }

    QByteArray exported(const QString& database)
    {
        const QString out = dir.filePath(QStringLiteral("export.json"));
        QFile::remove(out);
        const test::CliRun run = cli({QStringLiteral("--db"), database, QStringLiteral("export"), out});
        EXPECT_EQ(run.status, CliApplication::Ok) << run.err.toStdString();
        QFile file(out);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        document.remove(QStringLiteral("exported_at"));
        return QJsonDocument(document).toJson();
    }
};

} // namespace

TEST(CliOnTheServer, SyncBringsTheCaseloadToALaptopAndRemembersItsServer)
{
    CliTeam team;
    const test::CliRun first = cli({QStringLiteral("--db"), team.a, QStringLiteral("sync"), QStringLiteral("--server"), team.server.url()});
    ASSERT_EQ(first.status, CliApplication::Ok) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("now syncs with postgresql://"))) << first.out.toStdString();
    EXPECT_TRUE(team.exported(team.a).contains("Alexandra"));
    EXPECT_EQ(team.exported(team.a), team.exported(team.server.url()));
    // After the first time the laptop remembers its server.
    const test::CliRun again = cli({QStringLiteral("--db"), team.a, QStringLiteral("sync")});
    ASSERT_EQ(again.status, CliApplication::Ok) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 changes sent, 0 received"))) << again.out.toStdString();
    // Another server is refused: a laptop belongs to one team.
    const test::CliRun elsewhere = cli({QStringLiteral("--db"), team.a, QStringLiteral("sync"), QStringLiteral("--server"),
                                        test::ServerDatabase::serverUrl(QStringLiteral("waymark"))});
    EXPECT_EQ(elsewhere.status, CliApplication::UserError);
    EXPECT_TRUE(elsewhere.err.contains(QStringLiteral("not"))) << elsewhere.err.toStdString();
}

TEST(CliOnTheServer, ASyncThatCannotReachTheServerSaysSoAndLeavesTheLaptopAsItWas)
{
    CliTeam team;
    ASSERT_EQ(cli({QStringLiteral("--db"), team.a, QStringLiteral("sync"), QStringLiteral("--server"), team.server.url()}).status,
              CliApplication::Ok);
    const QByteArray before = team.exported(team.a);
    QUrl down(team.server.url());
    down.setPort(1); // nothing listens there
    QUrl stranger(team.server.url());
    stranger.setUserName(QStringLiteral("nobody_here"));
    for (const QString& address : {down.toString(), stranger.toString()}) {
        SCOPED_TRACE(address.toStdString());
        const test::CliRun run = cli({QStringLiteral("--db"), team.b, QStringLiteral("sync"), QStringLiteral("--server"), address});
        EXPECT_EQ(run.status, CliApplication::UserError);
        EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was synced"))) << run.err.toStdString();
    }
    // A server made by a newer Waymark is refused before anything here changes.
    ASSERT_TRUE(team.server.run(QStringLiteral("UPDATE waymark_meta SET value = '99' WHERE key = 'schema_version'")).isEmpty());
    const test::CliRun newer = cli({QStringLiteral("--db"), team.a, QStringLiteral("sync")});
    EXPECT_EQ(newer.status, CliApplication::UserError);
    EXPECT_TRUE(newer.err.contains(QStringLiteral("newer version of Waymark"))) << newer.err.toStdString();
    EXPECT_EQ(team.exported(team.a), before);
    // And b, which never reached a server, is still a laptop of its own.
    const test::CliRun b = cli({QStringLiteral("--db"), team.b, QStringLiteral("check")});
    EXPECT_EQ(b.status, CliApplication::Ok) << b.err.toStdString();
}

TEST(CliOnTheServer, AServerSignInOpensWaymarkOnlyOnceGivenToStaffAndThenSeesWhatTheirRoleSees)
{
    test::ServerLogin login; // before the database: it is dropped after it
    test::ServerDatabase server;
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("small.json"));
    QFile file(in);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(test::smallCaseload()).toJson());
    file.close();
    // Whoever made the schema is its administrator.
    ASSERT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("init")}).status, CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("import"), in}).status, CliApplication::Ok);
    const QString asKeyWorker = server.urlAs(login.name());
    const auto today = [&](const QStringList& more = {}) {
        return cli(QStringList{QStringLiteral("--db"), asKeyWorker, QStringLiteral("today"), QStringLiteral("--at"),
                               QStringLiteral("2026-06-29T08:00:00Z"), QStringLiteral("--format"), QStringLiteral("json")}
                   + more);
    };

    // A sign-in the server knows but nobody gave to staff opens nothing.
    const test::CliRun stranger = today();
    EXPECT_EQ(stranger.status, CliApplication::UserError);
    EXPECT_TRUE(stranger.err.contains(QStringLiteral("not given to anyone"))) << stranger.err.toStdString();
    EXPECT_FALSE(stranger.out.contains(QStringLiteral("su-1")));
    EXPECT_FALSE(server.runAs(login.name(), QStringLiteral("SELECT count(*) FROM service_users")).isEmpty());

    // Only a sign-in the server has can be given; passwords stay the server's.
    const test::CliRun unknown = cli({QStringLiteral("--db"), server.url(), QStringLiteral("account"), QStringLiteral("add"),
                                      QStringLiteral("nobody_here"), QStringLiteral("--staff"), QStringLiteral("kw-1")});
    EXPECT_EQ(unknown.status, CliApplication::UserError);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no sign-in \"nobody_here\""))) << unknown.err.toStdString();
    const test::CliRun withPassphrase =
        cli({QStringLiteral("--db"), server.url(), QStringLiteral("account"), QStringLiteral("add"), login.name(),
             QStringLiteral("--new-passphrase-file"), in});
    EXPECT_EQ(withPassphrase.status, CliApplication::UsageError);

    // Given to Jo Marsh, a key worker: Jo's own day shows, nobody else's does, and returns and
    // imports are not Jo's to run.
    const test::CliRun given = cli({QStringLiteral("--db"), server.url(), QStringLiteral("account"), QStringLiteral("add"),
                                    login.name(), QStringLiteral("--staff"), QStringLiteral("kw-1")});
    ASSERT_EQ(given.status, CliApplication::Ok) << given.err.toStdString();
    const test::CliRun listed = cli({QStringLiteral("--db"), server.url(), QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(login.name() + QStringLiteral("\tkw-1\tJo Marsh\tkey_worker"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("waymark\t-\t-\tadmin"))) << listed.out.toStdString();
    const test::CliRun own = today();
    EXPECT_EQ(own.status, CliApplication::Ok) << own.err.toStdString();
    const test::CliRun other = today({QStringLiteral("--staff"), QStringLiteral("kw-2")});
    EXPECT_EQ(other.status, CliApplication::UserError);
    EXPECT_TRUE(other.err.contains(QStringLiteral("another key worker"))) << other.err.toStdString();
    const auto kpi = [&](const QString& database) {
        return cli({QStringLiteral("--db"), database, QStringLiteral("report"), QStringLiteral("kpi"),
                    QStringLiteral("--contract"), QStringLiteral("thurrock-fs"), QStringLiteral("--from"),
                    QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30")});
    };
    EXPECT_EQ(kpi(server.url()).status, CliApplication::Ok);
    const test::CliRun keyWorkerKpi = kpi(asKeyWorker);
    EXPECT_EQ(keyWorkerKpi.status, CliApplication::UserError);
    EXPECT_TRUE(keyWorkerKpi.out.isEmpty()) << keyWorkerKpi.out.toStdString();
    EXPECT_NE(cli({QStringLiteral("--db"), asKeyWorker, QStringLiteral("import"), in}).status, CliApplication::Ok);
    // Nor can Jo's sign-in make itself an administrator behind Waymark's back.
    EXPECT_TRUE(server.runAs(login.name(), QStringLiteral("SELECT count(*) FROM service_users")).isEmpty());
    EXPECT_FALSE(server.runAs(login.name(), QStringLiteral("UPDATE x_server_sign_ins SET administrator = 1")).isEmpty());
    EXPECT_FALSE(server.runAs(login.name(), QStringLiteral("UPDATE staff SET role = 'admin'")).isEmpty());
    const test::CliRun keyWorkerList =
        cli({QStringLiteral("--db"), asKeyWorker, QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(keyWorkerList.status, CliApplication::UserError);

    // The only administrator stays; Jo's sign-in can be taken back, and then opens nothing again.
    EXPECT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("account"), QStringLiteral("remove"),
                   QStringLiteral("waymark")})
                  .status,
              CliApplication::UserError);
    ASSERT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("account"), QStringLiteral("remove"), login.name()})
                  .status,
              CliApplication::Ok);
    const test::CliRun removed = today();
    EXPECT_EQ(removed.status, CliApplication::UserError);
    EXPECT_TRUE(removed.err.contains(QStringLiteral("not given to anyone"))) << removed.err.toStdString();
    EXPECT_FALSE(server.runAs(login.name(), QStringLiteral("SELECT count(*) FROM service_users")).isEmpty());
}

TEST(CliOnTheServer, TakingBackAnAdministratorsSignInLeavesTheSignInsTheyGaveWorking)
{
    test::ServerLogin deputy; // before the database: logins are dropped after it
    test::ServerLogin worker;
    test::ServerDatabase server;
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("small.json"));
    QFile file(in);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(test::smallCaseload()).toJson());
    file.close();
    ASSERT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("init")}).status, CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), server.url(), QStringLiteral("import"), in}).status, CliApplication::Ok);
    const auto account = [&](const QString& as, const QStringList& args) {
        return cli(QStringList{QStringLiteral("--db"), as, QStringLiteral("account")} + args);
    };
    // A sign-in must be someone's: a member of staff's or an administrator's.
    const test::CliRun nobodys = account(server.url(), {QStringLiteral("add"), worker.name()});
    EXPECT_EQ(nobodys.status, CliApplication::UserError);
    EXPECT_TRUE(nobodys.err.contains(QStringLiteral("member of staff"))) << nobodys.err.toStdString();

    // The owner makes a deputy administrator, who gives Jo's sign-in.
    const test::CliRun made = account(server.url(), {QStringLiteral("add"), deputy.name(), QStringLiteral("--administrator"),
                                                     QStringLiteral("yes")});
    ASSERT_EQ(made.status, CliApplication::Ok) << made.err.toStdString();
    const test::CliRun gave = account(server.urlAs(deputy.name()),
                                      {QStringLiteral("add"), worker.name(), QStringLiteral("--staff"), QStringLiteral("kw-1")});
    ASSERT_EQ(gave.status, CliApplication::Ok) << gave.err.toStdString();
    EXPECT_EQ(server.runAs(worker.name(), QStringLiteral("SELECT count(*) FROM service_users")), QString());

    // The deputy leaves: their sign-in is taken back, and Jo's still works.
    const test::CliRun removed = account(server.url(), {QStringLiteral("remove"), deputy.name()});
    ASSERT_EQ(removed.status, CliApplication::Ok) << removed.err.toStdString();
    EXPECT_FALSE(server.runAs(deputy.name(), QStringLiteral("SELECT count(*) FROM service_users")).isEmpty());
    EXPECT_EQ(server.runAs(worker.name(), QStringLiteral("SELECT count(*) FROM service_users")), QString());
    const test::CliRun today =
        cli({QStringLiteral("--db"), server.urlAs(worker.name()), QStringLiteral("today"), QStringLiteral("--at"),
             QStringLiteral("2026-06-29T08:00:00Z")});
    EXPECT_EQ(today.status, CliApplication::Ok) << today.err.toStdString();
}
