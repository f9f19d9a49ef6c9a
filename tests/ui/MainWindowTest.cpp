#include "ui/MainWindow.h"
#include "core/domain/LocalTime.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/CaseloadModel.h"
#include "ui/CaseloadPage.h"
#include "ui/DiaryPage.h"
#include "ui/EmptyState.h"
#include "ui/PersonRecordView.h"
#include "ui/ReferralsPage.h"
#include "ui/ReportsPage.h"
#include "ui/SessionsPage.h"
#include "ui/SortByKeyboard.h"
#include "ui/TodayPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void load()
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"),
                                          QStringLiteral("test"))
                        .ok());
    }

    QStringList visibleNames(CaseloadPage* page)
    {
        QStringList names;
        QAbstractItemModel* model = page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, CaseloadModel::Name).data().toString();
        return names;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
};

} // namespace

TEST_F(MainWindowTest, ShowsTheNavigationOfTheDesign)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    QStringList sections;
    for (int i = 0; i < window.navigation()->count(); ++i)
        sections << window.navigation()->item(i)->text();
    EXPECT_EQ(sections, (QStringList{QStringLiteral("Today"), QStringLiteral("Caseload"),
                                     QStringLiteral("Referrals"), QStringLiteral("Diary"),
                                     QStringLiteral("Sessions"), QStringLiteral("Reports"),
                                     QStringLiteral("Admin")}));
    EXPECT_EQ(window.navigation()->currentRow(), 0) << "the day starts on the Today list";
}

TEST_F(MainWindowTest, EmptyCaseloadSaysWhatToDoNext)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    auto* empty = window.caseloadPage()->findChild<EmptyState*>();
    ASSERT_NE(empty, nullptr);
    EXPECT_EQ(empty->heading(), QStringLiteral("No one is on the caseload yet"));
    EXPECT_TRUE(empty->hint().contains(QStringLiteral("Referrals screen")));
    EXPECT_TRUE(empty->hint().contains(QStringLiteral("waymark-cli import")));
}

TEST_F(MainWindowTest, TypingFiltersTheCaseload)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    window.showSection(MainWindow::Section::Caseload);
    CaseloadPage* page = window.caseloadPage();
    ASSERT_TRUE(test::readBy(page));
    EXPECT_EQ(page->visibleCount(), 2);
    EXPECT_EQ(visibleNames(page),
              (QStringList{QStringLiteral("Bartholomew Sample"), QStringLiteral("Lexi (Alexandra Tester)")}));

    QTest::keyClicks(page->filterEdit(), QStringLiteral("lex"));
    EXPECT_EQ(visibleNames(page), QStringList{QStringLiteral("Lexi (Alexandra Tester)")});

    page->filterEdit()->clear();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("jo marsh"));
    EXPECT_EQ(visibleNames(page), QStringList{QStringLiteral("Lexi (Alexandra Tester)")})
        << "the key worker's name finds their people";

    page->filterEdit()->clear();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("zzz"));
    EXPECT_EQ(page->visibleCount(), 0);
    auto* empty = page->findChild<EmptyState*>();
    EXPECT_EQ(empty->heading(), QStringLiteral("No one matches \"zzz\""));
}

// A caseload larger than a screenful is shown a screenful first, as soon as that is read, the rest
// following: the first rows are the top of the whole list in its order, the count says the rest
// is coming, and a search meanwhile says it is still reading rather than that no one matches.
TEST_F(MainWindowTest, ALargeCaseloadShowsItsFirstScreenfulWhileTheRestIsRead)
{
    DemoOptions demo;
    demo.people = 260;
    demo.asOf = QDate(2026, 7, 1);
    ASSERT_TRUE(DatabaseSetup::loadDemo(m_db.db(), m_db.clock(), demo).ok());
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    CaseloadPage* page = window.caseloadPage();
    QStringList firstNames;
    QString firstCount, searchedHeading;
    bool stillReading = false;
    QSignalSpy opened(page, &CaseloadPage::openServiceUser);
    bool enterTried = false;
    // Looked at as the first rows are shown, before the window's thread can take in the rest.
    QObject::connect(page, &CaseloadPage::firstRowsShown, page, [&] {
        firstNames = visibleNames(page);
        firstCount = page->findChild<QLabel*>(QStringLiteral("caseloadCount"))->text();
        stillReading = page->working();
        page->filterEdit()->setText(QStringLiteral("no such name"));
        searchedHeading = page->findChild<EmptyState*>()->heading();
        // The only match among the first rows may not be the only one: Enter does not open it.
        page->filterEdit()->setText(firstNames.first());
        enterTried = page->visibleCount() == 1;
        if (enterTried)
            QTest::keyClick(page->filterEdit(), Qt::Key_Return);
        page->filterEdit()->clear();
    });
    QSignalSpy whole(page, &CaseloadPage::caseloadShown);
    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(page));
    ASSERT_EQ(whole.count(), 1);
    EXPECT_TRUE(stillReading);
    // As many as a window as tall as the screen shows, each row as high as the list draws it.
    const int screenful = page->firstScreenful();
    ASSERT_LT(screenful, 260);
    ASSERT_EQ(firstNames.size(), screenful);
    EXPECT_GE(screenful * page->table()->sizeHintForRow(0), window.screen()->availableGeometry().height());
    EXPECT_TRUE(enterTried) << "the first person's name is not theirs alone among the first rows";
    EXPECT_EQ(opened.count(), 0) << "a record opened from the first screenful's only match";
    EXPECT_EQ(firstCount, QStringLiteral("The first %1 shown; reading the rest\u2026").arg(screenful));
    EXPECT_EQ(searchedHeading, QStringLiteral("Still reading the caseload"));
    const QStringList everyone = visibleNames(page);
    ASSERT_EQ(everyone.size(), 260);
    EXPECT_EQ(everyone.mid(0, screenful), firstNames);
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("caseloadCount"))->text(), QStringLiteral("260 people"));
    page->filterEdit()->setText(QStringLiteral("no such name"));
    EXPECT_EQ(page->findChild<EmptyState*>()->heading(), QStringLiteral("No one matches \"no such name\""));
    // With everyone read, the same only match opens.
    page->filterEdit()->setText(firstNames.first());
    ASSERT_EQ(page->visibleCount(), 1);
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    EXPECT_EQ(opened.count(), 1);
}

// A caseload smaller than a screenful is read whole by the first read: shown as everyone, not as
// the first of more, and the one match Enter finds is opened.
TEST_F(MainWindowTest, ASmallCaseloadIsShownWholeFromTheFirstRead)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    CaseloadPage* page = window.caseloadPage();
    QString firstCount;
    QObject::connect(page, &CaseloadPage::firstRowsShown, page,
                     [&] { firstCount = page->findChild<QLabel*>(QStringLiteral("caseloadCount"))->text(); });
    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(page));
    EXPECT_EQ(firstCount, QStringLiteral("2 people"));
}

TEST_F(MainWindowTest, EnterOnASingleMatchOpensTheRecordWithEveryTab)
{
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.show();
    window.showSection(MainWindow::Section::Caseload);
    CaseloadPage* page = window.caseloadPage();
    ASSERT_TRUE(test::readBy(page));
    QTest::keyClicks(page->filterEdit(), QStringLiteral("sample"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    PersonRecordView* record = window.recordView();
    EXPECT_EQ(record->serviceUserId(), QStringLiteral("su-2"));
    EXPECT_TRUE(record->isVisible());
    QStringList tabs;
    for (int i = 0; i < record->tabs()->count(); ++i)
        tabs << record->tabs()->tabText(i);
    EXPECT_EQ(tabs, (QStringList{QStringLiteral("Profile"), QStringLiteral("Risk"), QStringLiteral("Support plan"),
                                 QStringLiteral("Diary"), QStringLiteral("Outcome Star"),
                                 QStringLiteral("Health"), QStringLiteral("Outcomes"),
                                 QStringLiteral("Notes"), QStringLiteral("History")}));
    auto* summary = record->findChild<QLabel*>(QStringLiteral("personSummary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Mental Health Day Services, ended Sat 20 Jun 2026")))
        << summary->text().toStdString();
    // Su-2 has no plan: the tab says what belongs there.
    record->showTab(PersonRecordView::Tab::SupportPlan);
    auto* planEmpty = record->tabs()->widget(int(PersonRecordView::Tab::SupportPlan))->findChild<EmptyState*>();
    ASSERT_NE(planEmpty, nullptr);
    EXPECT_EQ(planEmpty->heading(), QStringLiteral("No support plan yet"));
}

TEST_F(MainWindowTest, TheCaseloadModelIsAWellBehavedModel)
{
    load();
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto entries = m_repos.caseload.entries(m_db.clock().now());
    ASSERT_TRUE(entries.ok());
    model.setEntries(entries.value(), QDate(2026, 7, 1));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, CaseloadModel::Status).data().toString(), QStringLiteral("In support"));
    EXPECT_EQ(model.index(0, CaseloadModel::Status).data().toString(), QStringLiteral("Closed"));
    EXPECT_EQ(model.index(1, CaseloadModel::NextAction).data().toString(),
              QStringLiteral("Appointment Mon 6 Jul 2026 14:00"));
}

TEST_F(MainWindowTest, ADemoDatabaseIsMarkedAsFictional)
{
    ASSERT_TRUE(m_repos.meta.setValue(QString::fromLatin1(MetaRepository::Demo), QStringLiteral("1")).ok());
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("demo: fictional data")))
        << window.windowTitle().toStdString();
    EXPECT_NE(window.findChild<QLabel*>(QStringLiteral("demoBanner")), nullptr);
}

TEST_F(MainWindowTest, EachSectionsPageIsMadeWhenItIsFirstShown)
{
    // Making all seven pages was a fifth of the start: a window opened on the caseload makes no
    // other, and each works as before when its section is first chosen.
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier,
                      SignedInUser{QStringLiteral("admin"), QString(), Role::Administrator},
                      MainWindow::Section::Caseload);
    window.show();
    auto* pages = window.findChild<QStackedWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(window.navigation()->currentRow(), int(MainWindow::Section::Caseload));
    EXPECT_EQ(pages->currentWidget(), window.caseloadPage());
    EXPECT_TRUE(window.findChildren<TodayPage*>().isEmpty());
    EXPECT_TRUE(window.findChildren<ReferralsPage*>().isEmpty());
    EXPECT_TRUE(window.findChildren<DiaryPage*>().isEmpty());
    EXPECT_TRUE(window.findChildren<SessionsPage*>().isEmpty());
    EXPECT_TRUE(window.findChildren<ReportsPage*>().isEmpty());
    EXPECT_TRUE(window.findChildren<AdminPage*>().isEmpty());

    // A change said before a page is made is simply read when it is shown.
    emit m_notifier.serviceUserChanged(QStringLiteral("su-1"));
    emit m_notifier.sessionChanged(QStringLiteral("session-1"));

    // Chosen in the navigation, as a click does: made once, shown, and read.
    window.navigation()->setCurrentRow(int(MainWindow::Section::Referrals));
    ASSERT_EQ(window.findChildren<ReferralsPage*>().size(), 1);
    EXPECT_EQ(pages->currentWidget(), window.referralsPage());
    ASSERT_TRUE(test::readBy(window.referralsPage()));
    window.navigation()->setCurrentRow(int(MainWindow::Section::Caseload));
    window.navigation()->setCurrentRow(int(MainWindow::Section::Referrals));
    EXPECT_EQ(window.findChildren<ReferralsPage*>().size(), 1) << "made once, not each time it is shown";
    EXPECT_EQ(window.navigation()->currentRow(), int(MainWindow::Section::Referrals));

    window.showSection(MainWindow::Section::Sessions);
    EXPECT_EQ(pages->currentWidget(), window.sessionsPage());
    window.showSection(MainWindow::Section::Admin);
    ASSERT_NE(window.adminPage(), nullptr);
    EXPECT_EQ(pages->currentWidget(), window.adminPage());
    EXPECT_EQ(window.findChildren<AdminPage*>().size(), 1);
    EXPECT_TRUE(window.findChildren<TodayPage*>().isEmpty()) << "Today was never shown";
}

TEST_F(MainWindowTest, TabGoesFromTheSectionsIntoThePageShownEvenOneMadeLate)
{
    // Pages made when first shown come after the status bar in Qt's Tab order unless put back:
    // Tab from the navigation must reach the page shown before Sync or Lock.
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier,
                      SignedInUser{QStringLiteral("admin"), QString(), Role::Administrator});
    window.show();
    const auto nextByTab = [&window](QWidget* from) {
        for (QWidget* w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain())
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&window) && w->isEnabled())
                return w;
        return static_cast<QWidget*>(nullptr);
    };
    for (MainWindow::Section section :
         {MainWindow::Section::Today, MainWindow::Section::Referrals, MainWindow::Section::Sessions,
          MainWindow::Section::Admin, MainWindow::Section::Caseload}) {
        window.showSection(section);
        QWidget* shown = window.findChild<QStackedWidget*>()->currentWidget();
        QWidget* first = nextByTab(window.navigation());
        ASSERT_NE(first, nullptr);
        EXPECT_TRUE(shown->isAncestorOf(first))
            << "section " << int(section) << ": Tab from the navigation went to " << first->metaObject()->className()
            << " " << first->objectName().toStdString();
    }
}

TEST_F(MainWindowTest, FileOpenAnotherDatabaseAsksForOneWithCtrlO)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    auto* open = window.findChild<QAction*>(QStringLiteral("openAnotherDatabase"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->shortcut(), QKeySequence(QKeySequence::Open));
    QSignalSpy asked(&window, &MainWindow::openAnotherRequested);
    open->trigger();
    EXPECT_EQ(asked.count(), 1);
}

TEST_F(MainWindowTest, FitsALaptopScreenOnEverySection)
{
    // Key workers use 1366 by 768 laptops: no section may make the window wider than that, or
    // its right-hand buttons are off the screen.
    ASSERT_TRUE(Importer(m_db.db(), m_db.clock())
                    .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                    .ok());
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("admin"));
    for (MainWindow::Section section :
         {MainWindow::Section::Today, MainWindow::Section::Caseload, MainWindow::Section::Referrals,
          MainWindow::Section::Diary, MainWindow::Section::Sessions, MainWindow::Section::Reports,
          MainWindow::Section::Admin})
        window.showSection(section);
    window.openServiceUser(QStringLiteral("su-1"));
    EXPECT_LE(window.minimumSizeHint().width(), 1300);
}

TEST_F(MainWindowTest, ThePlanTabGivesTheReviewDateTheLatestReviewSet)
{
    // Lexi's plan was agreed with a review due 13 July; the review on 15 June set the next for
    // 7 September without changing the goals, so no new plan was written.
    ASSERT_TRUE(Importer(m_db.db(), m_db.clock())
                    .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                    .ok());
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("admin"));
    window.openServiceUser(QStringLiteral("su-1"));
    window.recordView()->showTab(PersonRecordView::Tab::SupportPlan);
    QStringList dueLines;
    for (QLabel* label : window.recordView()->findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("Next review due")))
            dueLines << label->text();
    EXPECT_EQ(dueLines,
              QStringList{QStringLiteral("Next review due %1").arg(LocalTime::formatDate(QDate(2026, 9, 7)))});
}

TEST_F(MainWindowTest, TheCaseloadIsSortedFromTheKeyboardThroughItsMenu)
{
    // Qt's headings take no focus: the list's own menu (Menu key, Shift+F10) sorts it instead.
    load();
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("admin"));
    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    auto* table = window.caseloadPage()->findChild<QTreeView*>(QStringLiteral("caseloadTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->contextMenuPolicy(), Qt::CustomContextMenu);
    const auto firstName = [&] { return table->model()->index(0, 0).data().toString(); };
    const auto choose = [&](const QString& text) {
        std::unique_ptr<QMenu> menu(SortByKeyboard::menuFor(table, table->header(), &window));
        QStringList offered;
        for (QAction* action : menu->actions()) {
            offered << action->text();
            if (action->text() == text) {
                action->trigger();
                return;
            }
        }
        ADD_FAILURE() << text.toStdString() << " is not among " << offered.join(QStringLiteral(", ")).toStdString();
    };
    const QString heading = table->model()->headerData(0, Qt::Horizontal).toString();
    choose(QStringLiteral("Sort by %1").arg(table->model()->headerData(1, Qt::Horizontal).toString()));
    EXPECT_EQ(table->header()->sortIndicatorSection(), 1);
    choose(QStringLiteral("Sort by %1").arg(heading));
    EXPECT_EQ(table->header()->sortIndicatorSection(), 0);
    const QString first = firstName();
    choose(QStringLiteral("Sort by %1 the other way round").arg(heading));
    EXPECT_EQ(table->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_NE(firstName(), first);
}
