#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/CaseloadPage.h"
#include "ui/IdleWatcher.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

const QString Passphrase = QStringLiteral("jo's long passphrase");

class LockScreenTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.resize(1000, 700);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
    }

    // Whether any text of the person's record shows through on the window.
    bool anyVisibleLabelSays(QWidget* window, const QString& text)
    {
        for (QLabel* label : window->findChildren<QLabel*>())
            if (label->isVisible() && label->text().contains(text) && !label->visibleRegion().isEmpty())
                return true;
        return false;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, SignedInUser{QStringLiteral("jo"), QStringLiteral("kw-1"), Role::KeyWorker}};
    int m_tries = 0;
    LockScreen m_lock{QStringLiteral("jo"), [this](const QString& typed) -> Status {
                          ++m_tries;
                          if (typed != Passphrase)
                              return Error{QStringLiteral("The name or passphrase is not right."), {}};
                          return {};
                      }};
};

} // namespace

TEST_F(LockScreenTest, LockedNothingPersonalShowsAndOnlyThePassphraseUnlocks)
{
    m_window.openServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(anyVisibleLabelSays(&m_window, QStringLiteral("Lexi")));
    // A form left open over the window is covered too, and is still there afterwards.
    QDialog form(&m_window);
    auto* note = new QLineEdit(QStringLiteral("Half-written note about Lexi"), &form);
    form.resize(400, 200);
    form.show();

    m_lock.lock();
    ASSERT_TRUE(m_lock.isLocked());
    EXPECT_TRUE(m_lock.covers(&m_window));
    EXPECT_TRUE(m_lock.covers(&form));
    EXPECT_FALSE(anyVisibleLabelSays(&m_window, QStringLiteral("Lexi")));
    // Nothing reaches the window underneath: no typing, no shortcut.
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral(" more"));
    EXPECT_EQ(note->text(), QStringLiteral("Half-written note about Lexi"));
    // A window resized while locked stays covered.
    m_window.resize(1200, 800);
    EXPECT_TRUE(m_lock.covers(&m_window));

    ASSERT_NE(m_lock.passphraseField(), nullptr);
    QTest::keyClicks(m_lock.passphraseField(), QStringLiteral("wrong passphrase"));
    EXPECT_FALSE(m_lock.tryUnlock());
    EXPECT_TRUE(m_lock.isLocked());
    EXPECT_TRUE(m_lock.message()->text().contains(QStringLiteral("not right")));
    EXPECT_TRUE(m_lock.passphraseField()->text().isEmpty()); // not left in the field

    QTest::keyClicks(m_lock.passphraseField(), Passphrase);
    QSignalSpy unlocked(&m_lock, &LockScreen::unlocked);
    QTest::keyClick(m_lock.passphraseField(), Qt::Key_Return);
    EXPECT_EQ(unlocked.count(), 1);
    EXPECT_FALSE(m_lock.isLocked());
    EXPECT_FALSE(m_lock.covers(&m_window));
    EXPECT_EQ(m_tries, 2);
    // Where they were: the record and the half-written form.
    EXPECT_TRUE(anyVisibleLabelSays(&m_window, QStringLiteral("Lexi")));
    EXPECT_TRUE(form.isVisible());
    QTest::keyClicks(note, QStringLiteral(" more"));
    EXPECT_EQ(note->text(), QStringLiteral("Half-written note about Lexi more"));
}

TEST_F(LockScreenTest, AWindowOpenedWhileLockedIsCoveredToo)
{
    m_lock.lock();
    QDialog late(&m_window);
    late.resize(300, 120);
    late.show();
    EXPECT_TRUE(m_lock.covers(&late));
}

TEST_F(LockScreenTest, IdleTimeLocksAndUseKeepsItOpen)
{
    IdleWatcher watcher(150);
    QObject::connect(&watcher, &IdleWatcher::idle, &m_lock, &LockScreen::lock);
    QObject::connect(&m_window, &MainWindow::lockRequested, &m_lock, &LockScreen::lock);
    // Typing keeps it open...
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(80);
        QTest::keyClick(m_window.caseloadPage()->filterEdit(), Qt::Key_A);
    }
    EXPECT_FALSE(m_lock.isLocked());
    // ...and leaving it locks it.
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_lock.isLocked(); }, 2000));
    ASSERT_TRUE(m_lock.tryUnlock() == false);
}

TEST_F(LockScreenTest, CtrlLLocksAtOnce)
{
    QObject::connect(&m_window, &MainWindow::lockRequested, &m_lock, &LockScreen::lock);
    emit m_window.lockRequested();
    EXPECT_TRUE(m_lock.isLocked());
}

TEST(IdleWatcher, TheLockTimeIsAlwaysBetweenOneMinuteAndAnHour)
{
    QSettings().setValue(QStringLiteral("security/lockAfterMinutes"), 0);
    EXPECT_EQ(IdleWatcher::configuredMinutes(), IdleWatcher::DefaultMinutes);
    QSettings().setValue(QStringLiteral("security/lockAfterMinutes"), 15);
    EXPECT_EQ(IdleWatcher::configuredMinutes(), 15);
    QSettings().remove(QStringLiteral("security/lockAfterMinutes"));
    EXPECT_EQ(IdleWatcher::configuredMinutes(), IdleWatcher::DefaultMinutes);
}

TEST(IdleWatcher, WatchingForSleepIsNotWaitedForAndAWatcherGoneMeanwhileIsNoMatter)
{
    auto gone = std::make_unique<IdleWatcher>(60000);
    gone->watchSystemSleep();
    gone.reset(); // before the buses answer: nothing is listened for, and nothing breaks
    IdleWatcher watcher(60000);
    QSignalSpy said(&watcher, &IdleWatcher::watchingSystemSleep);
    watcher.watchSystemSleep();
    EXPECT_EQ(said.count(), 0); // the buses answer on another thread; the window goes on meanwhile
    ASSERT_TRUE(said.count() == 1 || said.wait(10000));
    // Listening wherever a bus is there: on this machine, if either is.
    const bool anyBus = QDBusConnection::systemBus().isConnected() || QDBusConnection::sessionBus().isConnected();
    EXPECT_EQ(said.at(0).at(0).toBool(), anyBus);
}
