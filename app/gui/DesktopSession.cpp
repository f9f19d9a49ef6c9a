#include "app/gui/DesktopSession.h"

#include "core/domain/Clock.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/services/AccessService.h"
#include "core/services/AccountService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/AutomaticBackups.h"
#include "core/storage/EncryptedDatabase.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Repositories.h"
#include "core/storage/ServerAddress.h"
#include "ui/CaseloadPage.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/OpenDatabaseDialog.h"
#include "ui/SignInDialog.h"
#include "ui/StartupWarmUp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <thread>

namespace waymark {

namespace {

// This process's resident memory in KiB (Linux: /proc/self/status), 0 where that cannot be read.
qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression line(QStringLiteral("^VmRSS:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch found = line.match(QString::fromLatin1(status.readAll()));
    return found.hasMatch() ? found.captured(1).toLongLong() : 0;
}

} // namespace

DesktopSession::DesktopSession(QString path, Database::Options options, bool chosen)
    : m_path(std::move(path))
    , m_options(std::move(options))
    , m_chosen(chosen)
{
}

void DesktopSession::measureStart(QString user, QString passphrase)
{
    m_measuring = true;
    m_measureUser = std::move(user);
    m_measurePassphrase = std::move(passphrase);
}

void DesktopSession::reportStarted() const
{
    std::printf("started key_derivation_ms=%lld resident_kb=%lld\n", static_cast<long long>(m_keyDerivationMs),
                static_cast<long long>(residentKilobytes()));
    std::fflush(stdout);
}

bool DesktopSession::offerAnother(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
    QPushButton* another =
        box.addButton(QApplication::translate("main", "Open &another\u2026"), QMessageBox::AcceptRole);
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(another))
        return false;
    return chooseAnother();
}

bool DesktopSession::chooseAnother()
{
    // Never the password back into the dialog: the address as shown.
    QString shown = m_path;
    if (ServerAddress::isServerUrl(m_path))
        if (Result<ServerAddress> address = ServerAddress::parse(m_path))
            shown = address->shown();
    OpenDatabaseDialog dialog(shown);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_next = dialog.chosen();
    return true;
}

int DesktopSession::run()
{
    const QString& path = m_path;
    Database::Options& options = m_options;
    SystemClock clock;
    QString actor = qEnvironmentVariable("USER", QStringLiteral("desktop"));
    QStringList failedSignIns;
    const QFileInfo file(path);
    if (options.mode == Database::Open::CreateIfMissing && !(file.exists() && file.size() > 0) &&
        !KeyRing::existsFor(path)) {
        // The first run: a new encrypted database with the organisation and its administrator.
        FirstRunDialog firstRun(path);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        auto made = EncryptedDatabase::create(path, firstRun.administrator(), firstRun.passphrase(), options);
        if (!made) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot create the database"),
                                  made.error().message);
            return 1;
        }
        auto seeded = DatabaseSetup::initialise(*made.value(), clock, firstRun.organisation());
        if (!seeded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot set up the database"),
                                  seeded.error().message);
            return 1;
        }
        made.value().reset();
        // Whoever just chose the passphrase is signed in as the administrator.
        auto ring = KeyRing::load(path);
        auto key =
            ring ? ring->unlock(firstRun.administrator(), firstRun.passphrase()) : Result<QByteArray>(ring.error());
        if (key) {
            options.key = key.value();
            actor = firstRun.administrator();
        }
    }
    // An encrypted database opens only for someone who signs in with their passphrase.
    if (options.key.isEmpty() && KeyRing::existsFor(path)) {
        auto ring = KeyRing::load(path);
        if (!ring)
            return offerAnother(QApplication::translate("main", "Waymark cannot open the database"),
                                ring.error().message)
                       ? 0
                       : 1;
        if (m_measuring) {
            // The passphrase given, as if typed: Argon2id takes the time it always takes, and
            // is reported apart from the rest of the start. Meanwhile this thread makes ready what
            // the sign-in dialog makes ready while the passphrase is typed.
            KeyRing keys = ring.value();
            std::optional<Result<QByteArray>> signedIn;
            std::jthread deriving([&] {
                QElapsedTimer derivation;
                derivation.start();
                signedIn = keys.signIn(path, m_measureUser, m_measurePassphrase, QDateTime::currentDateTimeUtc());
                m_keyDerivationMs = derivation.elapsed();
            });
            StartupWarmUp::onWindowThread();
            deriving.join();
            const Result<QByteArray>& key = *signedIn;
            // Kept no longer than the sign-in needs it.
            m_measurePassphrase.fill(QLatin1Char('\0'));
            m_measurePassphrase.clear();
            if (!key) {
                std::fprintf(stderr, "waymark: %s\n", qPrintable(key.error().message));
                return 1;
            }
            options.key = key.value();
            actor = m_measureUser;
        } else {
            SignInDialog signIn(path, ring.value());
            // Not signing in to a place just chosen goes back to choosing, not out of Waymark.
            if (signIn.exec() != QDialog::Accepted) {
                if (m_chosen)
                    chooseAnother();
                return 0;
            }
            options.key = signIn.key();
            actor = signIn.user();
            failedSignIns = signIn.failedNames();
        }
    }
    auto database = Database::open(path, options);
    if (!database)
        return offerAnother(QApplication::translate("main", "Waymark cannot open the database"),
                            database.error().message)
                   ? 0
                   : 1;
    if (options.mode == Database::Open::CreateIfMissing) {
        auto seeded = DatabaseSetup::initialise(*database.value(), clock);
        if (!seeded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot set up the database"),
                                  seeded.error().message);
            return 1;
        }
    }
    // Changes are recorded as made by who signed in, and their role decides what they see. A
    // plain demo file has no accounts: the computer's user works as its administrator.
    SignedInUser user{actor, {}, Role::Administrator};
    if (KeyRing::existsFor(path)) {
        auto ring = KeyRing::load(path);
        const KeyRing::Account* account = ring ? ring->account(actor) : nullptr;
        auto who =
            account
                ? AccessService::signedInUser(*database.value(), account->user, account->staffId,
                                              account->administrator)
                : Result<SignedInUser>(Error{
                      QApplication::translate("main", "The account \"%1\" is no longer in the keys file.").arg(actor),
                      {}});
        if (!who) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot sign you in"),
                                  who.error().message);
            return 1;
        }
        user = who.value();
    } else if (database.value()->isServer()) {
        // A team server: its sign-in, given to a member of staff, says who this is.
        auto who = AccessService::signedInToServer(*database.value());
        if (!who)
            return offerAnother(QApplication::translate("main", "Waymark cannot sign you in"), who.error().message) ? 0
                                                                                                                    : 1;
        user = who.value();
    }
    Repositories repositories(*database.value());
    ChangeNotifier notifier;
    if (KeyRing::existsFor(path) || database.value()->isServer()) {
        // Who signed in, and any names refused before it, go in the audit trail.
        AccessService access(ServiceContext{*database.value(), clock, notifier, user.user, user.role, user.staffId});
        if (Status s = access.signedIn(failedSignIns); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot record the sign-in"),
                                  s.error().message);
            return 1;
        }
    }
    // Opened: a place chosen in the open dialog is where Waymark opens next time.
    if (m_chosen)
        OpenDatabaseDialog::remember(database.value()->isServer() ? database.value()->path()
                                                                  : QFileInfo(path).absoluteFilePath());
    // The administrator gives sign-ins with the key they signed in with.
    AccountService accounts(ServiceContext{*database.value(), clock, notifier, user.user, user.role, user.staffId},
                            path, options.key);
    // The start benchmark opens on the Caseload, as someone looking for a person would go to it.
    MainWindow window(repositories, clock, notifier, user,
                      m_measuring ? MainWindow::Section::Caseload : MainWindow::Section::Today);
    window.setAccounts(&accounts);
    QObject::connect(&window, &MainWindow::openAnotherRequested, &window, [this, &window, &database] {
        OpenDatabaseDialog dialog(database.value()->path(), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_next = dialog.chosen();
        window.close();
    });
    // An encrypted database locks after a while unused and when the computer sleeps; unlocking
    // is a sign-in, with the same count of wrong passphrases.
    std::unique_ptr<IdleWatcher> idle;
    std::unique_ptr<LockScreen> lock;
    if (KeyRing::existsFor(path)) {
        idle = std::make_unique<IdleWatcher>(IdleWatcher::configuredMinutes() * 60 * 1000);
        idle->watchSystemSleep();
        lock = std::make_unique<LockScreen>(user.user, [&](const QString& passphrase) -> Status {
            auto ring = KeyRing::load(path);
            if (!ring)
                return ring.error();
            KeyRing keys = ring.value();
            auto key = keys.signIn(path, user.user, passphrase, QDateTime::currentDateTimeUtc());
            if (!key)
                return key.error();
            key.value().fill('\0');
            AccessService unlocked(
                ServiceContext{*database.value(), clock, notifier, user.user, user.role, user.staffId});
            return unlocked.signedIn();
        });
    } else if (database.value()->isServer()) {
        // On the team server, the same lock, unlocked by the server taking the password again.
        idle = std::make_unique<IdleWatcher>(IdleWatcher::configuredMinutes() * 60 * 1000);
        idle->watchSystemSleep();
        lock = std::make_unique<LockScreen>(
            user.user,
            [&](const QString& password) -> Status {
                Result<ServerAddress> address = ServerAddress::parse(path);
                if (!address)
                    return address.error();
                if (Status s = address->checkPassword(password); !s)
                    return s;
                AccessService unlocked(
                    ServiceContext{*database.value(), clock, notifier, user.user, user.role, user.staffId});
                return unlocked.signedIn();
            },
            LockScreen::Secret::ServerPassword);
    }
    if (lock) {
        QObject::connect(idle.get(), &IdleWatcher::idle, lock.get(), &LockScreen::lock);
        QObject::connect(idle.get(), &IdleWatcher::sleeping, lock.get(), &LockScreen::lock);
        QObject::connect(&window, &MainWindow::lockRequested, lock.get(), &LockScreen::lock);
        QObject::connect(&window, &MainWindow::lockAfterChanged, idle.get(),
                         [&idle](int minutes) { idle->setIdleMilliseconds(minutes * 60 * 1000); });
        QObject::connect(lock.get(), &LockScreen::unlocked, idle.get(), &IdleWatcher::restart);
    }
    if (m_measuring) {
        // Three moments: the window painted and answering (the caseload still being read on its
        // own thread); the first screenful of the caseload painted in it, when a person could
        // start to use it (a large caseload's rest still being read); then the whole caseload.
        // (The window began reading the caseload as it was made; a file's reads come back
        // through the event loop, so none is missed by connecting here.)
        QTimer::singleShot(0, &window, [] {
            QApplication::processEvents();
            std::printf("window_answers\n");
            std::fflush(stdout);
        });
        QObject::connect(window.caseloadPage(), &CaseloadPage::firstRowsShown, &window, [] {
            // Laid out and painted, the count above the rows too. (Where the whole list comes in
            // this same turn of the loop, "started" is said first and that time stands for both.)
            QApplication::processEvents();
            std::printf("first_rows\n");
            std::fflush(stdout);
        });
        QObject::connect(window.caseloadPage(), &CaseloadPage::caseloadShown, &window, [this] {
            QApplication::processEvents();
            reportStarted();
            QApplication::exit(0);
        });
    }
    window.show();
    const int status = QApplication::exec();
    if (m_measuring)
        return status;
    // A copy of the database every time the app closes; the last few are kept. (A team server is
    // backed up on the server.)
    if (database.value()->isServer())
        return status;
    if (auto backup = AutomaticBackups::take(*database.value(), QDateTime::currentDateTimeUtc()); !backup)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Waymark could not back up the database"),
                             backup.error().message);
    return status;
}

} // namespace waymark
