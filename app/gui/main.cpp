#include "core/domain/Clock.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/Repositories.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Casework for mental-health floating support and day services"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file to open."),
                                      QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    waymark::Database::Options options;
    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        // First run without --db: the user's own database, made with the seed contracts.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("waymark.db"));
        options.mode = waymark::Database::Open::CreateIfMissing;
    }
    waymark::SystemClock clock;
    auto database = waymark::Database::open(path, options);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot open the database"),
                              database.error().message);
        return 1;
    }
    if (options.mode == waymark::Database::Open::CreateIfMissing) {
        auto seeded = waymark::DatabaseSetup::initialise(*database.value(), clock);
        if (!seeded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot set up the database"),
                                  seeded.error().message);
            return 1;
        }
    }
    waymark::Repositories repositories(*database.value());
    waymark::ChangeNotifier notifier;
    // Until staff sign in (issue 7), changes are recorded as made by the computer's user.
    const QString actor = qEnvironmentVariable("USER", QStringLiteral("desktop"));
    waymark::MainWindow window(repositories, clock, notifier, actor);
    window.show();
    return app.exec();
}
