#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/DeletedRecordsView.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/ReadOnlyTable.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The tabs of a record shown again go at the next turn of the event loop.
void dropOldTabs()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST(DeletedRecordsView, AStayEnteredByMistakeIsDeletedFromTheRecordAndRestoredByTheAdministrator)
{
    test::TestDatabase t;
    ASSERT_TRUE(Importer(t.db(), t.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    Repositories repos(t.db());
    ChangeNotifier notifier;
    MainWindow window(repos, t.clock(), notifier, QStringLiteral("admin"));
    window.openServiceUser(QStringLiteral("su-1"));
    PersonRecordView* record = window.recordView();
    record->showTab(PersonRecordView::Tab::Health);
    auto* stays = record->findChild<QTableWidget*>(QStringLiteral("hospitalStays"));
    auto* remove = record->findChild<QPushButton*>(QStringLiteral("deleteHospitalStay"));
    ASSERT_NE(stays, nullptr);
    ASSERT_NE(remove, nullptr);
    EXPECT_FALSE(remove->isEnabled()); // nothing chosen yet
    stays->selectRow(0);
    ASSERT_TRUE(remove->isEnabled());

    // The question names the person; Yes deletes.
    QString asked;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    remove->click();
    EXPECT_TRUE(asked.contains(QStringLiteral("Lexi"))) << asked.toStdString();
    EXPECT_TRUE(repos.hospitalStays.forServiceUser(QStringLiteral("su-1"))->isEmpty());
    dropOldTabs();
    EXPECT_EQ(record->tabs()->currentIndex(), int(PersonRecordView::Tab::Health));
    EXPECT_EQ(record->findChild<QTableWidget*>(QStringLiteral("hospitalStays")), nullptr);

    // Admin > Deleted records lists it, and Restore puts it back.
    DeletedRecordsView* deleted = window.adminPage()->deletedRecordsView();
    ASSERT_TRUE(deleted->reload());
    ASSERT_EQ(deleted->table()->rowCount(), 1);
    EXPECT_EQ(deleted->table()->item(0, 1)->text(), QStringLiteral("admin"));
    EXPECT_EQ(deleted->table()->item(0, 2)->text(), QStringLiteral("Hospital stay"));
    EXPECT_TRUE(deleted->table()->item(0, 3)->text().contains(QStringLiteral("Lexi")));
    EXPECT_EQ(deleted->table()->item(0, 4)->text(), QStringLiteral("Fri 1 May 2026"));
    deleted->table()->selectRow(0);
    ASSERT_TRUE(deleted->restoreSelected()) << deleted->status()->text().toStdString();
    EXPECT_EQ(deleted->table()->rowCount(), 0);
    EXPECT_EQ(deleted->status()->text(), QStringLiteral("Hospital stay restored."));
    EXPECT_EQ(repos.hospitalStays.forServiceUser(QStringLiteral("su-1"))->size(), 1);
}
