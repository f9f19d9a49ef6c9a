#include "core/interchange/DatabaseSetup.h"
#include "core/services/AccountService.h"
#include "core/services/ChangeNotifier.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Importer.h"
#include "core/interchange/TodayJson.h"
#include "core/reports/KpiReport.h"
#include "core/rules/TodayList.h"
#include "core/storage/CaseloadRepository.h"
#include "core/storage/CaseworkRepository.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"
#include "tests/server/ServerDatabase.h"
#include "tests/server/ServerLogin.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace waymark;

namespace {

// A loopback port nobody listens on: one the system just gave out and took back.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), size) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

Result<std::unique_ptr<Database>> openOn(const QString& url, Database::Open mode = Database::Open::ExistingOnly)
{
    Database::Options options;
    options.mode = mode;
    return Database::open(url, options);
}

// An export without the moment it was made, to compare two databases' contents.
QJsonObject exportedContent(Database& database, const Clock& clock)
{
    Result<QJsonObject> exported = Exporter(database, clock).exportAll();
    EXPECT_TRUE(exported.ok()) << (exported ? std::string() : exported.error().message.toStdString());
    QJsonObject document = exported ? exported.value() : QJsonObject();
    document.remove(QStringLiteral("exported_at"));
    return document;
}

} // namespace

TEST(TeamServer, InitMakesTheSchemaOnTheServerAndItOpensAgain)
{
    test::ServerDatabase server;
    test::FixedClock clock;
    {
        auto made = openOn(server.url(), Database::Open::CreateIfMissing);
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        EXPECT_TRUE(made.value()->isServer());
        EXPECT_EQ(made.value()->schemaVersion(), Database::latestSchemaVersion());
        ASSERT_TRUE(DatabaseSetup::initialise(*made.value(), clock).ok());
    }
    auto again = openOn(server.url());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(again.value()->problems()->isEmpty());
    // Shown without a password, and never a file's tools on it.
    EXPECT_TRUE(again.value()->path().startsWith(QStringLiteral("postgresql://waymark@127.0.0.1:")));
    const Status backup = again.value()->backupTo(QStringLiteral("/tmp/never.db"));
    ASSERT_FALSE(backup.ok());
    EXPECT_TRUE(backup.error().message.contains(QStringLiteral("pg_dump"))) << backup.error().message.toStdString();
}

TEST(TeamServer, TheSameImportGivesTheSameRecordsAsAFile)
{
    test::ServerDatabase server;
    test::FixedClock clock;
    auto onServer = openOn(server.url(), Database::Open::CreateIfMissing);
    ASSERT_TRUE(onServer.ok()) << onServer.error().message.toStdString();
    ASSERT_TRUE(DatabaseSetup::initialise(*onServer.value(), clock).ok());
    test::TestDatabase file;
    for (Database* database : {onServer.value().get(), &file.db()}) {
        Result<ImportSummary> imported =
            Importer(*database, clock).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"));
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    }
    const QJsonObject fromServer = exportedContent(*onServer.value(), clock);
    EXPECT_EQ(fromServer, exportedContent(file.db(), clock));
    EXPECT_EQ(fromServer.value(QStringLiteral("service_users")).toArray().size(), 2);

    // Importing it again changes nothing; the trail holds together.
    ASSERT_TRUE(Importer(*onServer.value(), clock)
                    .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                    .ok());
    EXPECT_EQ(exportedContent(*onServer.value(), clock), fromServer);
    EXPECT_TRUE(onServer.value()->problems()->isEmpty()) << onServer.value()->problems()->join(QStringLiteral("; ")).toStdString();
}

TEST(TeamServer, TheAuditTrailRefusesEditsThereTooAndTakesOnlyAnErasure)
{
    test::ServerDatabase server;
    test::FixedClock clock;
    auto database = openOn(server.url(), Database::Open::CreateIfMissing);
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    AuditTrail trail(*database.value());
    AuditEntry change;
    change.actor = QStringLiteral("jo");
    change.action = QStringLiteral("changed");
    change.serviceUserId = QStringLiteral("su-1");
    change.field = QStringLiteral("family_name");
    change.before = QStringLiteral("Smith");
    change.after = QStringLiteral("Smyth");
    ASSERT_TRUE(trail.record(change).ok());
    // Searched whatever the case, as on a file.
    AuditQuery byWord;
    byWord.text = QStringLiteral("SMYTH");
    EXPECT_EQ(trail.search(byWord)->size(), 1);
    QSqlQuery q(database.value()->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE x_audit_trail SET actor = 'mallory'")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("cannot be changed"))) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM x_audit_trail")));
    ASSERT_TRUE(database.value()->inTransaction([&]() -> Status {
        Result<int> erased = trail.eraseValuesOf(QStringLiteral("su-1"));
        if (!erased)
            return erased.error();
        EXPECT_EQ(erased.value(), 1);
        AuditEntry done = change;
        done.action = QStringLiteral("anonymised");
        done.before.clear();
        done.after.clear();
        return trail.append(done);
    }).ok());
    EXPECT_FALSE(trail.verify()->has_value()) << trail.verify()->value_or(QString()).toStdString();
    EXPECT_TRUE(trail.all()->first().valuesErased);
}

TEST(TeamServer, AnEmptyOrForeignOrNewerDatabaseIsRefusedAndLeftAsItWas)
{
    test::ServerDatabase empty;
    auto refused = openOn(empty.url());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("empty, not yet a Waymark one"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("init")));

    test::ServerDatabase foreign;
    ASSERT_EQ(foreign.run(QStringLiteral("CREATE TABLE invoices (id TEXT)")), QString());
    refused = openOn(foreign.url(), Database::Open::CreateIfMissing);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not a Waymark database"))) << refused.error().message.toStdString();
    EXPECT_NE(foreign.run(QStringLiteral("SELECT 1 FROM waymark_meta")), QString()); // nothing was made there
    EXPECT_EQ(foreign.run(QStringLiteral("SELECT 1 FROM invoices")), QString());

    test::ServerDatabase newer;
    ASSERT_TRUE(openOn(newer.url(), Database::Open::CreateIfMissing).ok());
    ASSERT_EQ(newer.run(QStringLiteral("UPDATE waymark_meta SET value = '99' WHERE key = 'schema_version'")), QString());
    refused = openOn(newer.url());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer version of Waymark"))) << refused.error().message.toStdString();
}

TEST(TeamServer, AServerThatIsDownOrRefusesTheSignInSaysSo)
{
    const int port = closedPort();
    ASSERT_GT(port, 0);
    QElapsedTimer timer;
    timer.start();
    auto down = openOn(QStringLiteral("postgresql://waymark@127.0.0.1:%1/waymark").arg(port));
    ASSERT_FALSE(down.ok());
    EXPECT_TRUE(down.error().message.contains(QStringLiteral("cannot be reached"))) << down.error().message.toStdString();
    EXPECT_LT(timer.elapsed(), 10000);

    QUrl stranger(test::ServerDatabase::serverUrl(QStringLiteral("waymark")));
    stranger.setUserName(QStringLiteral("mallory"));
    auto refused = openOn(stranger.toString());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("refused the sign-in"))) << refused.error().message.toStdString();

    for (const char* bad : {"postgresql://", "postgresql://127.0.0.1/waymark", "postgresql://jo@server.example.org"}) {
        auto wrong = openOn(QString::fromLatin1(bad));
        ASSERT_FALSE(wrong.ok()) << bad;
        EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("Write it as"))) << wrong.error().message.toStdString();
    }
}

TEST(TeamServer, TheServerDriverLoadsNoSecondSqlite)
{
    test::ServerDatabase server;
    ASSERT_TRUE(openOn(server.url(), Database::Open::CreateIfMissing).ok());
    test::TestDatabase file;
    QFile maps(QStringLiteral("/proc/self/maps"));
    ASSERT_TRUE(maps.open(QIODevice::ReadOnly));
    const QString mapped = QString::fromLatin1(maps.readAll());
    EXPECT_TRUE(mapped.contains(QStringLiteral("qsqlpsql")));
    EXPECT_FALSE(mapped.contains(QStringLiteral("libsqlite3"))) << "a second SQLite library is loaded";
    EXPECT_FALSE(mapped.contains(QStringLiteral("qsqlite"))) << "Qt's QSQLITE plugin is loaded";
}

TEST(TeamServer, TheReturnsTodayAndTheCaseloadAreTheSameAsOnAFile)
{
    test::ServerDatabase server;
    test::FixedClock clock;
    auto onServer = openOn(server.url(), Database::Open::CreateIfMissing);
    ASSERT_TRUE(onServer.ok()) << onServer.error().message.toStdString();
    test::TestDatabase file;
    DemoOptions demo;
    demo.people = 60; // both contracts, every kind of record, in a minute under the sanitizers
    demo.asOf = QDate(2026, 7, 1);
    for (Database* database : {onServer.value().get(), &file.db()}) {
        ASSERT_TRUE(DatabaseSetup::initialise(*database, clock).ok());
        Result<ImportSummary> loaded = DatabaseSetup::loadDemo(*database, clock, demo);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    }
    Database& pg = *onServer.value();
    for (const char* contract : {"thurrock-fs", "camden-day"}) {
        Result<KpiReport> there = KpiReport::build(pg, QString::fromLatin1(contract), QDate(2026, 4, 1), QDate(2026, 6, 30));
        Result<KpiReport> here = KpiReport::build(file.db(), QString::fromLatin1(contract), QDate(2026, 4, 1), QDate(2026, 6, 30));
        ASSERT_TRUE(there.ok() && here.ok()) << contract;
        EXPECT_EQ(there->toJsonText(), here->toJsonText()) << contract;
    }
    const QDateTime at(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    Result<CaseworkSnapshot> thereSnapshot = CaseworkRepository(pg).snapshot();
    Result<CaseworkSnapshot> hereSnapshot = CaseworkRepository(file.db()).snapshot();
    ASSERT_TRUE(thereSnapshot.ok() && hereSnapshot.ok());
    const QJsonObject today = TodayJson::toJson(at, TodayList::build(thereSnapshot.value(), at));
    EXPECT_EQ(today, TodayJson::toJson(at, TodayList::build(hereSnapshot.value(), at)));
    EXPECT_FALSE(today.value(QStringLiteral("items")).toArray().isEmpty());
    Result<QVector<CaseloadEntry>> thereCaseload = CaseloadRepository(pg).entries(at);
    Result<QVector<CaseloadEntry>> hereCaseload = CaseloadRepository(file.db()).entries(at);
    ASSERT_TRUE(thereCaseload.ok() && hereCaseload.ok());
    ASSERT_EQ(thereCaseload->size(), hereCaseload->size());
    for (qsizetype i = 0; i < thereCaseload->size(); ++i)
        EXPECT_EQ(thereCaseload->at(i).serviceUserId, hereCaseload->at(i).serviceUserId) << "row " << i;
    EXPECT_EQ(exportedContent(pg, clock), exportedContent(file.db(), clock));
}

TEST(TeamServer, ATableANewerWaymarkMakesIsTheStaffsToUseToo)
{
    test::ServerLogin login; // before the database: it is dropped after it
    test::ServerDatabase server;
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    ASSERT_TRUE(QDir().mkpath(migrations));
    for (const QString& name : QDir(QStringLiteral(":/waymark/migrations")).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(QStringLiteral(":/waymark/migrations/") + name, migrations + QLatin1Char('/') + name));
    test::FixedClock clock;
    ChangeNotifier notifier;
    {
        Database::Options options;
        options.mode = Database::Open::CreateIfMissing;
        options.migrationsPath = migrations;
        auto made = Database::open(server.url(), options);
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        ASSERT_TRUE(DatabaseSetup::initialise(*made.value(), clock).ok());
        AccountService accounts(ServiceContext{*made.value(), clock, notifier, QStringLiteral("waymark")},
                                server.url(), {});
        const Status given = accounts.add(login.name(), {}, {}, true);
        ASSERT_TRUE(given.ok()) << given.error().message.toStdString();
    }
    // A later version adds a table; whoever brings the server up to date also lets the staff's
    // sign-ins use it.
    const int next = Database::latestSchemaVersion() + 1;
    QFile script(migrations + QStringLiteral("/%1_later.sql").arg(next, 3, 10, QLatin1Char('0')));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("CREATE TABLE x_later (id TEXT PRIMARY KEY);\n");
    script.close();
    EXPECT_EQ(server.runAs(login.name(), QStringLiteral("SELECT count(*) FROM service_users")), QString());
    Database::Options options;
    options.migrationsPath = migrations;
    // A member of staff's sign-in opening it first does not upgrade it (nor become its owner).
    auto early = Database::open(server.urlAs(login.name()), options);
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("owner of its tables"))) << early.error().message.toStdString();
    EXPECT_FALSE(server.runAs(login.name(), QStringLiteral("SELECT count(*) FROM x_later")).isEmpty());
    auto upgraded = Database::open(server.url(), options);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    EXPECT_EQ(upgraded.value()->schemaVersion(), next);
    EXPECT_EQ(server.runAs(login.name(), QStringLiteral("SELECT count(*) FROM x_later")), QString());
}

TEST(TeamServer, ALockedWindowOnTheServerUnlocksOnlyWithThePasswordTheServerTakes)
{
    QUrl url(test::ServerDatabase::serverUrl(QStringLiteral("waymark")));
    url.setUserName(QStringLiteral("waymark_password")); // the test server asks this one for its password
    Result<ServerAddress> address = ServerAddress::parse(url.toString());
    ASSERT_TRUE(address.ok()) << address.error().message.toStdString();
    EXPECT_TRUE(address->checkPassword(QStringLiteral("right horse battery staple")).ok());
    const Status wrong = address->checkPassword(QStringLiteral("wrong horse"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("did not take that password"))) << wrong.error().message.toStdString();

    const int port = closedPort();
    ASSERT_GT(port, 0);
    Result<ServerAddress> down = ServerAddress::parse(QStringLiteral("postgresql://waymark@127.0.0.1:%1/waymark").arg(port));
    ASSERT_TRUE(down.ok());
    const Status unreachable = down->checkPassword(QStringLiteral("right horse battery staple"));
    ASSERT_FALSE(unreachable.ok());
    EXPECT_TRUE(unreachable.error().message.contains(QStringLiteral("could not be reached"))) << unreachable.error().message.toStdString();
}
