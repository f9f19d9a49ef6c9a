#include "app/cli/CliApplication.h"

#include "core/documents/FormContent.h"
#include "core/documents/PrintedForms.h"
#include "core/documents/SubjectAccessReport.h"
#include "core/domain/Clock.h"
#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/interchange/CsvTableWriter.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/interchange/SheetFile.h"
#include "core/interchange/SheetImport.h"
#include "core/interchange/SheetMapping.h"
#include "core/interchange/TodayJson.h"
#include "core/reports/DistanceReport.h"
#include "core/reports/KpiReport.h"
#include "core/reports/OutputsReport.h"
#include "core/reports/ReturnTable.h"
#include "core/rules/AccessPolicy.h"
#include "core/rules/TodayList.h"
#include "core/services/AccessService.h"
#include "core/services/AccountService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/SyncService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptedDatabase.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Repositories.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/SyncJournal.h"
#include "ui/FormPrinter.h"
#include "ui/ReturnFiles.h"

#include <QDir>
#include <cstdio>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace waymark {

namespace {

// Options each command takes, and whether they carry a value.
const QHash<QString, QStringList>& commandOptions()
{
    static const QHash<QString, QStringList> options = {
        {QStringLiteral("init"), {QStringLiteral("--organisation")}},
        {QStringLiteral("demo"), {QStringLiteral("--people"), QStringLiteral("--seed"), QStringLiteral("--as-of")}},
        {QStringLiteral("import"), {}},
        {QStringLiteral("import-sheet"), {QStringLiteral("--mapping"), QStringLiteral("--sheet")}},
        {QStringLiteral("export"), {QStringLiteral("--service-user")}},
        {QStringLiteral("backup"), {}},
        {QStringLiteral("restore"), {}},
        {QStringLiteral("check"), {}},
        {QStringLiteral("sync"), {QStringLiteral("--server")}},
        {QStringLiteral("today"), {QStringLiteral("--at"), QStringLiteral("--staff"), QStringLiteral("--format")}},
        {QStringLiteral("print"),
         {QStringLiteral("--service-user"), QStringLiteral("--out"), QStringLiteral("--language"),
          QStringLiteral("--large-print")}},
        {QStringLiteral("encrypt"), {}},
        {QStringLiteral("account"),
         {QStringLiteral("--staff"), QStringLiteral("--new-passphrase-file"), QStringLiteral("--administrator")}},
        {QStringLiteral("report"),
         {QStringLiteral("--contract"), QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--format"),
          QStringLiteral("--out"), QStringLiteral("--staff"), QStringLiteral("--by")}},
    };
    return options;
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("waymark.db"));
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApplication::helpText() const
{
    return QObject::tr(
               "Usage: waymark-cli [--db PATH|URL] [--user NAME] [--passphrase-file FILE] <command> [options]\n"
               "\n"
               "Commands:\n"
               "  init [--organisation NAME]      create a database with the two seed contracts and\n"
               "                                  the Waymark wellbeing star (running it again changes\n"
               "                                  nothing)\n"
               "  demo [--people N] [--seed S] [--as-of DATE]\n"
               "                                  fill it with a fictional, deterministic caseload\n"
               "  import FILE.json                import an interchange file, all or nothing\n"
               "  import-sheet FILE.csv|FILE.xlsx --mapping MAP.json [--sheet NAME]\n"
               "                                  bring a caseload spreadsheet in, all or nothing: each\n"
               "                                  row a person with their referral and support period,\n"
               "                                  columns and values mapped by MAP.json (see README)\n"
               "  export FILE.json [--service-user ID]\n"
               "                                  export the whole database, or one person's record\n"
               "                                  (a subject access request)\n"
               "  backup FILE                     a consistent copy of the database, checked after\n"
               "                                  writing (encrypted, with its keys beside it)\n"
               "  restore FILE                    put a backup back in place of the database (the\n"
               "                                  database as it was is kept beside it first)\n"
               "  check                           check the database file for damage\n"
               "  sync [--server URL]             send this laptop's changes to the team server and bring\n"
               "                                  back everyone else's (for the people its accounts may\n"
               "                                  see); URL like postgresql://USER@HOST/DATABASE, needed\n"
               "                                  the first time only; conflicts wait for a person to\n"
               "                                  choose in the app (the status bar's conflicts button)\n"
               "  today --at DATETIME [--staff ID] [--format json|text]\n"
               "                                  what needs attention at that moment, for everyone\n"
               "                                  or one key worker (DATETIME like\n"
               "                                  2026-07-01T09:00:00Z, or London time 2026-07-01 10:00)\n"
               "  report kpi --contract CODE --from DATE --to DATE [--format json|csv|xlsx|pdf]\n"
               "             [--out FILE]        the contract's return for the period (DATE like\n"
               "                                  2026-06-30): every KPI of its set; JSON and CSV go to\n"
               "                                  standard output without --out, XLSX and PDF need it\n"
               "  report outputs --contract CODE --from DATE --to DATE [--by gender|age_band|ethnicity]\n"
               "             [--format json|csv|xlsx|pdf] [--out FILE]\n"
               "                                  management information: service users, new service\n"
               "                                  users, contact hours and sessions attended per group\n"
               "                                  (groups of fewer than 5 people shown as \"<5\")\n"
               "  report distance --contract CODE [--from DATE] [--to DATE] [--staff ID]\n"
               "                                  the caseload's distance travelled on the Outcome\n"
               "                                  Star as JSON (DATE like 2026-06-30; --to defaults to\n"
               "                                  today; --staff: one key worker's periods)\n"
               "  print plan|risk|referral|letter|star|complaints --service-user ID --out FILE.pdf\n"
               "        [--language en|pl|bn|person] [--large-print yes|no]\n"
               "                                  an A4 form as PDF: the current support plan, the\n"
               "                                  latest risk assessment or referral, a letter about\n"
               "                                  the next appointment booked, the Outcome Star, or\n"
               "                                  the complaints procedure; in English unless\n"
               "                                  --language says (person: their first language)\n"
               "  encrypt                         encrypt a plain database where it is (one made before\n"
               "                                  Waymark encrypted), with --user NAME (default admin)\n"
               "                                  as its administrator and the passphrase as for init\n"
               "  account list                    who may sign in to an encrypted database or a team\n"
               "                                  server\n"
               "  account add NAME --new-passphrase-file FILE [--staff ID] [--administrator yes]\n"
               "                                  a sign-in for a member of staff (their role comes\n"
               "                                  from their staff record); the same NAME again sets a\n"
               "                                  new passphrase. On a team server, without the\n"
               "                                  passphrase: gives the server's own sign-in NAME (made\n"
               "                                  by createuser) to the member of staff\n"
               "  account remove NAME             nobody signs in as NAME any more\n"
               "\n"
               "--db PATH   the database file (default: %1), or a team server:\n"
               "            postgresql://USER@HOST[:PORT]/DATABASE (its password from PGPASSWORD or ~/.pgpass)\n"
               "--user NAME, --passphrase-file FILE\n"
               "            who signs in to an encrypted database (default: its administrator) and the\n"
               "            file holding their passphrase (or set WAYMARK_PASSPHRASE). init makes a new\n"
               "            database encrypted, with NAME (default admin) as its administrator.\n"
               "Exit status: 0 done, 1 an error you can fix (see the message), 2 wrong usage.\n")
        .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

int CliApplication::usage(const QString& problem)
{
    m_err << "waymark-cli: " << problem << "\n"
          << QObject::tr("Run \"waymark-cli --help\" for the commands.") << "\n";
    m_err.flush();
    return UsageError;
}

int CliApplication::fail(const QString& message, const QStringList& details)
{
    m_err << message << "\n";
    for (const QString& line : details)
        m_err << "  " << line << "\n";
    m_err.flush();
    return UserError;
}

int CliApplication::run(const QStringList& arguments)
{
    Invocation call;
    QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(QObject::tr("no command given"));

    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << helpText();
            m_out.flush();
            return Ok;
        }
        auto takeValue = [&](QString& into) {
            if (i + 1 >= args.size())
                return false;
            into = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--db")) {
            if (!takeValue(call.databasePath) || call.databasePath.isEmpty())
                return usage(QObject::tr("--db needs a file path"));
            continue;
        }
        if (arg.startsWith(QLatin1String("--db="))) {
            call.databasePath = arg.mid(5);
            continue;
        }
        if (arg == QLatin1String("--passphrase-file")) {
            if (!takeValue(call.passphraseFile) || call.passphraseFile.isEmpty())
                return usage(QObject::tr("--passphrase-file needs a file"));
            continue;
        }
        if (arg == QLatin1String("--user")) {
            if (!takeValue(call.user) || call.user.isEmpty())
                return usage(QObject::tr("--user needs a name"));
            continue;
        }
        if (call.command.isEmpty()) {
            if (arg.startsWith(QLatin1String("-")))
                return usage(QObject::tr("unknown option %1").arg(arg));
            call.command = arg;
            if (!commandOptions().contains(call.command))
                return usage(QObject::tr("unknown command \"%1\"").arg(call.command));
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            if (!commandOptions().value(call.command).contains(arg))
                return usage(QObject::tr("%1 does not take %2").arg(call.command, arg));
            QString value;
            if (!takeValue(value))
                return usage(QObject::tr("%1 needs a value").arg(arg));
            call.options.insert(arg, value);
            continue;
        }
        call.positional << arg;
    }
    if (call.command.isEmpty())
        return usage(QObject::tr("no command given"));
    if (call.databasePath.isEmpty())
        call.databasePath = defaultDatabasePath();

    if (call.command == QLatin1String("init"))
        return runInit(call);
    if (call.command == QLatin1String("demo"))
        return runDemo(call);
    if (call.command == QLatin1String("import"))
        return runImport(call);
    if (call.command == QLatin1String("import-sheet"))
        return runImportSheet(call);
    if (call.command == QLatin1String("export"))
        return runExport(call);
    if (call.command == QLatin1String("backup"))
        return runBackup(call);
    if (call.command == QLatin1String("restore"))
        return runRestore(call);
    if (call.command == QLatin1String("today"))
        return runToday(call);
    if (call.command == QLatin1String("print"))
        return runPrint(call);
    if (call.command == QLatin1String("report"))
        return runReport(call);
    if (call.command == QLatin1String("account"))
        return runAccount(call);
    if (call.command == QLatin1String("encrypt"))
        return runEncrypt(call);
    if (call.command == QLatin1String("sync"))
        return runSync(call);
    return runCheck(call);
}

int CliApplication::runInit(const Invocation& call)
{
    if (!call.positional.isEmpty())
        return usage(QObject::tr("init takes no file name; use --db PATH"));
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    // A team server's database is made by its administrator on the server (CREATE DATABASE);
    // init gives it Waymark's schema and the seed contracts. The server's own sign-in guards it.
    if (ServerAddress::isServerUrl(call.databasePath)) {
        auto database = Database::open(call.databasePath, options);
        if (!database)
            return fail(database.error().message);
        return initialise(call, *database.value(), false);
    }
    const QFileInfo file(call.databasePath);
    const bool exists = file.exists() && file.size() > 0;
    if (!exists) {
        // A new database is encrypted, with its administrator's account.
        Result<QString> passphrase = readPassphrase(call);
        if (!passphrase)
            return usage(QObject::tr("init makes an encrypted database: give its administrator's passphrase with "
                                     "--passphrase-file FILE or the WAYMARK_PASSPHRASE environment variable"));
        auto made = EncryptedDatabase::create(call.databasePath, call.user.isEmpty() ? QStringLiteral("admin") : call.user,
                                              passphrase.value());
        if (!made)
            return fail(made.error().message);
        return initialise(call, *made.value(), true);
    }
    auto database = openDatabase(call, options);
    if (!database)
        return fail(database.error().message);
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister, QObject::tr("setting up the database")))
        return *refused;
    return initialise(call, *database.value(), false);
}

int CliApplication::initialise(const Invocation& call, Database& database, bool created)
{
    SystemClock clock;
    Result<ImportSummary> summary = DatabaseSetup::initialise(
        database, clock, call.options.value(QStringLiteral("--organisation")));
    if (!summary)
        return fail(summary.error().message, summary.error().details);
    m_out << QObject::tr("Waymark database ready at %1 (contracts thurrock-fs and camden-day, "
                         "star waymark-wellbeing).")
                 .arg(QDir::toNativeSeparators(call.databasePath))
          << "\n";
    if (created)
        m_out << QObject::tr("It is encrypted; its administrator signs in as \"%1\". Keep %2 with it: without that file "
                             "and a passphrase nobody can open it.")
                     .arg(call.user.isEmpty() ? QStringLiteral("admin") : call.user,
                          QDir::toNativeSeparators(KeyRing::pathFor(call.databasePath)))
              << "\n";
    m_out.flush();
    return Ok;
}

Status CliApplication::audit(const Invocation& call, Database& database, const QString& action,
                             const QString& serviceUserId, const QString& detail) const
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actor(call);
    entry.action = action;
    entry.serviceUserId = serviceUserId;
    entry.recordId = serviceUserId;
    entry.table = serviceUserId.isEmpty() ? QString() : QStringLiteral("service_users");
    entry.detail = detail;
    return AuditTrail(database).record(entry);
}

QString CliApplication::actor(const Invocation& call) const
{
    if (!call.user.isEmpty())
        return call.user;
    // On a team server, whoever the server signed in.
    if (ServerAddress::isServerUrl(call.databasePath))
        if (Result<ServerAddress> server = ServerAddress::parse(call.databasePath))
            return server->user();
    if (KeyRing::existsFor(call.databasePath))
        if (Result<KeyRing> ring = KeyRing::load(call.databasePath))
            if (const KeyRing::Account* admin = ring->account({}))
                return admin->user;
    // A plain (demo) database: whoever is signed in to the computer.
    return qEnvironmentVariable("USER", QStringLiteral("waymark-cli"));
}

Result<SignedInUser> CliApplication::signedInUser(const Invocation& call, Database& database) const
{
    if (database.isServer())
        return AccessService::signedInToServer(database);
    if (!KeyRing::existsFor(call.databasePath))
        return SignedInUser{actor(call), {}, Role::Administrator};
    Result<KeyRing> ring = KeyRing::load(call.databasePath);
    if (!ring)
        return ring.error();
    const KeyRing::Account* account = ring->account(call.user);
    if (!account)
        return Error{QObject::tr("There is no account \"%1\".").arg(call.user), {}};
    return AccessService::signedInUser(database, account->user, account->staffId, account->administrator);
}

std::optional<int> CliApplication::refuseUnless(const Invocation& call, Database& database, bool (*allowed)(Role),
                                                const QString& what)
{
    Result<SignedInUser> who = signedInUser(call, database);
    if (!who)
        return fail(who.error().message);
    if (!allowed(who->role))
        return fail(AccessPolicy::refusal(what));
    return std::nullopt;
}

std::optional<int> CliApplication::refuseUnlessAdministratorAccount(const Invocation& call, const QString& path)
{
    if (!KeyRing::existsFor(path))
        return std::nullopt;
    Result<KeyRing> ring = KeyRing::load(path);
    if (!ring)
        return fail(ring.error().message);
    const KeyRing::Account* account = ring->account(call.user);
    if (!account || !account->administrator)
        return fail(AccessPolicy::refusal(QObject::tr("restoring a backup")));
    // The name alone proves nothing: the administrator's passphrase must open these keys.
    Result<QString> passphrase = readPassphrase(call);
    if (!passphrase)
        return fail(passphrase.error().message);
    Result<QByteArray> key = ring->unlock(call.user, passphrase.value());
    if (!key)
        return fail(key.error().message);
    key.value().fill('\0');
    return std::nullopt;
}

Result<QString> CliApplication::readPassphrase(const Invocation& call) const
{
    if (!call.passphraseFile.isEmpty()) {
        QFile file(call.passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QObject::tr("The passphrase file %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(call.passphraseFile), file.errorString()),
                         {}};
        // The first line, without its line end: what an editor saves.
        QString text = QString::fromUtf8(file.readLine(4096));
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        return text;
    }
    if (qEnvironmentVariableIsSet("WAYMARK_PASSPHRASE"))
        return qEnvironmentVariable("WAYMARK_PASSPHRASE");
    return Error{QObject::tr("no passphrase given"), {}};
}

Result<std::unique_ptr<Database>> CliApplication::openDatabase(const Invocation& call, Database::Options options,
                                                               QByteArray* keyOut) const
{
    if (KeyRing::existsFor(call.databasePath)) {
        Result<QString> passphrase = readPassphrase(call);
        if (!passphrase)
            return Error{QObject::tr("%1 is encrypted: give the passphrase with --passphrase-file FILE or the "
                                     "WAYMARK_PASSPHRASE environment variable (and --user NAME if you are not its "
                                     "administrator).")
                             .arg(QDir::toNativeSeparators(call.databasePath)),
                         {}};
        Result<KeyRing> ring = KeyRing::load(call.databasePath);
        if (!ring)
            return ring.error();
        KeyRing keys = ring.value();
        Result<QByteArray> key = keys.signIn(call.databasePath, call.user, passphrase.value(), QDateTime::currentDateTimeUtc());
        if (!key)
            return key.error();
        options.key = key.value();
        if (keyOut)
            *keyOut = key.value();
    }
    return Database::open(call.databasePath, options);
}

int CliApplication::runDemo(const Invocation& call)
{
    if (!call.positional.isEmpty())
        return usage(QObject::tr("demo takes no file name; use --db PATH"));
    DemoOptions demo;
    bool ok = true;
    if (call.options.contains(QStringLiteral("--people"))) {
        demo.people = call.options.value(QStringLiteral("--people")).toInt(&ok);
        if (!ok || demo.people < 1 || demo.people > 100000)
            return usage(QObject::tr("--people must be a whole number from 1 to 100000"));
    }
    if (call.options.contains(QStringLiteral("--seed"))) {
        demo.seed = call.options.value(QStringLiteral("--seed")).toUInt(&ok);
        if (!ok)
            return usage(QObject::tr("--seed must be a whole number"));
    }
    SystemClock clock;
    demo.asOf = LocalTime::londonDate(clock.now());
    if (call.options.contains(QStringLiteral("--as-of"))) {
        demo.asOf = LocalTime::parseIsoDate(call.options.value(QStringLiteral("--as-of")));
        if (!demo.asOf.isValid())
            return usage(QObject::tr("--as-of must be a date like 2026-07-01"));
    }
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    // A new demo database is plain: everyone in it is fictional. An encrypted one is opened.
    auto database = openDatabase(call, options);
    if (!database)
        return fail(database.error().message);
    // The demo refers to the seed contracts and star, so make sure they are there.
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister, QObject::tr("loading demo data")))
        return *refused;
    Result<ImportSummary> seeded = DatabaseSetup::initialise(*database.value(), clock);
    if (!seeded)
        return fail(seeded.error().message, seeded.error().details);
    Result<ImportSummary> summary = DatabaseSetup::loadDemo(*database.value(), clock, demo);
    if (!summary)
        return fail(summary.error().message, summary.error().details);
    m_out << QObject::tr("Demo caseload of %1 fictional people loaded into %2 (%3 records).")
                 .arg(summary->recordsPerList.value(QStringLiteral("service_users")))
                 .arg(QDir::toNativeSeparators(call.databasePath))
                 .arg(summary->total())
          << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runImport(const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(QObject::tr("import needs one file: waymark-cli import FILE.json"));
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister, QObject::tr("importing")))
        return *refused;
    SystemClock clock;
    Importer importer(*database.value(), clock);
    Result<ImportSummary> summary =
        importer.importFile(call.positional.first(), QStringLiteral("waymark-cli import"));
    if (!summary)
        return fail(summary.error().message, summary.error().details);
    m_out << QObject::tr("Imported %1: %2 new, %3 changed, %4 already up to date.")
                 .arg(QDir::toNativeSeparators(call.positional.first()))
                 .arg(summary->inserted)
                 .arg(summary->updated)
                 .arg(summary->unchanged)
          << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runImportSheet(const Invocation& call)
{
    const QString mappingPath = call.options.value(QStringLiteral("--mapping"));
    if (call.positional.size() != 1 || mappingPath.isEmpty())
        return usage(QObject::tr("import-sheet needs one file and its mapping: waymark-cli import-sheet FILE.csv "
                                 "--mapping MAP.json"));
    QFile mappingFile(mappingPath);
    if (!mappingFile.open(QIODevice::ReadOnly))
        return fail(
            QObject::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(mappingPath), mappingFile.errorString()));
    Result<SheetMapping> mapping = SheetMapping::fromJson(mappingFile.readAll(), QFileInfo(mappingPath).fileName());
    if (!mapping)
        return fail(mapping.error().message, mapping.error().details);
    const QString path = call.positional.first();
    const Result<SheetTable> table = SheetFile::read(path, call.options.value(QStringLiteral("--sheet"), mapping->sheet),
                                                     CsvReadOptions{mapping->delimiter, mapping->encoding});
    if (!table)
        return fail(table.error().message, table.error().details);
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister, QObject::tr("importing")))
        return *refused;
    SystemClock clock;
    SheetImport import(*database.value(), clock);
    Result<ImportSummary> summary = import.run(table.value(), mapping.value(), QFileInfo(path).fileName(),
                                               QStringLiteral("waymark-cli import-sheet"));
    if (!summary)
        return fail(summary.error().message, summary.error().details);
    const SheetImport::Conversion& brought = import.lastConversion();
    for (const QString& notice : brought.notices)
        m_out << notice << "\n";
    m_out << QObject::tr(
                 "Imported %1: %2 people, %3 referrals and %4 support periods from %5 rows (%6 new, %7 changed, "
                 "%8 already up to date).")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(brought.people())
                 .arg(brought.referrals())
                 .arg(brought.supportPeriods())
                 .arg(brought.rows)
                 .arg(summary->inserted)
                 .arg(summary->updated)
                 .arg(summary->unchanged)
          << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runExport(const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(QObject::tr("export needs one file: waymark-cli export FILE.json"));
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    SystemClock clock;
    const QString person = call.options.value(QStringLiteral("--service-user"));
    // One person's record answers a subject access request (a team leader's job); the whole
    // database is the administrator's.
    if (auto refused = person.isEmpty() ? refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister,
                                                       QObject::tr("exporting the whole database"))
                                        : refuseUnless(call, *database.value(), &AccessPolicy::mayExportPerson,
                                                       QObject::tr("a subject access export")))
        return *refused;
    const QString target = call.positional.first();
    if (!person.isEmpty())
        return exportSubjectAccess(call, *database.value(), person, target);
    Exporter exporter(*database.value(), clock);
    Result<QJsonObject> document = exporter.exportAll();
    if (!document)
        return fail(document.error().message);
    // Recorded first: an export the trail cannot record is not written.
    if (Status s = audit(call, *database.value(), QStringLiteral("exported"), person, QDir::toNativeSeparators(target)); !s)
        return fail(s.error().message);
    if (Status s = Exporter::writeFile(document.value(), target); !s)
        return fail(s.error().message);
    m_out << QObject::tr("Exported to %1.").arg(QDir::toNativeSeparators(target)) << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::exportSubjectAccess(const Invocation& call, Database& database, const QString& person,
                                        const QString& target)
{
    SystemClock clock;
    Result<SubjectAccessReport::Answer> answer = SubjectAccessReport(database, clock).build(person);
    if (!answer)
        return fail(answer.error().message);
    // The readable copy goes beside the JSON: FILE.json and FILE.pdf.
    QString pdf = target;
    if (pdf.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        pdf.chop(5);
    pdf += QStringLiteral(".pdf");
    if (Status s = audit(call, database, QStringLiteral("exported"), person,
                         QObject::tr("subject access: %1 and %2").arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(pdf)));
        !s)
        return fail(s.error().message);
    if (Status s = Exporter::writeFile(answer->document, target); !s)
        return fail(s.error().message);
    if (Status s = FormPrinter::writePdf(answer->form, pdf); !s)
        return fail(s.error().message);
    m_out << QObject::tr("Exported to %1, with a readable copy in %2; %n mention(s) of other people's names taken out.", nullptr,
                         answer->namesRemoved)
                 .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(pdf))
          << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runReport(const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(QObject::tr("report needs what to report: waymark-cli report kpi|outputs|distance --contract CODE"));
    const QString what = call.positional.first();
    if (what == QLatin1String("kpi") || what == QLatin1String("outputs"))
        return runReturn(call, what == QLatin1String("kpi"));
    if (what != QLatin1String("distance"))
        return usage(QObject::tr("%1 is not a report; the reports are kpi, outputs and distance").arg(what));
    if (call.options.contains(QStringLiteral("--by")))
        return usage(QObject::tr("--by is for report outputs"));
    const QString contract = call.options.value(QStringLiteral("--contract"));
    if (contract.isEmpty())
        return usage(QObject::tr("report distance needs --contract CODE"));
    const QString format = call.options.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("json"))
        return usage(QObject::tr("report distance is given as --format json"));
    std::optional<QDate> dates[2];
    const char* names[2] = {"--from", "--to"};
    for (int i = 0; i < 2; ++i) {
        const QString text = call.options.value(QString::fromLatin1(names[i]));
        if (text.isEmpty())
            continue;
        const QDate date = LocalTime::parseIsoDate(text);
        if (!date.isValid())
            return usage(QObject::tr("%1 must be a date like 2026-06-30, not \"%2\"").arg(QString::fromLatin1(names[i]), text));
        dates[i] = date;
    }
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayRunReports, QObject::tr("returns and reports")))
        return *refused;
    SystemClock clock;
    Result<DistanceReport> report = DistanceReport::build(*database.value(), contract, dates[0], dates[1],
                                                          LocalTime::londonDate(clock.now()),
                                                          call.options.value(QStringLiteral("--staff")));
    if (!report)
        return fail(report.error().message);
    const QByteArray json = report->toJsonText();
    const QString out = call.options.value(QStringLiteral("--out"));
    if (out.isEmpty()) {
        m_out << QString::fromUtf8(json);
        m_out.flush();
        return Ok;
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return fail(QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
    return Ok;
}

int CliApplication::runReturn(const Invocation& call, bool kpi)
{
    const QString what = call.positional.first();
    const QString contract = call.options.value(QStringLiteral("--contract"));
    if (contract.isEmpty())
        return usage(QObject::tr("report %1 needs --contract CODE --from DATE --to DATE").arg(what));
    QDate dates[2];
    const char* names[2] = {"--from", "--to"};
    for (int i = 0; i < 2; ++i) {
        const QString text = call.options.value(QString::fromLatin1(names[i]));
        if (text.isEmpty())
            return usage(QObject::tr("report %1 needs %2 DATE, like 2026-06-30").arg(what, QString::fromLatin1(names[i])));
        dates[i] = LocalTime::parseIsoDate(text);
        if (!dates[i].isValid())
            return usage(QObject::tr("%1 must be a date like 2026-06-30, not \"%2\"").arg(QString::fromLatin1(names[i]), text));
    }
    const QString format = call.options.value(QStringLiteral("--format"), QStringLiteral("json"));
    const QStringList formats{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")};
    if (!formats.contains(format))
        return usage(QObject::tr("--format must be json, csv, xlsx or pdf, not \"%1\"").arg(format));
    const QString out = call.options.value(QStringLiteral("--out"));
    if (out.isEmpty() && (format == QLatin1String("xlsx") || format == QLatin1String("pdf")))
        return usage(QObject::tr("report %1 --format %2 needs --out FILE").arg(what, format));
    std::optional<OutputsReport::By> by = OutputsReport::byNamed(call.options.value(QStringLiteral("--by")));
    if (!kpi && !by)
        return usage(QObject::tr("--by must be gender, age_band or ethnicity"));
    if (kpi && call.options.contains(QStringLiteral("--by")))
        return usage(QObject::tr("--by is for report outputs; report kpi gives the whole return"));
    if (call.options.contains(QStringLiteral("--staff")))
        return usage(QObject::tr("--staff is for report distance; a return is the whole contract's"));
    if (dates[0] > dates[1])
        return usage(QObject::tr("--from %1 is after --to %2").arg(LocalTime::isoDate(dates[0]), LocalTime::isoDate(dates[1])));

    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    SystemClock clock;
    const QDate today = LocalTime::londonDate(clock.now());
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayRunReports, QObject::tr("returns and reports")))
        return *refused;
    Repositories repos(*database.value());
    Result<QString> organisationName = repos.meta.value(QString::fromLatin1(MetaRepository::Organisation));
    const QString organisation = organisationName ? organisationName.value() : QString();
    QByteArray json;
    std::optional<ReturnTable> table;
    Contract chosen;
    if (kpi) {
        Result<KpiReport> report = KpiReport::build(*database.value(), contract, dates[0], dates[1]);
        if (!report)
            return fail(report.error().message);
        json = report->toJsonText();
        table = ReturnTable::fromKpi(report.value(), organisation, today);
        chosen = report->figures.contract;
    } else {
        Result<OutputsReport> report = OutputsReport::build(*database.value(), contract, {dates[0], dates[1]}, *by);
        if (!report)
            return fail(report.error().message);
        json = report->toJsonText();
        table = ReturnTable::fromOutputs(report.value(), organisation, today);
        chosen = report->contract;
    }
    if (Status s = audit(call, *database.value(), QStringLiteral("reported"), {},
                         QStringLiteral("%1 %2 %3 to %4 (%5)")
                             .arg(kpi ? QStringLiteral("kpi") : QStringLiteral("outputs"), chosen.code,
                                  LocalTime::isoDate(dates[0]), LocalTime::isoDate(dates[1]), format));
        !s)
        return fail(s.error().message);
    if (format == QLatin1String("json") || format == QLatin1String("csv")) {
        const QByteArray bytes = format == QLatin1String("json") ? json : CsvTableWriter::toCsv(*table);
        if (out.isEmpty()) {
            m_out << QString::fromUtf8(bytes);
            m_out.flush();
            return Ok;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
    } else if (Status s = ReturnFiles::write(*table, chosen, ReportingPeriod{dates[0], dates[1]}.label(), out, format); !s) {
        return fail(s.error().message);
    }
    // Said on stderr: standard output carries a report and nothing else.
    m_err << QObject::tr("Wrote the %1 for %2, %3, to %4.")
                 .arg(table->title.toLower(), chosen.name, ReportingPeriod{dates[0], dates[1]}.label(),
                      QDir::toNativeSeparators(out))
          << "\n";
    m_err.flush();
    return Ok;
}

int CliApplication::runPrint(const Invocation& call)
{
    const QString kinds = PrintedForms::kindNames().join(QLatin1Char('|'));
    if (call.positional.size() != 1)
        return usage(QObject::tr("print needs the form: waymark-cli print %1 --service-user ID --out FILE.pdf").arg(kinds));
    const std::optional<PrintedForms::Kind> kind = PrintedForms::kindNamed(call.positional.first());
    if (!kind)
        return usage(QObject::tr("%1 is not a form; the forms are %2").arg(call.positional.first(), kinds));
    const QString person = call.options.value(QStringLiteral("--service-user"));
    const QString out = call.options.value(QStringLiteral("--out"));
    if (person.isEmpty() || out.isEmpty())
        return usage(QObject::tr("print needs --service-user ID and --out FILE.pdf"));
    QString language = call.options.value(QStringLiteral("--language"), QString::fromLatin1(DocumentLanguage::English));
    if (language == QLatin1String("person"))
        language.clear();
    else if (!DocumentLanguage::isAvailable(language)) {
        QStringList codes;
        for (const DocumentLanguage::Language& l : DocumentLanguage::available())
            codes << l.code;
        return usage(QObject::tr("--language must be one of %1, or person").arg(codes.join(QStringLiteral(", "))));
    }
    const QString largePrint = call.options.value(QStringLiteral("--large-print"), QStringLiteral("no"));
    if (largePrint != QLatin1String("yes") && largePrint != QLatin1String("no"))
        return usage(QObject::tr("--large-print must be yes or no"));
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    {
        // Only what the signed-in person may open is printed.
        Result<SignedInUser> who = signedInUser(call, *database.value());
        if (!who)
            return fail(who.error().message);
        if (!AccessPolicy::seesWholeTeam(who->role)) {
            Result<QString> keyWorker = Repositories(*database.value()).caseload.currentKeyWorker(person);
            if (!keyWorker)
                return fail(keyWorker.error().message);
            if (!AccessPolicy::mayOpenRecord(who.value(), keyWorker.value()))
                return fail(QObject::tr("%1 is not on your caseload, so nothing of their record is printed for you.").arg(person));
        }
    }
    SystemClock clock;
    PrintedForms forms(*database.value(), clock);
    forms.setLanguage(language);
    forms.setLargePrint(largePrint == QLatin1String("yes"));
    Result<PrintedForm> form = forms.build(*kind, person);
    if (!form)
        return fail(form.error().message);
    if (Status s = audit(call, *database.value(), QStringLiteral("printed"), person,
                         form->title + QStringLiteral(": ") + QDir::toNativeSeparators(out));
        !s)
        return fail(s.error().message);
    if (Status s = FormPrinter::writePdf(form.value(), out); !s)
        return fail(s.error().message);
    m_out << QObject::tr("Printed \"%1\" for %2 to %3.")
                 .arg(form->title, form->person, QDir::toNativeSeparators(out))
          << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runBackup(const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(QObject::tr("backup needs one file: waymark-cli backup FILE"));
    const QString target = call.positional.first();
    if (QFileInfo::exists(target))
        return fail(QObject::tr("%1 already exists; choose a new file name for the backup.")
                        .arg(QDir::toNativeSeparators(target)));
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister, QObject::tr("backups")))
        return *refused;
    if (Status s = database.value()->backupTo(target); !s)
        return fail(s.error().message);
    if (Status s = audit(call, *database.value(), QStringLiteral("backed_up"), {}, QDir::toNativeSeparators(target)); !s)
        return fail(s.error().message);
    // An encrypted backup opens with the same passphrases: its keys go beside it.
    if (KeyRing::existsFor(call.databasePath)) {
        QFile::remove(KeyRing::pathFor(target));
        if (!QFile::copy(KeyRing::pathFor(call.databasePath), KeyRing::pathFor(target)))
            return fail(QObject::tr("The backup was taken, but its keys could not be copied to %1.")
                            .arg(QDir::toNativeSeparators(KeyRing::pathFor(target))));
    }
    m_out << QObject::tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)) << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runRestore(const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(QObject::tr("restore needs the backup: waymark-cli restore FILE"));
    const QString source = call.positional.first();
    const QString target = call.databasePath;
    if (!QFileInfo::exists(source))
        return fail(QObject::tr("There is no backup at %1.").arg(QDir::toNativeSeparators(source)));
    if (auto refused = refuseUnlessAdministratorAccount(call, target))
        return *refused;
    if (auto refused = refuseUnlessAdministratorAccount(call, source))
        return *refused;
    // The backup is checked on a copy beside the database, so that neither the backup nor the
    // database is touched until the copy is known to be whole and to open.
    const QString staged = target + QStringLiteral(".restoring");
    const auto removeStaged = [&] {
        for (const char* suffix : {"", "-wal", "-shm", ".keys"})
            QFile::remove(staged + QString::fromLatin1(suffix));
        // An older backup is upgraded as it is checked; the copy taken before that goes too.
        const QFileInfo info(staged);
        for (const QString& name : info.absoluteDir().entryList({info.fileName() + QStringLiteral(".before-schema-*")}, QDir::Files))
            QFile::remove(info.absoluteDir().filePath(name));
    };
    removeStaged();
    if (!QFile::copy(source, staged))
        return fail(QObject::tr("The backup could not be copied beside %1.").arg(QDir::toNativeSeparators(target)));
    if (KeyRing::existsFor(source) && !QFile::copy(KeyRing::pathFor(source), KeyRing::pathFor(staged))) {
        removeStaged();
        return fail(QObject::tr("The backup's keys could not be copied."));
    }
    {
        Invocation check = call;
        check.databasePath = staged;
        auto opened = openDatabase(check);
        if (!opened) {
            removeStaged();
            return fail(QObject::tr("The backup %1 cannot be restored: %2")
                            .arg(QDir::toNativeSeparators(source), QString(opened.error().message).replace(staged, source)));
        }
        Result<QStringList> problems = opened.value()->problems();
        if (!problems || !problems->isEmpty()) {
            const QStringList details = problems ? problems.value() : QStringList{problems.error().message};
            opened.value().reset();
            removeStaged();
            return fail(QObject::tr("The backup %1 is damaged; nothing was restored.").arg(QDir::toNativeSeparators(source)), details);
        }
    }
    // The database as it is now is kept first, in case the wrong backup was chosen; and it is
    // held exclusively while the backup takes its place, so no other program is writing to it.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString kept = target + QStringLiteral(".before-restore-%1.bak").arg(stamp);
    for (int n = 2; QFileInfo::exists(kept); ++n)
        kept = target + QStringLiteral(".before-restore-%1-%2.bak").arg(stamp).arg(n);
    std::unique_ptr<Database> current;
    if (QFileInfo::exists(target)) {
        auto opened = openDatabase(call);
        if (opened) {
            current = std::move(opened.value());
            if (Status s = current->backupTo(kept); !s) {
                removeStaged();
                return fail(s.error().message);
            }
            if (Status s = current->holdExclusively(); !s) {
                removeStaged();
                QFile::remove(kept);
                return fail(s.error().message);
            }
        } else if (!QFile::copy(target, kept)) {
            // A database too damaged to open is kept as its files are.
            removeStaged();
            return fail(QObject::tr("%1 could not be kept before the restore; nothing was changed.").arg(QDir::toNativeSeparators(target)));
        } else {
            QFile::copy(target + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        }
        if (KeyRing::existsFor(target))
            QFile::copy(KeyRing::pathFor(target), KeyRing::pathFor(kept));
    } else {
        kept.clear();
    }
    QFile::remove(staged + QStringLiteral("-wal"));
    QFile::remove(staged + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(target).constData()) != 0) {
        removeStaged();
        return fail(QObject::tr("The backup could not be put in place of %1; nothing was changed.").arg(QDir::toNativeSeparators(target)));
    }
    bool keysInPlace = true;
    if (QFileInfo::exists(KeyRing::pathFor(staged)))
        keysInPlace = std::rename(QFile::encodeName(KeyRing::pathFor(staged)).constData(),
                                  QFile::encodeName(KeyRing::pathFor(target)).constData())
                      == 0;
    else
        QFile::remove(KeyRing::pathFor(target));
    // Let go of the old file, then make sure nothing of its write-ahead log is left to be
    // replayed into the restored one.
    current.reset();
    removeStaged();
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!keysInPlace)
        return fail(QObject::tr("The backup is in place but its keys could not be put beside it: copy %1 to %2.")
                        .arg(QDir::toNativeSeparators(KeyRing::pathFor(staged)), QDir::toNativeSeparators(KeyRing::pathFor(target))));
    m_out << QObject::tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(source)) << "\n";
    if (!kept.isEmpty())
        m_out << QObject::tr("The database as it was is kept at %1.").arg(QDir::toNativeSeparators(kept)) << "\n";
    m_out.flush();
    if (auto restored = openDatabase(call))
        audit(call, *restored.value(), QStringLiteral("restored"), {}, QDir::toNativeSeparators(source));
    return Ok;
}

int CliApplication::runToday(const Invocation& call)
{
    if (!call.positional.isEmpty())
        return usage(QObject::tr("today takes no file name; use --at DATETIME"));
    const QString atText = call.options.value(QStringLiteral("--at"));
    if (atText.isEmpty())
        return usage(QObject::tr("today needs --at DATETIME, like 2026-07-01T09:00:00Z"));
    const QDateTime at = LocalTime::parseMoment(atText);
    if (!at.isValid())
        return usage(QObject::tr("--at must be a date and time like 2026-07-01T09:00:00Z, not "
                                 "\"%1\"")
                         .arg(atText));
    const QString format = call.options.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return usage(QObject::tr("--format must be json or text"));
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    Repositories repositories(*database.value());
    Result<SignedInUser> who = signedInUser(call, *database.value());
    if (!who)
        return fail(who.error().message);
    QString staffId = call.options.value(QStringLiteral("--staff"));
    // A key worker's list is their own: nobody else's periods are read.
    if (const QString own = AccessPolicy::caseloadOf(who.value()); !own.isEmpty()) {
        if (!staffId.isEmpty() && staffId != own)
            return fail(AccessPolicy::refusal(QObject::tr("another key worker's list")));
        staffId = own;
    }
    if (!staffId.isEmpty()) {
        Result<QVector<Staff>> staff = repositories.staff.all();
        if (!staff)
            return fail(staff.error().message);
        const bool known = std::any_of(staff->begin(), staff->end(),
                                       [&](const Staff& s) { return s.id == staffId; });
        // Not an error: the spec lists every referral for any --staff, and a former member of
        // staff may still be key worker of a period. Said on stderr, so the JSON stays clean.
        if (!known)
            m_err << QObject::tr("Note: no current staff member has id \"%1\"; every referral is "
                                 "listed, and only periods that still name that key worker.")
                         .arg(staffId)
                  << "\n";
    }
    Result<CaseworkSnapshot> snapshot = repositories.casework.snapshot(staffId, at);
    if (!snapshot)
        return fail(snapshot.error().message);
    const QVector<TodayItem> items = TodayList::build(snapshot.value(), at, staffId);
    if (format == QLatin1String("json")) {
        m_out << QString::fromUtf8(
            QJsonDocument(TodayJson::toJson(at, items)).toJson(QJsonDocument::Indented));
    } else {
        for (const TodayItem& item : items)
            m_out << item.dueText() << '\t' << TodayItem::code(item.kind) << '\t'
                  << item.serviceUserId << '\t'
                  << (item.referralId.isEmpty() ? item.supportPeriodId : item.referralId) << "\n";
    }
    m_out.flush();
    return Ok;
}

int CliApplication::runEncrypt(const Invocation& call)
{
    if (!call.positional.isEmpty())
        return usage(QObject::tr("encrypt takes no file name; use --db PATH"));
    Result<QString> passphrase = readPassphrase(call);
    if (!passphrase)
        return usage(QObject::tr("encrypt needs the administrator's new passphrase: give it with --passphrase-file FILE or "
                                 "WAYMARK_PASSPHRASE"));
    const QString administrator = call.user.isEmpty() ? QStringLiteral("admin") : call.user;
    if (Status s = EncryptedDatabase::encryptExisting(call.databasePath, administrator, passphrase.value()); !s)
        return fail(s.error().message);
    m_err << QObject::tr("%1 is now encrypted; its administrator signs in as \"%2\". Keep %3 with it: without that file "
                         "nothing in it can be read. Backups made before today are still plain: replace them.")
                 .arg(QDir::toNativeSeparators(call.databasePath), administrator,
                      QDir::toNativeSeparators(KeyRing::pathFor(call.databasePath)))
          << "\n";
    m_err.flush();
    return Ok;
}

int CliApplication::runAccount(const Invocation& call)
{
    const QString action = call.positional.value(0);
    const bool list = action == QLatin1String("list") && call.positional.size() == 1;
    const bool add = action == QLatin1String("add") && call.positional.size() == 2;
    const bool remove = action == QLatin1String("remove") && call.positional.size() == 2;
    if (!list && !add && !remove)
        return usage(QObject::tr("account needs list, add NAME or remove NAME"));
    const bool server = ServerAddress::isServerUrl(call.databasePath);
    if (add && !server && call.options.value(QStringLiteral("--new-passphrase-file")).isEmpty())
        return usage(QObject::tr("account add needs --new-passphrase-file FILE: a passphrase is never given on the "
                                 "command line"));
    if (!add && !call.options.isEmpty())
        return usage(QObject::tr("only account add takes options"));
    const QString administrator = call.options.value(QStringLiteral("--administrator"), QStringLiteral("no"));
    if (administrator != QLatin1String("yes") && administrator != QLatin1String("no"))
        return usage(QObject::tr("--administrator must be yes or no"));
    if (add && server && call.options.contains(QStringLiteral("--new-passphrase-file")))
        return usage(QObject::tr("on a team server the password is the server's own (ALTER ROLE ... PASSWORD): "
                                 "account add NAME --staff ID gives the server's sign-in NAME to a member of staff"));
    if (!server && !KeyRing::existsFor(call.databasePath))
        return fail(QObject::tr("%1 is not encrypted, so nobody signs in to it.").arg(QDir::toNativeSeparators(call.databasePath)));
    QByteArray key;
    auto database = openDatabase(call, {}, &key);
    if (!database)
        return fail(database.error().message);
    Result<SignedInUser> who = signedInUser(call, *database.value());
    if (!who)
        return fail(who.error().message);
    SystemClock clock;
    ChangeNotifier notifier;
    AccountService accounts(ServiceContext{*database.value(), clock, notifier, who->user, who->role, who->staffId},
                            call.databasePath, key);
    key.fill('\0');
    if (list) {
        Result<QVector<KeyRing::Account>> all = accounts.accounts();
        if (!all)
            return fail(all.error().message);
        QHash<QString, Staff> staff;
        if (Result<QVector<Staff>> known = Repositories(*database.value()).staff.all())
            for (const Staff& s : known.value())
                staff.insert(s.id, s);
        for (const KeyRing::Account& a : all.value()) {
            const Staff s = staff.value(a.staffId);
            m_out << a.user << '\t' << (a.staffId.isEmpty() ? QStringLiteral("-") : a.staffId) << '\t'
                  << (s.name.isEmpty() ? QStringLiteral("-") : s.name) << '\t'
                  << AccessPolicy::code(AccessPolicy::roleFor(s.role, a.administrator)) << "\n";
        }
        m_out.flush();
        return Ok;
    }
    if (remove) {
        if (Status s = accounts.remove(call.positional.at(1)); !s)
            return fail(s.error().message);
        m_err << QObject::tr("%1 no longer signs in to %2.").arg(call.positional.at(1), QDir::toNativeSeparators(call.databasePath))
              << "\n";
        m_err.flush();
        return Ok;
    }
    const QString staffId = call.options.value(QStringLiteral("--staff"));
    if (!staffId.isEmpty()) {
        Result<std::optional<Staff>> staff = Repositories(*database.value()).staff.find(staffId);
        if (!staff)
            return fail(staff.error().message);
        if (!staff->has_value())
            return fail(QObject::tr("There is no member of staff with id \"%1\".").arg(staffId));
    }
    Result<QString> passphrase = QString();
    if (!server) {
        Invocation newPassphrase;
        newPassphrase.passphraseFile = call.options.value(QStringLiteral("--new-passphrase-file"));
        passphrase = readPassphrase(newPassphrase);
    }
    if (!passphrase)
        return fail(passphrase.error().message);
    if (Status s = accounts.add(call.positional.at(1), passphrase.value(), staffId, administrator == QLatin1String("yes")); !s)
        return fail(s.error().message);
    m_err << QObject::tr("%1 can now sign in to %2.").arg(call.positional.at(1), QDir::toNativeSeparators(call.databasePath))
          << "\n";
    m_err.flush();
    return Ok;
}

int CliApplication::runCheck(const Invocation& call)
{
    auto database = openDatabase(call);
    if (!database)
        return fail(database.error().message);
    if (auto refused = refuseUnless(call, *database.value(), &AccessPolicy::mayAdminister,
                                    QObject::tr("checking the database and its audit trail")))
        return *refused;
    Result<QStringList> found = database.value()->problems();
    if (!found)
        return fail(found.error().message);
    const QStringList& problems = found.value();
    if (!problems.isEmpty())
        return fail(QObject::tr("%1 has %2 problems:")
                        .arg(QDir::toNativeSeparators(call.databasePath))
                        .arg(problems.size()),
                    problems);
    m_out << QObject::tr("%1 is sound (schema %2).")
                 .arg(QDir::toNativeSeparators(call.databasePath))
                 .arg(database.value()->schemaVersion())
          << "\n";
    m_out.flush();
    return Ok;
}

int CliApplication::runSync(const Invocation& call)
{
    if (!call.positional.isEmpty())
        return usage(QObject::tr("sync takes no file name; use --db PATH for the laptop's database and --server URL"));
    if (ServerAddress::isServerUrl(call.databasePath))
        return usage(QObject::tr("sync runs on a laptop's database (--db FILE) and names the team server with --server URL"));
    auto laptop = openDatabase(call);
    if (!laptop)
        return fail(laptop.error().message);
    Database& local = *laptop.value();
    Result<SyncStatus> before = SyncJournal(local).status();
    if (!before)
        return fail(before.error().message);
    QString address = call.options.value(QStringLiteral("--server"));
    if (address.isEmpty())
        address = before->server;
    if (address.isEmpty())
        return usage(QObject::tr("this database has not synced yet: name the team server with --server "
                                 "postgresql://USER@HOST/DATABASE"));
    if (!ServerAddress::isServerUrl(address))
        return usage(QObject::tr("--server needs a team server's address, postgresql://USER@HOST/DATABASE"));

    // The people this laptop may hold are those its accounts may see (a plain file has no
    // accounts: whoever opens it sees everything, as in the app).
    Result<QVector<SignedInUser>> users = SyncService::laptopUsers(local, call.databasePath);
    if (!users)
        return fail(users.error().message);
    SystemClock clock;
    SyncService sync(local, clock, actor(call));
    Result<SyncReport> report = sync.syncWith(address, users.value());
    if (!report)
        return fail(report.error().message);
    Result<SyncStatus> after = sync.status();
    if (!after)
        return fail(after.error().message);
    if (report->joined)
        m_out << QObject::tr("This laptop now syncs with %1.").arg(after->server) << "\n";
    m_out << QObject::tr("Synced with %1: %2 changes sent, %3 received.")
                 .arg(after->server)
                 .arg(report->pushed)
                 .arg(report->pulled)
          << "\n";
    if (report->removed > 0)
        m_out << QObject::tr("Taken off this laptop, no longer on its users' caseloads: %1 (the team server keeps "
                             "their records).")
                     .arg(report->removed)
              << "\n";
    if (after->conflicts > 0)
        m_out << QObject::tr("%1 conflicts wait for a person to choose (in the app: the conflicts button in the status bar); until then the "
                             "team server's value stands.")
                     .arg(after->conflicts)
              << "\n";
    m_out.flush();
    return Ok;
}

} // namespace waymark
