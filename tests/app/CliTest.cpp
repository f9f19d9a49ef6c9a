#include "app/cli/CliApplication.h"
#include "tests/app/CliRunner.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/PdfText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

using test::cli;
using test::CliRun;
using test::fileContains;

QByteArray fingerprint(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Every database `init` makes is encrypted; the tests sign in as its administrator with this.
const QByteArray TestPassphrase = "a long test passphrase";

class Cli : public ::testing::Test {
protected:
    void SetUp() override { qputenv("WAYMARK_PASSPHRASE", TestPassphrase); }
    void TearDown() override { qunsetenv("WAYMARK_PASSPHRASE"); }
    // The database `init` made, opened as the app opens it.
    std::unique_ptr<Database> openDb() const
    {
        Database::Options options;
        if (KeyRing::existsFor(db())) {
            Result<KeyRing> ring = KeyRing::load(db());
            EXPECT_TRUE(ring);
            if (ring)
                if (Result<QByteArray> key = ring->unlock({}, QString::fromUtf8(TestPassphrase)))
                    options.key = key.value();
        }
        auto opened = Database::open(db(), options);
        EXPECT_TRUE(opened) << (opened ? std::string() : opened.error().message.toStdString());
        return opened ? std::move(opened.value()) : nullptr;
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString db() const { return path("waymark.db"); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Cli, InitThenImportThenExportRoundTrips)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    write(path("in.json"), QJsonDocument(test::smallCaseload()).toJson());
    CliRun imported = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("in.json")});
    ASSERT_EQ(imported.status, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("new"))) << imported.out.toStdString();
    CliRun again = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("in.json")});
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 new, 0 changed"))) << again.out.toStdString();

    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("export"), path("out.json")}).status, 0);
    QFile f(path("out.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject out = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(out.value(QStringLiteral("format")).toString(), QStringLiteral("waymark"));
    EXPECT_EQ(out.value(QStringLiteral("service_users")).toArray().size(), 2);
}

TEST_F(Cli, ABadFileIsRefusedWithEveryErrorAndTheDatabaseUnchanged)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    QJsonObject bad = test::smallCaseload();
    test::setAt(bad, QStringLiteral("appointments[0].duration_minutes"), 900);
    test::setAt(bad, QStringLiteral("service_users[0].gender"), QStringLiteral("woman"));
    write(path("bad.json"), QJsonDocument(bad).toJson());
    // Settle the file so that its bytes can be compared.
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).status, 0);
    const QByteArray before = fingerprint(db());

    CliRun run = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("bad.json")});
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.json was not imported: 2 problems")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("appointments[0].duration_minutes: must be 1 to 720")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("service_users[0].gender: 'woman' is not a code")));
    EXPECT_EQ(fingerprint(db()), before);
}

TEST_F(Cli, WrongUsageExitsWithTwo)
{
    EXPECT_EQ(cli({}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import")}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("a.json"),
                   QStringLiteral("--people"), QStringLiteral("3")})
                  .status,
              2);
    CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.status, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("import FILE.json")));
}

TEST_F(Cli, UserErrorsExitWithOneAndSayWhat)
{
    CliRun missing = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), path("x.json")});
    EXPECT_EQ(missing.status, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no Waymark database"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));

    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    CliRun noFile = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("absent.json")});
    EXPECT_EQ(noFile.status, 1);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("absent.json does not exist")));

    write(path("notes.txt"), "not json at all");
    CliRun notJson = cli({QStringLiteral("--db"), path("notes.txt"), QStringLiteral("check")});
    EXPECT_EQ(notJson.status, 1);
    EXPECT_TRUE(notJson.err.contains(QStringLiteral("not a Waymark database")));
    EXPECT_EQ(notJson.err.count(QLatin1Char('\n')), 1) << "one line: " << notJson.err.toStdString();
}

TEST_F(Cli, InitTwiceChangesNothing)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).status, 0);
    const QByteArray before = fingerprint(db());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).status, 0);
    EXPECT_EQ(fingerprint(db()), before);
}

TEST_F(Cli, BackupRefusesToOverwrite)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), path("b.db")}).status, 0);
    CliRun again = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), path("b.db")});
    EXPECT_EQ(again.status, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
}

namespace {

QJsonObject appointmentJson(const char* id, const char* startsAt, int minutes, const char* status)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                       {QStringLiteral("staff_id"), QStringLiteral("kw-1")},
                       {QStringLiteral("starts_at"), QString::fromLatin1(startsAt)},
                       {QStringLiteral("duration_minutes"), minutes},
                       {QStringLiteral("kind"), QStringLiteral("home_visit")},
                       {QStringLiteral("status"), QString::fromLatin1(status)}};
}

} // namespace

TEST_F(Cli, TodayPrintsTheSpecsListForOneWorker)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    QJsonObject doc = test::smallCaseload();
    QJsonArray appointments = doc.value(QStringLiteral("appointments")).toArray();
    appointments << appointmentJson("dna-1", "2026-06-08T09:00:00Z", 60, "dna")
                 << appointmentJson("dna-2", "2026-06-15T09:00:00Z", 60, "dna")
                 << appointmentJson("dna-3", "2026-06-22T09:00:00Z", 60, "dna")
                 << appointmentJson("long", "2026-07-02T09:00:00Z", 150, "planned");
    doc.insert(QStringLiteral("appointments"), appointments);
    QJsonArray referrals = doc.value(QStringLiteral("referrals")).toArray();
    referrals << QJsonObject{{QStringLiteral("id"), QStringLiteral("ref-3")},
                             {QStringLiteral("service_user_id"), QStringLiteral("su-2")},
                             {QStringLiteral("contract_id"), QStringLiteral("camden-day")},
                             {QStringLiteral("received_at"), QStringLiteral("2026-06-30T10:00:00Z")},
                             {QStringLiteral("source"), QStringLiteral("gp")},
                             {QStringLiteral("decision"), QStringLiteral("pending")}};
    doc.insert(QStringLiteral("referrals"), referrals);
    write(path("in.json"), QJsonDocument(doc).toJson());
    CliRun imported = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("in.json")});
    ASSERT_EQ(imported.status, 0) << imported.err.toStdString();

    CliRun today = cli({QStringLiteral("--db"), db(), QStringLiteral("today"), QStringLiteral("--at"),
                        QStringLiteral("2026-07-01T09:00:00Z"), QStringLiteral("--staff"),
                        QStringLiteral("kw-1"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(today.status, 0) << today.err.toStdString();
    // ref-2 was accepted without a first contact ever being recorded: it stays overdue.
    const QJsonObject expected = QJsonDocument::fromJson(R"({"at": "2026-07-01T09:00:00Z", "items": [
        {"kind": "first_contact_overdue", "service_user_id": "su-2", "support_period_id": null,
         "referral_id": "ref-2", "due": "2026-05-12T08:15:00Z"},
        {"kind": "dna_withdrawal_review", "service_user_id": "su-1", "support_period_id": "sp-1",
         "referral_id": null, "due": "2026-06-22"},
        {"kind": "weekly_cap_exceeded", "service_user_id": "su-1", "support_period_id": "sp-1",
         "referral_id": null, "due": "2026-06-29"},
        {"kind": "first_contact_due", "service_user_id": "su-2", "support_period_id": null,
         "referral_id": "ref-3", "due": "2026-07-02T10:00:00Z"}]})").object();
    EXPECT_EQ(QJsonDocument::fromJson(today.out.toUtf8()).object(), expected) << today.out.toStdString();

    // A London wall-clock time is the same moment (10:00 BST is 09:00 UTC).
    CliRun local = cli({QStringLiteral("--db"), db(), QStringLiteral("today"), QStringLiteral("--at"),
                        QStringLiteral("2026-07-01 10:00"), QStringLiteral("--staff"), QStringLiteral("kw-1")});
    EXPECT_EQ(QJsonDocument::fromJson(local.out.toUtf8()).object(), expected);
}

TEST_F(Cli, TodayNotesAnUnknownWorkerAndRefusesABadMoment)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    CliRun unknown = cli({QStringLiteral("--db"), db(), QStringLiteral("today"), QStringLiteral("--at"),
                          QStringLiteral("2026-07-01T09:00:00Z"), QStringLiteral("--staff"), QStringLiteral("nobody")});
    // Not an error (the spec lists every referral for any --staff), but said on stderr.
    EXPECT_EQ(unknown.status, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nobody"))) << unknown.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(unknown.out.toUtf8()).isObject());
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("today")}).status, 2);
    CliRun bad = cli({QStringLiteral("--db"), db(), QStringLiteral("today"), QStringLiteral("--at"),
                      QStringLiteral("1 July")});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("1 July"))) << bad.err.toStdString();
}

TEST_F(Cli, PrintWritesTheFormAsAPdfWithItsText)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init"), QStringLiteral("--organisation"),
                   QStringLiteral("Riverside Wellbeing Trust")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);

    const CliRun plan = cli({QStringLiteral("--db"), db(), QStringLiteral("print"), QStringLiteral("plan"),
                             QStringLiteral("--service-user"), QStringLiteral("su-1"), QStringLiteral("--out"), path("plan.pdf")});
    ASSERT_EQ(plan.status, CliApplication::Ok) << plan.err.toStdString();
    const QString text = test::pdfText(path("plan.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Find part-time work"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lexi (Alexandra Tester)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Riverside Wellbeing Trust")));

    const CliRun referral = cli({QStringLiteral("--db"), db(), QStringLiteral("print"), QStringLiteral("referral"),
                                 QStringLiteral("--service-user"), QStringLiteral("su-2"), QStringLiteral("--out"),
                                 path("referral.pdf")});
    ASSERT_EQ(referral.status, CliApplication::Ok) << referral.err.toStdString();
    EXPECT_TRUE(test::pdfText(path("referral.pdf")).contains(QStringLiteral("fully funded by the London Borough of Camden")));
}

TEST_F(Cli, PrintSaysWhatIsMissingOrWrong)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    const QStringList base{QStringLiteral("--db"), db(), QStringLiteral("print")};
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("poster"), QStringLiteral("--service-user"), QStringLiteral("su-1"),
                                     QStringLiteral("--out"), path("x.pdf")}).status,
              CliApplication::UsageError);
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("plan"), QStringLiteral("--out"), path("x.pdf")}).status,
              CliApplication::UsageError);
    const CliRun noPlan = cli(base + QStringList{QStringLiteral("plan"), QStringLiteral("--service-user"), QStringLiteral("su-2"),
                                                 QStringLiteral("--out"), path("x.pdf")});
    EXPECT_EQ(noPlan.status, CliApplication::UserError);
    EXPECT_TRUE(noPlan.err.contains(QStringLiteral("No support plan is written for Bartholomew yet."))) << noPlan.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("x.pdf")));
    const CliRun badPath = cli(base + QStringList{QStringLiteral("referral"), QStringLiteral("--service-user"),
                                                  QStringLiteral("su-2"), QStringLiteral("--out"),
                                                  path("no-such-folder/x.pdf")});
    EXPECT_EQ(badPath.status, CliApplication::UserError);
}

TEST_F(Cli, ReportDistancePrintsTheSpecsJson)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    const CliRun run = cli({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("distance"),
                            QStringLiteral("--contract"), QStringLiteral("camden-day"), QStringLiteral("--from"),
                            QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.status, CliApplication::Ok) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    // Bartholomew's period: mood 3 -> 6, home 5 -> 7; no other area scored twice.
    const QByteArray expected = R"({"contract": "camden-day", "from": "2026-04-01", "to": "2026-06-30",
        "periods": 1, "mean_total_change": 5,
        "areas": [
          {"key": "mood", "name": "Mood and feelings", "periods": 1, "mean_first": 3, "mean_latest": 6, "mean_change": 3},
          {"key": "physical_health", "name": "Body and health", "periods": 0, "mean_first": null, "mean_latest": null, "mean_change": null},
          {"key": "home", "name": "Home", "periods": 1, "mean_first": 5, "mean_latest": 7, "mean_change": 2},
          {"key": "money", "name": "Money", "periods": 0, "mean_first": null, "mean_latest": null, "mean_change": null},
          {"key": "daily_living", "name": "Running your week", "periods": 0, "mean_first": null, "mean_latest": null, "mean_change": null},
          {"key": "connections", "name": "People around you", "periods": 0, "mean_first": null, "mean_latest": null, "mean_change": null},
          {"key": "purpose", "name": "Things that matter to you", "periods": 0, "mean_first": null, "mean_latest": null, "mean_change": null},
          {"key": "safety", "name": "Feeling safe", "periods": 0, "mean_first": null, "mean_latest": null, "mean_change": null}]})";
    QJsonParseError error;
    const QJsonDocument got = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_EQ(got.object(), QJsonDocument::fromJson(expected).object()) << run.out.toStdString();
    // The keys come in the spec's order.
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("{\n  \"contract\": \"camden-day\",\n  \"from\": \"2026-04-01\",\n  \"to\": "
                                                  "\"2026-06-30\",\n  \"periods\": 1,\n  \"mean_total_change\": 5,\n  \"areas\": [\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("{\"key\": \"mood\", \"name\": \"Mood and feelings\", \"periods\": 1, \"mean_first\": 3, "
                                                "\"mean_latest\": 6, \"mean_change\": 3}")))
        << run.out.toStdString();

    // Before Bartholomew's second star, nothing to average.
    const CliRun early = cli({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("distance"),
                              QStringLiteral("--contract"), QStringLiteral("camden-day"), QStringLiteral("--to"),
                              QStringLiteral("2026-06-18")});
    ASSERT_EQ(early.status, CliApplication::Ok);
    const QJsonObject none = QJsonDocument::fromJson(early.out.toUtf8()).object();
    EXPECT_EQ(none.value(QStringLiteral("periods")).toInt(), 0);
    EXPECT_TRUE(none.value(QStringLiteral("mean_total_change")).isNull());
    EXPECT_TRUE(none.value(QStringLiteral("from")).isNull());
}

TEST_F(Cli, ReportDistanceRefusesWhatItCannotAnswer)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    const QStringList base{QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("distance")};
    EXPECT_EQ(cli(base).status, CliApplication::UsageError);
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--contract"), QStringLiteral("camden-day"), QStringLiteral("--from"),
                                     QStringLiteral("1 April")}).status,
              CliApplication::UsageError);
    const CliRun unknown = cli(base + QStringList{QStringLiteral("--contract"), QStringLiteral("nowhere")});
    EXPECT_EQ(unknown.status, CliApplication::UserError);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("There is no contract with the code nowhere."))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.out.isEmpty());
}

namespace {

// The small caseload with what the edges of a return need: an attended Camden appointment at
// 23:30 UTC on 30 June (1 July in London), another on 1 June, a Thurrock period that was
// deleted and a person whose record was deleted (a tombstone never counts).
QJsonObject caseloadForReturns()
{
    QJsonObject d = test::smallCaseload();
    QJsonArray appointments = d.value(QStringLiteral("appointments")).toArray();
    for (const auto& [id, at, minutes] : {std::tuple{"ap-3", "2026-06-30T23:30:00Z", 60}, std::tuple{"ap-4", "2026-06-01T10:00:00Z", 45}})
        appointments << QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                    {QStringLiteral("support_period_id"), QStringLiteral("sp-2")},
                                    {QStringLiteral("staff_id"), QStringLiteral("kw-1")},
                                    {QStringLiteral("starts_at"), QString::fromLatin1(at)},
                                    {QStringLiteral("duration_minutes"), minutes},
                                    {QStringLiteral("kind"), QStringLiteral("office")},
                                    {QStringLiteral("status"), QStringLiteral("attended")}};
    d.insert(QStringLiteral("appointments"), appointments);
    QJsonArray people = d.value(QStringLiteral("service_users")).toArray();
    people << QJsonObject{{QStringLiteral("id"), QStringLiteral("su-3")},
                          {QStringLiteral("given_name"), QStringLiteral("Deleted")},
                          {QStringLiteral("family_name"), QStringLiteral("Period")},
                          {QStringLiteral("gp_registered"), QStringLiteral("no")}};
    d.insert(QStringLiteral("service_users"), people);
    QJsonArray periods = d.value(QStringLiteral("support_periods")).toArray();
    periods << QJsonObject{{QStringLiteral("id"), QStringLiteral("sp-3")},
                           {QStringLiteral("service_user_id"), QStringLiteral("su-3")},
                           {QStringLiteral("contract_id"), QStringLiteral("thurrock-fs")},
                           {QStringLiteral("start_date"), QStringLiteral("2026-05-01")}};
    // su-4's own record is deleted: neither the person nor their period counts.
    people << QJsonObject{{QStringLiteral("id"), QStringLiteral("su-4")},
                          {QStringLiteral("given_name"), QStringLiteral("Deleted")},
                          {QStringLiteral("family_name"), QStringLiteral("Person")},
                          {QStringLiteral("gp_registered"), QStringLiteral("no")}};
    d.insert(QStringLiteral("service_users"), people);
    periods << QJsonObject{{QStringLiteral("id"), QStringLiteral("sp-4")},
                           {QStringLiteral("service_user_id"), QStringLiteral("su-4")},
                           {QStringLiteral("contract_id"), QStringLiteral("thurrock-fs")},
                           {QStringLiteral("start_date"), QStringLiteral("2026-05-01")}};
    d.insert(QStringLiteral("support_periods"), periods);
    return d;
}

QStringList reportArgs(const QString& db, const char* what, const char* contract, const char* from, const char* to)
{
    return {QStringLiteral("--db"),       db,
            QStringLiteral("report"),     QString::fromLatin1(what),
            QStringLiteral("--contract"), QString::fromLatin1(contract),
            QStringLiteral("--from"),     QString::fromLatin1(from),
            QStringLiteral("--to"),       QString::fromLatin1(to)};
}

} // namespace

class CliReturns : public Cli {
protected:
    void SetUp() override
    {
        Cli::SetUp();
        ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
        write(path("returns.json"), QJsonDocument(caseloadForReturns()).toJson());
        const CliRun imported = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("returns.json")});
        ASSERT_EQ(imported.status, CliApplication::Ok) << imported.err.toStdString();
        std::unique_ptr<Database> opened = openDb();
        ASSERT_TRUE(opened);
        ASSERT_TRUE(QSqlQuery(opened->connection()).exec(QStringLiteral("UPDATE support_periods SET deleted = 1 WHERE id = 'sp-3'")));
        ASSERT_TRUE(QSqlQuery(opened->connection()).exec(QStringLiteral("UPDATE service_users SET deleted = 1 WHERE id = 'su-4'")));
    }
};

TEST_F(CliReturns, KpiJsonIsTheSpecsObjectToTheUnit)
{
    // Thurrock, April to June: Lexi only (sp-3 is deleted). GP yes; admitted 1 May, discharged
    // 9 May: 8 nights; council tenancy, still in support; referred 1 April 10:00, first contact
    // 25.5 hours later. No leavers, so the outcome and move-on percents have no denominator.
    const CliRun run = cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "2026-06-30"));
    ASSERT_EQ(run.status, CliApplication::Ok) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const char* expected = R"json({
  "contract": "thurrock-fs",
  "kpi_set": "thurrock-floating-support",
  "from": "2026-04-01",
  "to": "2026-06-30",
  "service_users": 1,
  "kpis": [
    {"id": "paid_work", "label": "Obtained paid work", "numerator": 0, "denominator": 0, "value": null, "unit": "percent", "target": null, "met": null},
    {"id": "training_education", "label": "Participating in training or education", "numerator": 0, "denominator": 0, "value": null, "unit": "percent", "target": null, "met": null},
    {"id": "meaningful_occupation", "label": "Paid work or training/education (combined)", "numerator": 0, "denominator": 0, "value": null, "unit": "percent", "target": 90, "met": null},
    {"id": "gp_registered", "label": "Registered with a GP", "numerator": 1, "denominator": 1, "value": 100, "unit": "percent", "target": 100, "met": true},
    {"id": "hospital_admissions", "label": "Admitted to hospital", "numerator": 1, "denominator": 1, "value": 100, "unit": "percent", "target": null, "met": null},
    {"id": "hospital_days", "label": "Days in hospital", "numerator": null, "denominator": null, "value": 8, "unit": "days", "target": null, "met": null},
    {"id": "maintained_independence", "label": "Maintained independent living (KPI 1)", "numerator": 1, "denominator": 1, "value": 100, "unit": "percent", "target": 85, "met": true},
    {"id": "planned_move_on", "label": "Planned move-on (KPI 2)", "numerator": 0, "denominator": 0, "value": null, "unit": "percent", "target": 80, "met": null},
    {"id": "first_contact_48h", "label": "Contacted within 48 hours of referral", "numerator": 1, "denominator": 1, "value": 100, "unit": "percent", "target": 100, "met": true}
  ]
}
)json";
    EXPECT_EQ(run.out, QString::fromUtf8(expected));
}

TEST_F(CliReturns, CamdenKpisCountTheLondonDate)
{
    // Bartholomew, 12 May to 20 June, referred by a CMHT, CPA not recorded. Attended 45 minutes
    // on 1 June; the hour at 23:30 UTC on 30 June is 1 July in London, so not this quarter.
    // Tuesday walk: befriending, led by a peer, 120 minutes. Star: mood 3 -> 6, home 5 -> 7.
    const CliRun run = cli(reportArgs(db(), "kpi", "camden-day", "2026-04-01", "2026-06-30"));
    ASSERT_EQ(run.status, CliApplication::Ok) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("service_users")).toInt(), 1);
    QHash<QString, QJsonObject> kpis;
    for (const QJsonValue& k : json.value(QStringLiteral("kpis")).toArray())
        kpis.insert(k.toObject().value(QStringLiteral("id")).toString(), k.toObject());
    ASSERT_EQ(kpis.size(), 12);
    EXPECT_EQ(kpis.value(QStringLiteral("enhanced_cpa")).value(QStringLiteral("value")).toDouble(), 0.0);
    EXPECT_EQ(kpis.value(QStringLiteral("enhanced_cpa")).value(QStringLiteral("met")), QJsonValue(false));
    EXPECT_EQ(kpis.value(QStringLiteral("cmht_referrals")).value(QStringLiteral("value")).toDouble(), 100.0);
    EXPECT_EQ(kpis.value(QStringLiteral("contact_hours")).value(QStringLiteral("value")).toDouble(), 0.8);
    EXPECT_EQ(kpis.value(QStringLiteral("new_service_users")).value(QStringLiteral("value")).toDouble(), 1.0);
    EXPECT_EQ(kpis.value(QStringLiteral("peer_led_hours")).value(QStringLiteral("value")).toDouble(), 2.0);
    EXPECT_EQ(kpis.value(QStringLiteral("befriending_participants")).value(QStringLiteral("value")).toDouble(), 1.0);
    EXPECT_EQ(kpis.value(QStringLiteral("star_mean_distance")).value(QStringLiteral("value")).toDouble(), 5.0);
    EXPECT_EQ(kpis.value(QStringLiteral("star_mean_distance")).value(QStringLiteral("denominator")).toInt(), 1);

    // July to September: the 23:30 appointment counts, though the period ended in June.
    const CliRun next = cli(reportArgs(db(), "kpi", "camden-day", "2026-07-01", "2026-09-30"));
    const QJsonObject later = QJsonDocument::fromJson(next.out.toUtf8()).object();
    EXPECT_EQ(later.value(QStringLiteral("service_users")).toInt(), 0);
    for (const QJsonValue& k : later.value(QStringLiteral("kpis")).toArray())
        if (k.toObject().value(QStringLiteral("id")) == QStringLiteral("contact_hours")) {
            EXPECT_EQ(k.toObject().value(QStringLiteral("value")).toDouble(), 1.0);
        }
}

TEST_F(CliReturns, OutputsHideGroupsOfFewerThanFive)
{
    const CliRun run = cli(reportArgs(db(), "outputs", "camden-day", "2026-04-01", "2026-06-30")
                           + QStringList{QStringLiteral("--by"), QStringLiteral("gender")});
    ASSERT_EQ(run.status, CliApplication::Ok) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("by")).toString(), QStringLiteral("gender"));
    QHash<QString, QJsonObject> groups;
    for (const QJsonValue& g : json.value(QStringLiteral("groups")).toArray())
        groups.insert(g.toObject().value(QStringLiteral("group")).toString(), g.toObject());
    // Bartholomew is male: one person, so "<5"; an empty group is 0; "not recorded" is there.
    EXPECT_EQ(groups.value(QStringLiteral("male")).value(QStringLiteral("service_users")).toString(), QStringLiteral("<5"));
    EXPECT_EQ(groups.value(QStringLiteral("male")).value(QStringLiteral("contact_hours")).toString(), QStringLiteral("<5"));
    EXPECT_EQ(groups.value(QStringLiteral("female")).value(QStringLiteral("service_users")).toDouble(), 0.0);
    EXPECT_TRUE(groups.contains(QStringLiteral("not_recorded")));
    EXPECT_EQ(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("service_users")).toString(), QStringLiteral("<5"));

    EXPECT_EQ(cli(reportArgs(db(), "outputs", "camden-day", "2026-04-01", "2026-06-30")
                  + QStringList{QStringLiteral("--by"), QStringLiteral("shoe_size")}).status,
              CliApplication::UsageError);
}

TEST_F(CliReturns, KpiAsCsvXlsxAndPdf)
{
    const CliRun csv = cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "2026-06-30")
                           + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.status, CliApplication::Ok) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 10); // header and nine KPIs
    EXPECT_EQ(lines.at(0), QStringLiteral("\"Figure\",\"Numerator\",\"Denominator\",\"Value\",\"Unit\",\"Target\",\"Target met\""));
    EXPECT_EQ(lines.at(4), QStringLiteral("\"Registered with a GP [4]\",\"1\",\"1\",\"100.0\",\"percent\",\"100\",\"Met\""));
    EXPECT_EQ(lines.at(6), QStringLiteral("\"Days in hospital [6]\",\"\",\"\",\"8\",\"days\",\"\",\"No target\""));

    const CliRun xlsx = cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "2026-06-30")
                            + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), path("return.xlsx")});
    ASSERT_EQ(xlsx.status, CliApplication::Ok) << xlsx.err.toStdString();
    EXPECT_TRUE(xlsx.out.isEmpty()); // standard output carries reports only
    QFile workbook(path("return.xlsx"));
    ASSERT_TRUE(workbook.open(QIODevice::ReadOnly));
    const QByteArray bytes = workbook.readAll();
    EXPECT_TRUE(bytes.startsWith("PK")); // a zip, as every .xlsx is
    EXPECT_FALSE(QFile::exists(path("return.xlsx.part")));

    const CliRun pdf = cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "2026-06-30")
                           + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path("return.pdf")});
    ASSERT_EQ(pdf.status, CliApplication::Ok) << pdf.err.toStdString();
    const QString text = test::pdfText(path("return.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Quarterly return"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Registered with a GP")));
    EXPECT_TRUE(text.contains(QStringLiteral("Apr to Jun 2026")));

    // XLSX and PDF are files, never standard output.
    EXPECT_EQ(cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "2026-06-30")
                  + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}).status,
              CliApplication::UsageError);
}

TEST_F(CliReturns, KpiRefusesWhatItCannotAnswer)
{
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--contract"),
                   QStringLiteral("thurrock-fs")}).status,
              CliApplication::UsageError);
    EXPECT_EQ(cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "30/06/2026")).status, CliApplication::UsageError);
    const CliRun backwards = cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-06-30", "2026-04-01"));
    EXPECT_EQ(backwards.status, CliApplication::UsageError);
    EXPECT_TRUE(backwards.err.contains(QStringLiteral("is after --to"))) << backwards.err.toStdString();
    EXPECT_EQ(cli(reportArgs(db(), "kpi", "thurrock-fs", "2026-04-01", "2026-06-30")
                  + QStringList{QStringLiteral("--staff"), QStringLiteral("kw-1")}).status,
              CliApplication::UsageError);
    const CliRun unknown = cli(reportArgs(db(), "kpi", "nowhere", "2026-04-01", "2026-06-30"));
    EXPECT_EQ(unknown.status, CliApplication::UserError);
    EXPECT_TRUE(unknown.out.isEmpty());
}

TEST_F(Cli, AnEncryptedDatabaseAndItsBackupShowNoNames)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    EXPECT_TRUE(QFile::exists(KeyRing::pathFor(db())));
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    const CliRun backup = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), path("copy.db")});
    ASSERT_EQ(backup.status, CliApplication::Ok) << backup.err.toStdString();
    EXPECT_TRUE(QFile::exists(KeyRing::pathFor(path("copy.db"))));
    for (const QString& file : {db(), db() + QStringLiteral("-wal"), path("copy.db")})
        for (const QByteArray& name : {QByteArray("Alexandra"), QByteArray("Tester"), QByteArray("Bartholomew"),
                                       QByteArray("Regent's Park")})
            EXPECT_FALSE(fileContains(file, name)) << file.toStdString() << " shows " << name.toStdString();
    // The backup opens with the same passphrase and holds the same people.
    const CliRun check = cli({QStringLiteral("--db"), path("copy.db"), QStringLiteral("check")});
    EXPECT_EQ(check.status, CliApplication::Ok) << check.err.toStdString();
    const CliRun exported = cli({QStringLiteral("--db"), path("copy.db"), QStringLiteral("export"), path("out.json")});
    ASSERT_EQ(exported.status, CliApplication::Ok) << exported.err.toStdString();
    EXPECT_TRUE(fileContains(path("out.json"), "Alexandra"));
}

TEST_F(Cli, AWrongPassphraseSaysSoAndNothingElse)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    const QByteArray before = fingerprint(db());
    qputenv("WAYMARK_PASSPHRASE", "not the right passphrase");
    const CliRun wrong = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    EXPECT_EQ(wrong.status, CliApplication::UserError);
    EXPECT_EQ(wrong.err, QStringLiteral("The name or passphrase is not right.\n"));
    EXPECT_TRUE(wrong.out.isEmpty());
    // An unknown name gets the same words: neither gives the other away.
    qputenv("WAYMARK_PASSPHRASE", TestPassphrase);
    const CliRun stranger = cli({QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("check")});
    EXPECT_EQ(stranger.err, wrong.err);
    qunsetenv("WAYMARK_PASSPHRASE");
    const CliRun none = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    EXPECT_EQ(none.status, CliApplication::UserError);
    EXPECT_TRUE(none.err.contains(QStringLiteral("is encrypted: give the passphrase"))) << none.err.toStdString();
    EXPECT_EQ(fingerprint(db()), before);
    // A passphrase file's line end is not part of the passphrase.
    write(path("pass.txt"), TestPassphrase + "\n");
    const CliRun fromFile = cli({QStringLiteral("--db"), db(), QStringLiteral("--passphrase-file"), path("pass.txt"), QStringLiteral("check")});
    EXPECT_EQ(fromFile.status, CliApplication::Ok) << fromFile.err.toStdString();
}

TEST_F(Cli, InitNeedsTheAdministratorsPassphraseAndAGoodOne)
{
    qunsetenv("WAYMARK_PASSPHRASE");
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::UsageError);
    EXPECT_FALSE(QFile::exists(db()));
    qputenv("WAYMARK_PASSPHRASE", "short");
    const CliRun weak = cli({QStringLiteral("--db"), db(), QStringLiteral("init")});
    EXPECT_EQ(weak.status, CliApplication::UserError);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("at least 12 characters"))) << weak.err.toStdString();
    qputenv("WAYMARK_PASSPHRASE", "password1234");
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::UserError);
    EXPECT_FALSE(QFile::exists(db()));
    EXPECT_FALSE(QFile::exists(KeyRing::pathFor(db())));
    // Named at init, the administrator is who signs in when no --user is given.
    qputenv("WAYMARK_PASSPHRASE", TestPassphrase);
    const CliRun named = cli({QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("init")});
    ASSERT_EQ(named.status, CliApplication::Ok) << named.err.toStdString();
    EXPECT_TRUE(named.out.contains(QStringLiteral("signs in as \"ana\""))) << named.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).status, CliApplication::Ok);
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("ANA"), QStringLiteral("check")}).status,
              CliApplication::Ok);
}

TEST_F(Cli, ADamagedEncryptedFileFailsLoudlyRatherThanExportingPart)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    {
        QFile file(db());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        ASSERT_GT(size, 8192);
        // Scramble the back half of the file (every page there fails its check).
        file.seek(size / 2);
        file.write(QByteArray(int(size / 2), '\x55'));
    }
    const CliRun exported = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), path("out.json")});
    EXPECT_EQ(exported.status, CliApplication::UserError) << exported.out.toStdString();
    EXPECT_FALSE(QFile::exists(path("out.json")));
    EXPECT_NE(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).status, CliApplication::Ok);
}

TEST_F(Cli, PrintsAndExportsAreInTheAuditTrailAndTheSubjectAccessExport)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("print"), QStringLiteral("plan"), QStringLiteral("--service-user"),
                   QStringLiteral("su-1"), QStringLiteral("--out"), path("plan.pdf")})
                  .status,
              CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("export"), path("sar.json"), QStringLiteral("--service-user"),
                   QStringLiteral("su-1")})
                  .status,
              CliApplication::Ok);
    // The second export shows the print and the first export, by the administrator.
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("export"), path("sar2.json"), QStringLiteral("--service-user"),
                   QStringLiteral("su-1")})
                  .status,
              CliApplication::Ok);
    QFile file(path("sar2.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray log = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("x_access_log")).toArray();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("printed"));
    EXPECT_EQ(log.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("exported"));
    EXPECT_EQ(log.at(1).toObject().value(QStringLiteral("by")).toString(), QStringLiteral("admin"));
    // And the trail holds together.
    const CliRun check = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    EXPECT_EQ(check.status, CliApplication::Ok) << check.err.toStdString() << check.out.toStdString();
}

TEST_F(Cli, RestoreBringsABackupBackAndKeepsWhatWasThere)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), path("monday.db")}).status, CliApplication::Ok);
    // After the backup, Lexi's preferred name changes.
    QJsonObject changed = test::smallCaseload();
    test::setAt(changed, QStringLiteral("service_users[0].preferred_name"), QStringLiteral("Alex"));
    write(path("changed.json"), QJsonDocument(changed).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("changed.json")}).status, CliApplication::Ok);

    const CliRun restored = cli({QStringLiteral("--db"), db(), QStringLiteral("restore"), path("monday.db")});
    ASSERT_EQ(restored.status, CliApplication::Ok) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("as it was is kept at"))) << restored.out.toStdString();
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("export"), path("now.json")}).status, CliApplication::Ok);
    QFile now(path("now.json"));
    ASSERT_TRUE(now.open(QIODevice::ReadOnly));
    const QJsonObject people = QJsonDocument::fromJson(now.readAll()).object();
    EXPECT_EQ(people.value(QStringLiteral("service_users")).toArray().at(0).toObject().value(QStringLiteral("preferred_name")).toString(),
              QStringLiteral("Lexi"));
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).status, CliApplication::Ok);
    EXPECT_FALSE(QFile::exists(db() + QStringLiteral(".restoring")));
}

TEST_F(Cli, ADamagedBackupIsNotRestoredAndTheDatabaseIsUntouched)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    write(path("small.json"), QJsonDocument(test::smallCaseload()).toJson());
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("small.json")}).status, CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), path("copy.db")}).status, CliApplication::Ok);
    {
        QFile file(path("copy.db"));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(int(file.size() / 2), '\x55'));
    }
    const QByteArray before = fingerprint(db());
    const QByteArray backupBefore = fingerprint(path("copy.db"));
    const CliRun restored = cli({QStringLiteral("--db"), db(), QStringLiteral("restore"), path("copy.db")});
    EXPECT_EQ(restored.status, CliApplication::UserError);
    EXPECT_EQ(fingerprint(db()), before);
    EXPECT_EQ(fingerprint(path("copy.db")), backupBefore);
    EXPECT_FALSE(QFile::exists(db() + QStringLiteral(".restoring")));
    EXPECT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("restore"), path("nothing.db")}).status, CliApplication::UserError);
}

TEST_F(Cli, RestoreRefusesWhileTheDatabaseIsInUse)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, CliApplication::Ok);
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), path("copy.db")}).status, CliApplication::Ok);
    std::unique_ptr<Database> inUse = openDb();
    ASSERT_TRUE(inUse);
    QSqlQuery reading(inUse->connection());
    ASSERT_TRUE(reading.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(reading.exec(QStringLiteral("SELECT count(*) FROM contracts")));
    ASSERT_TRUE(reading.next());
    const CliRun restored = cli({QStringLiteral("--db"), db(), QStringLiteral("restore"), path("copy.db")});
    EXPECT_EQ(restored.status, CliApplication::UserError);
    EXPECT_TRUE(restored.err.contains(QStringLiteral("in use by another program"))) << restored.err.toStdString();
    EXPECT_FALSE(QFile::exists(db() + QStringLiteral(".restoring")));
    reading.exec(QStringLiteral("ROLLBACK"));
}

TEST_F(Cli, ACaseloadSpreadsheetIsBroughtInThroughItsMappingAndABadRowIsNamed)
{
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).status, 0);
    write(path("staff.json"), R"({"format": "waymark", "version": 1, "staff": [
        {"id": "kw-sam", "name": "Sam Patel", "role": "key_worker", "active": true}]})");
    ASSERT_EQ(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("staff.json")}).status, 0);
    // As Excel saves "CSV" in the UK: windows-1252 (Zoë's ë is one byte), semicolons here.
    write(path("caseload.csv"), "Ref;Forename;Surname;Born;Worker;Started;How referred\r\n"
                                "A1;Zo\xEB;Nowak;14/03/1980;Sam Patel;05/01/2026;Self\r\n"
                                "A2;Amir;Haddad;01/05/1975;Sam Patel;06/01/2026;Community mental health team\r\n");
    write(path("map.json"), R"({"contract": "camden-day", "columns": {
        "reference": "Ref", "given_name": "Forename", "family_name": "Surname", "date_of_birth": "Born",
        "key_worker": "Worker", "start_date": "Started", "referral_source": "How referred"},
        "values": {"referral_source": {"Community mental health team": "cmht"}}})");
    CliRun run = cli({QStringLiteral("--db"), db(), QStringLiteral("import-sheet"), path("caseload.csv"),
                      QStringLiteral("--mapping"), path("map.json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 people, 2 referrals and 2 support periods from 2 rows")))
        << run.out.toStdString();
    auto database = openDb();
    ASSERT_TRUE(database);
    QSqlQuery q(database->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT given_name FROM service_users WHERE family_name = 'Nowak'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Zoë"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT source FROM referrals ORDER BY source")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("cmht"));
    database.reset();

    write(path("more.csv"), "Ref;Forename;Surname;Born;Worker;Started;How referred\r\n"
                            "A3;Lena;Berg;30/02/1990;Sam Patel;05/01/2026;Self\r\n");
    CliRun bad = cli({QStringLiteral("--db"), db(), QStringLiteral("import-sheet"), path("more.csv"),
                      QStringLiteral("--mapping"), path("map.json")});
    EXPECT_EQ(bad.status, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("more.csv was not imported: 1 problem was found")))
        << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("row 2, “Born” (column D): “30/02/1990” is not a date that exists")))
        << bad.err.toStdString();

    CliRun noMapping = cli({QStringLiteral("--db"), db(), QStringLiteral("import-sheet"), path("more.csv")});
    EXPECT_EQ(noMapping.status, 2);
}
