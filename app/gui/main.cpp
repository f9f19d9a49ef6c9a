#include "app/gui/DesktopSession.h"
#include "core/storage/ProcessHardening.h"
#include "ui/InterfaceLanguage.h"
#include "ui/OpenDatabaseDialog.h"
#include "ui/StartupWarmUp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    waymark::ProcessHardening::forbidCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));
    // The system's language, or the one chosen in File, Language.
    waymark::InterfaceLanguage::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Casework for mental-health floating support and day services"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file to open, or a team server (postgresql://user@host/database)."),
                                      QStringLiteral("PATH|URL"));
    parser.addOption(databaseOption);
    // bench/run's start figures (bench/StartBench.cpp): sign in as --user with the passphrase in
    // WAYMARK_PASSPHRASE, show the caseload, say so on standard output and quit. Not for people.
    QCommandLineOption measureOption(QStringLiteral("measure-start"));
    QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    userOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureOption);
    parser.addOption(userOption);
    parser.process(app); // (--help and --version end the process here: nothing is running yet)
    // What the first window needs made ready, and the windows' icon read, while the sign-in is
    // asked for. (QApplication waits for it as it closes.)
    waymark::StartupWarmUp::begin(QStringLiteral(":/waymark/icons/org.waymark.Waymark-256.png"));

    waymark::Database::Options options;
    QString path = parser.value(databaseOption);
    // Without --db: the place last chosen in File, Open another database, if any.
    if (path.isEmpty())
        path = waymark::OpenDatabaseDialog::lastChosen();
    if (path.isEmpty()) {
        // First run without --db: the user's own database, made with the seed contracts.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("waymark.db"));
        options.mode = waymark::Database::Open::CreateIfMissing;
    }
    bool chosen = false;
    for (;;) {
        waymark::DesktopSession session(path, options, chosen);
        if (parser.isSet(measureOption))
            session.measureStart(parser.value(userOption), qEnvironmentVariable("WAYMARK_PASSPHRASE"));
        const int status = session.run();
        if (session.next().isEmpty())
            return status;
        // Another database, opened as if Waymark had just started there.
        path = session.next();
        options = {};
        chosen = true;
    }
}
