#include "ui/SyncPanel.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Importer.h"
#include "core/services/RecordWriter.h"
#include "core/services/SyncService.h"
#include "core/storage/Database.h"
#include "core/storage/ServiceUserRepository.h"
#include "tests/server/SyncFixture.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/ReadOnlyTable.h"
#include "ui/SyncConflictsDialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

void setPhone(Database& database, const QString& phone, const QString& actor)
{
    ASSERT_TRUE(test::edit(database, QStringLiteral("service_users"), QStringLiteral("su-1"),
                           {{QStringLiteral("phone"), phone}}, actor)
                    .ok());
}

// Clicks Sync now and waits, events flowing, until the sync (on its own thread) is over.
bool syncFromPanel(SyncPanel& panel)
{
    QSignalSpy over(&panel, &SyncPanel::syncFinished);
    panel.syncButton()->click();
    return panel.syncing() ? over.wait(60000) : !over.isEmpty();
}

void shoot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST(SyncScreens, TheStatusBarSyncsAConflictIsShownSideBySideAndKeepingOneSendsIt)
{
    test::ServerDatabase database;
    test::FixedClock clock;
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto opened = Database::open(database.url(), options);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& server = *opened.value();
    ASSERT_TRUE(DatabaseSetup::initialise(server, clock).ok());
    ASSERT_TRUE(Importer(server, clock)
                    .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                    .ok());

    test::TestDatabase laptop;
    test::TestDatabase other;
    ServiceUserRepository people(laptop.db());
    SyncPanel panel(laptop.db(), people, clock, QStringLiteral("jo"));
    EXPECT_EQ(panel.statusLabel()->text(), QStringLiteral("Not syncing with a team server"));
    EXPECT_TRUE(panel.conflictsButton()->isHidden());

    // The first sync asks where the server is.
    int asked = 0;
    panel.setAddressPrompt([&] {
        ++asked;
        return database.url();
    });
    int changed = 0;
    QObject::connect(&panel, &SyncPanel::changed, [&] { ++changed; });
    ASSERT_TRUE(syncFromPanel(panel));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(changed, 1);
    EXPECT_TRUE(panel.statusLabel()->text().startsWith(QStringLiteral("Synced ")))
        << panel.statusLabel()->text().toStdString();
    EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("received")))
        << panel.statusLabel()->text().toStdString();
    EXPECT_EQ(panel.syncButton()->text(), QStringLiteral("S&ync now"));

    // The same phone number changed here and on another laptop that synced first.
    ASSERT_TRUE(SyncService(other.db(), clock, QStringLiteral("sam")).sync(server, {}).ok());
    setPhone(other.db(), QStringLiteral("01375 222222"), QStringLiteral("sam"));
    ASSERT_TRUE(SyncService(other.db(), clock, QStringLiteral("sam")).sync(server, {}).ok());
    setPhone(laptop.db(), QStringLiteral("01375 111111"), QStringLiteral("jo"));
    panel.refresh();
    EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("1 change waiting")))
        << panel.statusLabel()->text().toStdString();
    ASSERT_TRUE(syncFromPanel(panel));
    EXPECT_FALSE(panel.conflictsButton()->isHidden());
    EXPECT_EQ(panel.conflictsButton()->text(), QStringLiteral("1 conflict"));
    shoot(panel, QStringLiteral("sync-panel.png"));

    SyncService service(laptop.db(), clock, QStringLiteral("jo"));
    SyncConflictsDialog dialog(service, people);
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_EQ(dialog.table()->item(0, 0)->text(), QStringLiteral("Alexandra Tester"));
    EXPECT_EQ(dialog.table()->item(0, 1)->text(), QStringLiteral("Person"));
    EXPECT_EQ(dialog.table()->item(0, 2)->text(), QStringLiteral("Phone"));
    EXPECT_TRUE(dialog.table()->item(0, 3)->text().startsWith(QStringLiteral("01375 111111\njo, ")));
    EXPECT_TRUE(dialog.table()->item(0, 4)->text().startsWith(QStringLiteral("01375 222222\nsam, ")));
    EXPECT_TRUE(dialog.keepMineButton()->isEnabled());
    dialog.show();
    shoot(dialog, QStringLiteral("sync-conflicts.png"));

    int settled = 0;
    QObject::connect(&dialog, &SyncConflictsDialog::settled, [&] { ++settled; });
    dialog.keepMineButton()->click();
    EXPECT_EQ(settled, 1);
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("No conflicts: everything here agrees with the team server."));
    EXPECT_FALSE(dialog.keepMineButton()->isEnabled());
    panel.refresh();
    EXPECT_TRUE(panel.conflictsButton()->isHidden());
    ASSERT_TRUE(syncFromPanel(panel));
    QSqlQuery q(server.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT phone FROM service_users WHERE id = 'su-1'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("01375 111111"));
}

TEST(SyncScreens, AServerThatCannotBeReachedIsSaidInTheStatusBarAndNothingChanges)
{
    test::TestDatabase laptop;
    test::FixedClock clock;
    ServiceUserRepository people(laptop.db());
    SyncPanel panel(laptop.db(), people, clock, QStringLiteral("jo"));
    panel.setAddressPrompt([] { return QStringLiteral("postgresql://waymark@127.0.0.1:1/nowhere"); });
    ASSERT_TRUE(syncFromPanel(panel));
    EXPECT_TRUE(panel.statusLabel()->text().startsWith(QStringLiteral("Nothing was synced")))
        << panel.statusLabel()->text().toStdString();
    Result<SyncStatus> status = SyncService(laptop.db(), clock, QStringLiteral("jo")).status();
    ASSERT_TRUE(status.ok());
    EXPECT_FALSE(status->joined);
    // Not an address at all: said so, and nothing is tried.
    panel.setAddressPrompt([] { return QStringLiteral("the server in the office"); });
    EXPECT_FALSE(syncFromPanel(panel)); // refused before any sync starts
    EXPECT_FALSE(panel.syncing());
    EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("postgresql://")))
        << panel.statusLabel()->text().toStdString();
}
