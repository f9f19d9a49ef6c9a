#include "ui/TodayPage.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ConcernService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/ReadingBar.h"
#include "ui/ReferralsPage.h"
#include "ui/TodayModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>

#include "tests/support/QtPrinters.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QJsonObject dna(const char* id, const char* startsAt, int minutes = 60, const char* status = "dna")
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                       {QStringLiteral("staff_id"), QStringLiteral("kw-1")},
                       {QStringLiteral("starts_at"), QString::fromLatin1(startsAt)},
                       {QStringLiteral("duration_minutes"), minutes},
                       {QStringLiteral("kind"), QStringLiteral("home_visit")},
                       {QStringLiteral("status"), QString::fromLatin1(status)}};
}

class TodayPageTest : public ::testing::Test {
protected:
    void load()
    {
        QJsonObject doc = test::smallCaseload();
        QJsonArray appointments = doc.value(QStringLiteral("appointments")).toArray();
        appointments << dna("d1", "2026-06-08T09:00:00Z") << dna("d2", "2026-06-15T09:00:00Z")
                     << dna("d3", "2026-06-22T09:00:00Z")
                     << dna("long", "2026-07-02T09:00:00Z", 150, "planned");
        doc.insert(QStringLiteral("appointments"), appointments);
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(doc, QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    QStringList groups(TodayPage* page)
    {
        QStringList out;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            out << page->model()->index(row, 0).data().toString();
        return out;
    }

    // The list is read on another thread: wait for it to be shown, as a person would.
    static TodayPage* shown(TodayPage* page)
    {
        EXPECT_TRUE(test::readBy(page));
        return page;
    }

    QModelIndex itemOfKind(TodayPage* page, const QString& kind)
    {
        TodayModel* model = page->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                const QModelIndex item = model->index(r, 0, group);
                if (item.data(TodayModel::KindRole).toString() == kind)
                    return item;
            }
        }
        return {};
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
};

} // namespace

TEST_F(TodayPageTest, GroupsWhatIsDueWithTheLateFirst)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    TodayPage* page = shown(window.todayPage());
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(groups(page), (QStringList{QStringLiteral("First contact overdue (1)"),
                                         QStringLiteral("Withdrawal review needed after missed appointments (1)"),
                                         QStringLiteral("Over the weekly hours cap (1)")}));
    const QModelIndex overdue = itemOfKind(page, QStringLiteral("first_contact_overdue"));
    EXPECT_EQ(overdue.siblingAtColumn(TodayModel::Person).data().toString(), QStringLiteral("Bartholomew Sample"));
    // Received 08:15 UTC on 10 May (09:15 in London), due 48 hours later; now is 1 July.
    EXPECT_TRUE(overdue.siblingAtColumn(TodayModel::Due).data().toString().startsWith(
        QStringLiteral("Tue 12 May 2026 09:15")))
        << overdue.siblingAtColumn(TodayModel::Due).data().toString().toStdString();
    EXPECT_TRUE(overdue.siblingAtColumn(TodayModel::Due).data().toString().contains(QStringLiteral("late")));
}

TEST_F(TodayPageTest, AnItemOpensWhereItIsResolved)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    TodayPage* page = shown(window.todayPage());

    emit page->view()->activated(itemOfKind(page, QStringLiteral("dna_withdrawal_review")).siblingAtColumn(1));
    auto* pages = window.findChild<QStackedWidget*>();
    ASSERT_EQ(pages->currentWidget(), window.recordView());
    EXPECT_EQ(window.recordView()->serviceUserId(), QStringLiteral("su-1"));
    EXPECT_EQ(window.recordView()->tabs()->tabText(window.recordView()->tabs()->currentIndex()),
              QStringLiteral("Diary"));

    window.showSection(MainWindow::Section::Today);
    shown(page);
    emit page->view()->activated(itemOfKind(page, QStringLiteral("first_contact_overdue")));
    ASSERT_EQ(pages->currentWidget(), window.referralsPage());
    ASSERT_TRUE(test::readBy(window.referralsPage()));
    EXPECT_EQ(window.referralsPage()->selectedReferral(), QStringLiteral("ref-2"));
}

TEST_F(TodayPageTest, AWorkersOwnListKeepsReferralsAndTheirPeople)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    TodayPage* page = shown(window.todayPage());
    QStringList choices;
    for (int i = 0; i < page->staffChoice()->count(); ++i)
        choices << page->staffChoice()->itemText(i);
    EXPECT_EQ(choices, (QStringList{QStringLiteral("Everyone (team view)"), QStringLiteral("Jo Marsh")}));
    page->showStaff(QStringLiteral("kw-1"));
    shown(page);
    EXPECT_EQ(page->model()->itemCount(), 3);
    EXPECT_EQ(page->shownStaff(), QStringLiteral("kw-1"));
}

TEST_F(TodayPageTest, NothingDueSaysSo)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    TodayPage* page = shown(window.todayPage());
    auto* empty = page->findChild<EmptyState*>();
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(page->view()->isVisible());
    EXPECT_EQ(empty->heading(), QStringLiteral("Nothing needs attention"));
}

TEST_F(TodayPageTest, ASeriousComplaintNotYetSentIsSaidAboveTheList)
{
    load();
    ConcernService service(ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")});
    Complaint complaint;
    complaint.serviceUserId = QStringLiteral("su-1");
    complaint.receivedOn = QDate(2026, 6, 30);
    complaint.summary = QStringLiteral("Visits cancelled without notice");
    complaint.serious = true;
    ASSERT_TRUE(service.saveComplaint(complaint).ok());
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    QLabel* notice = shown(window.todayPage())->complaintsNotice();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Lexi"))) << notice->text().toStdString();
    emit notice->linkActivated(QStringLiteral("su-1"));
    EXPECT_EQ(window.recordView()->tabs()->tabText(window.recordView()->tabs()->currentIndex()), QStringLiteral("Health"));
}

TEST_F(TodayPageTest, TheListIsReadWhileTheWindowIsAlreadyThere)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    TodayPage* page = window.todayPage();
    // The window is up before the list is read: what is being read is said, with Cancel.
    EXPECT_TRUE(page->working());
    EXPECT_TRUE(page->readingBar()->isVisible());
    shown(page);
    EXPECT_FALSE(page->readingBar()->isVisible());
    EXPECT_EQ(page->model()->itemCount(), 3);

    // Cancelled, it says how to read it after all.
    page->reload();
    page->readingBar()->cancelButton()->click();
    auto* empty = page->findChild<EmptyState*>();
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->heading(), QStringLiteral("The list was not read"));
    QTest::qWait(200);
    EXPECT_EQ(page->model()->itemCount(), 0);
    page->reload();
    shown(page);
    EXPECT_EQ(page->model()->itemCount(), 3);
}
