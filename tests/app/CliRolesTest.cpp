#include "tests/app/CliRunner.h"
#include "tests/support/TeamCaseload.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using test::cli;
using test::CliRun;

namespace {

const QByteArray AdminPassphrase = "a long test passphrase";

// An encrypted database with the team caseload and sign-ins for Jo (key worker, kw-1) and Pat
// (team leader, tl-1), made through the command line as an administrator would.
class CliRoles : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("WAYMARK_PASSPHRASE", AdminPassphrase);
        ASSERT_EQ(run({u"init"_qs}).status, 0);
        write(path("team.json"), QJsonDocument(test::teamCaseload()).toJson());
        ASSERT_EQ(run({u"import"_qs, path("team.json")}).status, 0);
        write(path("jo.pass"), "jo's own long passphrase\n");
        write(path("pat.pass"), "pat leads the team well\n");
        CliRun jo = run({u"account"_qs, u"add"_qs, u"jo"_qs, u"--staff"_qs, u"kw-1"_qs, u"--new-passphrase-file"_qs, path("jo.pass")});
        ASSERT_EQ(jo.status, 0) << jo.err.toStdString();
        ASSERT_EQ(run({u"account"_qs, u"add"_qs, u"pat"_qs, u"--staff"_qs, u"tl-1"_qs, u"--new-passphrase-file"_qs, path("pat.pass")}).status, 0);
    }
    void TearDown() override { qunsetenv("WAYMARK_PASSPHRASE"); }

    CliRun run(const QStringList& args) { return cli(QStringList{u"--db"_qs, db()} + args); }
    CliRun as(const char* user, const QStringList& args)
    {
        const QString name = QString::fromLatin1(user);
        return cli(QStringList{u"--db"_qs, db(), u"--user"_qs, name, u"--passphrase-file"_qs, path((name + u".pass"_qs).toLatin1())} + args);
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QString path(const QByteArray& name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString db() const { return m_dir.filePath(u"team.db"_qs); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliRoles, TheAdministratorListsWhoMaySignInAndWithWhatRole)
{
    CliRun list = run({u"account"_qs, u"list"_qs});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(u"admin\t-\t-\tadmin"_qs)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"jo\tkw-1\tJo Marsh\tkey_worker"_qs)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"pat\ttl-1\tPat Okafor\tteam_leader"_qs));
    // Nobody but the administrator sees the accounts, or adds one.
    EXPECT_EQ(as("pat", {u"account"_qs, u"list"_qs}).status, 1);
    EXPECT_EQ(as("jo", {u"account"_qs, u"add"_qs, u"mallory"_qs, u"--new-passphrase-file"_qs, path("jo.pass")}).status, 1);
}

TEST_F(CliRoles, AKeyWorkerGetsTheirOwnTodayAndPrintsOnlyTheirOwnPeople)
{
    CliRun today = as("jo", {u"today"_qs, u"--at"_qs, u"2026-07-01T09:00:00Z"_qs});
    ASSERT_EQ(today.status, 0) << today.err.toStdString();
    EXPECT_FALSE(today.out.contains(u"sp-2"_qs));
    CliRun someoneElses = as("jo", {u"today"_qs, u"--at"_qs, u"2026-07-01T09:00:00Z"_qs, u"--staff"_qs, u"kw-2"_qs});
    EXPECT_EQ(someoneElses.status, 1);
    EXPECT_TRUE(someoneElses.err.contains(u"Your role does not allow"_qs)) << someoneElses.err.toStdString();

    CliRun mine = as("jo", {u"print"_qs, u"referral"_qs, u"--service-user"_qs, u"su-1"_qs, u"--out"_qs, path("mine.pdf")});
    EXPECT_EQ(mine.status, 0) << mine.err.toStdString();
    CliRun theirs = as("jo", {u"print"_qs, u"referral"_qs, u"--service-user"_qs, u"su-2"_qs, u"--out"_qs, path("theirs.pdf")});
    EXPECT_EQ(theirs.status, 1);
    EXPECT_TRUE(theirs.err.contains(u"not on your caseload"_qs)) << theirs.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("theirs.pdf")));
}

TEST_F(CliRoles, ReturnsAreForTeamLeadersAndTheWholeDatabaseForTheAdministrator)
{
    const QStringList kpi{u"report"_qs, u"kpi"_qs, u"--contract"_qs, u"thurrock-fs"_qs, u"--from"_qs, u"2026-04-01"_qs,
                          u"--to"_qs, u"2026-06-30"_qs};
    EXPECT_EQ(as("jo", kpi).status, 1);
    EXPECT_EQ(as("jo", {u"report"_qs, u"distance"_qs, u"--contract"_qs, u"camden-day"_qs}).status, 1);
    EXPECT_EQ(as("pat", kpi).status, 0);
    EXPECT_EQ(as("pat", {u"export"_qs, path("su2.json"), u"--service-user"_qs, u"su-2"_qs}).status, 0);
    EXPECT_EQ(as("jo", {u"export"_qs, path("jo-su1.json"), u"--service-user"_qs, u"su-1"_qs}).status, 1);
    EXPECT_EQ(as("pat", {u"export"_qs, path("all.json")}).status, 1);
    EXPECT_FALSE(QFile::exists(path("all.json")));
    EXPECT_EQ(as("pat", {u"import"_qs, path("team.json")}).status, 1);
    EXPECT_EQ(as("pat", {u"backup"_qs, path("copy.db")}).status, 1);
    EXPECT_EQ(as("pat", {u"check"_qs}).status, 1);
    EXPECT_EQ(run({u"check"_qs}).status, 0);
}

TEST_F(CliRoles, ARemovedAccountNoLongerSignsInAndTheLastAdministratorStays)
{
    ASSERT_EQ(run({u"account"_qs, u"remove"_qs, u"jo"_qs}).status, 0);
    CliRun refused = as("jo", {u"today"_qs, u"--at"_qs, u"2026-07-01T09:00:00Z"_qs});
    EXPECT_EQ(refused.status, 1);
    EXPECT_TRUE(refused.err.contains(u"not right"_qs)) << refused.err.toStdString();
    CliRun last = run({u"account"_qs, u"remove"_qs, u"admin"_qs});
    EXPECT_EQ(last.status, 1);
    EXPECT_TRUE(last.err.contains(u"only administrator"_qs)) << last.err.toStdString();
    // Every change to who may sign in is in the trail, and the trail holds together.
    EXPECT_EQ(run({u"check"_qs}).status, 0);
}
