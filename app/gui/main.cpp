#include "core/domain/Clock.h"
#include "core/services/AccessService.h"
#include "core/services/AccountService.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/EncryptedDatabase.h"
#include "core/storage/KeyRing.h"
#include "core/storage/ProcessHardening.h"
#include "core/storage/Repositories.h"
#include "core/storage/ServerAddress.h"
#include "ui/MainWindow.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/LockScreen.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Casework for mental-health floating support and day services"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file to open, or a team server (postgresql://user@host/database)."),
                                      QStringLiteral("PATH|URL"));
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
    QString actor = qEnvironmentVariable("USER", QStringLiteral("desktop"));
    QStringList failedSignIns;
    std::unique_ptr<waymark::Database> created;
    const QFileInfo file(path);
    if (options.mode == waymark::Database::Open::CreateIfMissing && !(file.exists() && file.size() > 0)
        && !waymark::KeyRing::existsFor(path)) {
        // The first run: a new encrypted database with the organisation and its administrator.
        waymark::FirstRunDialog firstRun(path);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        auto made = waymark::EncryptedDatabase::create(path, firstRun.administrator(), firstRun.passphrase(), options);
        if (!made) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot create the database"),
                                  made.error().message);
            return 1;
        }
        auto seeded = waymark::DatabaseSetup::initialise(*made.value(), clock, firstRun.organisation());
        if (!seeded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot set up the database"),
                                  seeded.error().message);
            return 1;
        }
        made.value().reset();
        // Whoever just chose the passphrase is signed in as the administrator.
        auto ring = waymark::KeyRing::load(path);
        auto key = ring ? ring->unlock(firstRun.administrator(), firstRun.passphrase())
                        : waymark::Result<QByteArray>(ring.error());
        if (key) {
            options.key = key.value();
            actor = firstRun.administrator();
        }
    }
    // An encrypted database opens only for someone who signs in with their passphrase.
    if (options.key.isEmpty() && waymark::KeyRing::existsFor(path)) {
        auto ring = waymark::KeyRing::load(path);
        if (!ring) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot open the database"),
                                  ring.error().message);
            return 1;
        }
        waymark::SignInDialog signIn(path, ring.value());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        options.key = signIn.key();
        actor = signIn.user();
        failedSignIns = signIn.failedNames();
    }
    // On a team server, changes are recorded as whoever the server signed in.
    if (waymark::ServerAddress::isServerUrl(path))
        if (auto server = waymark::ServerAddress::parse(path))
            actor = server->user();
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
    if (waymark::KeyRing::existsFor(path)) {
        // Who signed in, and any names refused before it, go in the audit trail.
        waymark::AccessService access(waymark::ServiceContext{*database.value(), clock, notifier, actor});
        if (waymark::Status s = access.signedIn(failedSignIns); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot record the sign-in"),
                                  s.error().message);
            return 1;
        }
    }
    // Changes are recorded as made by who signed in, and their role decides what they see. A
    // plain demo file has no accounts: the computer's user works as its administrator.
    waymark::SignedInUser user{actor, {}, waymark::Role::Administrator};
    if (waymark::KeyRing::existsFor(path)) {
        auto ring = waymark::KeyRing::load(path);
        const waymark::KeyRing::Account* account = ring ? ring->account(actor) : nullptr;
        auto who = account ? waymark::AccessService::signedInUser(*database.value(), account->user, account->staffId,
                                                                   account->administrator)
                           : waymark::Result<waymark::SignedInUser>(waymark::Error{
                                 QApplication::translate("main", "The account \"%1\" is no longer in the keys file.").arg(actor),
                                 {}});
        if (!who) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot sign you in"),
                                  who.error().message);
            return 1;
        }
        user = who.value();
    }
    // The administrator gives sign-ins with the key they signed in with.
    waymark::AccountService accounts(
        waymark::ServiceContext{*database.value(), clock, notifier, user.user, user.role, user.staffId}, path, options.key);
    waymark::MainWindow window(repositories, clock, notifier, user);
    window.setAccounts(&accounts);
    // An encrypted database locks after a while unused and when the computer sleeps; unlocking
    // is a sign-in, with the same count of wrong passphrases.
    std::unique_ptr<waymark::IdleWatcher> idle;
    std::unique_ptr<waymark::LockScreen> lock;
    if (waymark::KeyRing::existsFor(path)) {
        idle = std::make_unique<waymark::IdleWatcher>(waymark::IdleWatcher::configuredMinutes() * 60 * 1000);
        idle->watchSystemSleep();
        lock = std::make_unique<waymark::LockScreen>(user.user, [&](const QString& passphrase) -> waymark::Status {
            auto ring = waymark::KeyRing::load(path);
            if (!ring)
                return ring.error();
            waymark::KeyRing keys = ring.value();
            auto key = keys.signIn(path, user.user, passphrase, QDateTime::currentDateTimeUtc());
            if (!key)
                return key.error();
            key.value().fill('\0');
            waymark::AccessService unlocked(waymark::ServiceContext{*database.value(), clock, notifier, user.user,
                                                                    user.role, user.staffId});
            return unlocked.signedIn();
        });
        QObject::connect(idle.get(), &waymark::IdleWatcher::idle, lock.get(), &waymark::LockScreen::lock);
        QObject::connect(idle.get(), &waymark::IdleWatcher::sleeping, lock.get(), &waymark::LockScreen::lock);
        QObject::connect(&window, &waymark::MainWindow::lockRequested, lock.get(), &waymark::LockScreen::lock);
        QObject::connect(&window, &waymark::MainWindow::lockAfterChanged, idle.get(),
                         [&idle](int minutes) { idle->setIdleMilliseconds(minutes * 60 * 1000); });
        QObject::connect(lock.get(), &waymark::LockScreen::unlocked, idle.get(), &waymark::IdleWatcher::restart);
    }
    window.show();
    const int status = app.exec();
    // A copy of the database every time the app closes; the last few are kept. (A team server is
    // backed up on the server.)
    if (database.value()->isServer())
        return status;
    if (auto backup = waymark::AutomaticBackups::take(*database.value(), QDateTime::currentDateTimeUtc()); !backup)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Waymark could not back up the database"),
                             backup.error().message);
    return status;
}
