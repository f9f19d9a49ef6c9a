#include "ui/SessionsPage.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/EmptyState.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/SessionPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Lexi (Alexandra Tester) is in Thurrock floating support; now is Wednesday 1 July 2026.
class SessionsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.showSection(MainWindow::Section::Sessions);
        m_page = m_window.sessionsPage();
    }

    // Adds a Thurrock drop-in at 10:00 today through the form.
    void addDropIn()
    {
        std::unique_ptr<FormDialog> form(m_page->sessionForm());
        auto* contract = form->findChild<QComboBox*>(QStringLiteral("contract"));
        contract->setCurrentIndex(contract->findData(QStringLiteral("thurrock-fs")));
        auto* kind = form->findChild<QComboBox*>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("drop_in")));
        form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Grays drop-in"));
        form->findChild<QLineEdit*>(QStringLiteral("venue"))->setText(QStringLiteral("Grays library"));
        form->accept();
        ASSERT_EQ(form->result(), QDialog::Accepted);
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
    SessionsPage* m_page = nullptr;
};

} // namespace

TEST_F(SessionsPageTest, AnEmptyWeekSaysHowToAddASession)
{
    EXPECT_TRUE(m_page->sessions().isEmpty());
    EXPECT_EQ(m_page->firstDay(), QDate(2026, 6, 29));
    auto* empty = m_page->findChild<EmptyState*>();
    ASSERT_NE(empty, nullptr);
    EXPECT_EQ(empty->heading(), QStringLiteral("No sessions this week"));
}

TEST_F(SessionsPageTest, ADropInRecordsAWalkInFoundByNameWithEnter)
{
    addDropIn();
    ASSERT_EQ(m_page->sessions().size(), 1);
    SessionPanel* panel = m_page->panel();
    EXPECT_EQ(panel->sessionId(), m_page->sessions().first().session.id);
    QTest::keyClicks(panel->whoEdit(), QStringLiteral("Lexi"));
    QTest::keyClicks(panel->discussedEdit(), QStringLiteral("Rent arrears letter"));
    panel->minutesBox()->setValue(20);
    QTest::keyClick(panel->discussedEdit(), Qt::Key_Return);
    ASSERT_EQ(panel->walkIns()->count(), 1);
    EXPECT_EQ(panel->walkIns()->item(0)->text(), QStringLiteral("Lexi (Alexandra Tester): Rent arrears letter (20 minutes)"));
    EXPECT_TRUE(panel->whoEdit()->text().isEmpty());
    // She is ticked on the register, and the list counts her.
    ASSERT_EQ(panel->registerList()->count(), 1);
    EXPECT_EQ(panel->registerList()->item(0)->checkState(), Qt::Checked);
    EXPECT_EQ(m_page->list()->item(0, 5)->text(), QStringLiteral("1"));

    // Her record's diary shows the drop-in and what was discussed.
    m_window.openServiceUser(QStringLiteral("su-1"));
    m_window.recordView()->showTab(PersonRecordView::Tab::Diary);
    auto* attended = m_window.recordView()->findChild<QTableWidget*>(QStringLiteral("sessionsAttended"));
    ASSERT_NE(attended, nullptr);
    ASSERT_EQ(attended->rowCount(), 1);
    EXPECT_EQ(attended->item(0, 1)->text(), QStringLiteral("Grays drop-in"));
    EXPECT_EQ(attended->item(0, 3)->text(), QStringLiteral("Rent arrears letter (20 minutes)"));
}

TEST_F(SessionsPageTest, SomeoneNewIsCreatedAsTheyWalkIn)
{
    addDropIn();
    SessionPanel* panel = m_page->panel();
    const int before = m_repos.serviceUsers.count().value();
    panel->newPersonBox()->setChecked(true);
    QTest::keyClicks(panel->givenNameEdit(), QStringLiteral("Sam"));
    QTest::keyClicks(panel->familyNameEdit(), QStringLiteral("Rivers"));
    QTest::keyClicks(panel->discussedEdit(), QStringLiteral("Sanction letter"));
    ASSERT_TRUE(panel->recordWalkIn());
    EXPECT_EQ(m_repos.serviceUsers.count().value(), before + 1);
    EXPECT_EQ(panel->walkIns()->item(0)->text(), QStringLiteral("Sam Rivers: Sanction letter (15 minutes)"));
    // Back later the same day, they are found by name like anyone on record.
    QTest::keyClicks(panel->whoEdit(), QStringLiteral("Sam Rivers"));
    QTest::keyClicks(panel->discussedEdit(), QStringLiteral("Food bank voucher"));
    ASSERT_TRUE(panel->recordWalkIn())
        << panel->messages()->messageText(QStringLiteral("service_user_id")).toStdString();
    EXPECT_EQ(m_repos.serviceUsers.count().value(), before + 1);
    ASSERT_EQ(panel->walkIns()->count(), 1);
    EXPECT_EQ(panel->walkIns()->item(0)->text(),
              QStringLiteral("Sam Rivers: Sanction letter; Food bank voucher (30 minutes)"));
}

// The drop-in reads its names once, but someone referred meanwhile (another part of the app
// tells the window) is found by name at the next walk-in, and someone deleted is no longer.
TEST_F(SessionsPageTest, SomeoneReferredOrDeletedWhileTheDropInIsOpenIsFoundOrNotByName)
{
    addDropIn();
    SessionPanel* panel = m_page->panel();
    ReferralService referrals{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
    ServiceUser someone;
    someone.givenName = QStringLiteral("Priya");
    someone.familyName = QStringLiteral("Okafor");
    Referral referral;
    referral.contractId = QStringLiteral("thurrock-fs");
    referral.receivedAt = m_db.clock().now().addSecs(-3600);
    referral.source = QStringLiteral("self");
    referral.referrer = QStringLiteral("Self-referral at the drop-in");
    referral.consent = true;
    Result<QString> recorded = referrals.record(someone, referral);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    QTest::keyClicks(panel->whoEdit(), QStringLiteral("Priya Okafor"));
    QTest::keyClicks(panel->discussedEdit(), QStringLiteral("What support is on offer"));
    EXPECT_TRUE(panel->recordWalkIn())
        << panel->messages()->messageText(QStringLiteral("service_user_id")).toStdString();

    // Lexi is deleted elsewhere (as the record's Delete does, then the window is told).
    ASSERT_TRUE(QSqlQuery(m_db.db().connection())
                    .exec(QStringLiteral("UPDATE service_users SET deleted = 1 WHERE id = 'su-1'")));
    emit m_notifier.serviceUserChanged(QStringLiteral("su-1"));
    QTest::keyClicks(panel->whoEdit(), QStringLiteral("Lexi"));
    QTest::keyClicks(panel->discussedEdit(), QStringLiteral("Benefits"));
    EXPECT_FALSE(panel->recordWalkIn());
    EXPECT_TRUE(
        panel->messages()->messageText(QStringLiteral("service_user_id")).contains(QStringLiteral("No one on record")))
        << panel->messages()->messageText(QStringLiteral("service_user_id")).toStdString();
}

TEST_F(SessionsPageTest, AWalkInWithAnUnknownNameOrNothingDiscussedSaysWhatToDo)
{
    addDropIn();
    SessionPanel* panel = m_page->panel();
    QTest::keyClicks(panel->whoEdit(), QStringLiteral("Nobody Known"));
    EXPECT_FALSE(panel->recordWalkIn());
    EXPECT_TRUE(panel->messages()->messageText(QStringLiteral("service_user_id")).contains(QStringLiteral("No one on record matches")))
        << panel->messages()->messageText(QStringLiteral("service_user_id")).toStdString();
    EXPECT_TRUE(panel->messages()->messageText(QStringLiteral("x_discussed")).startsWith(QStringLiteral("Error:")));
    EXPECT_TRUE(m_repos.sessions.attendance(panel->sessionId())->isEmpty());
}

TEST_F(SessionsPageTest, TheRegisterIsATickListSaved)
{
    std::unique_ptr<FormDialog> form(m_page->sessionForm());
    auto* contract = form->findChild<QComboBox*>(QStringLiteral("contract"));
    contract->setCurrentIndex(contract->findData(QStringLiteral("thurrock-fs")));
    auto* kind = form->findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("social_club")));
    form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Friday lunch club"));
    form->accept();
    ASSERT_EQ(form->result(), QDialog::Accepted);
    SessionPanel* panel = m_page->panel();
    ASSERT_EQ(panel->registerList()->count(), 1);
    panel->registerList()->item(0)->setCheckState(Qt::Checked);
    ASSERT_TRUE(panel->saveRegister());
    Result<QVector<Attendance>> lines = m_repos.sessions.attendance(panel->sessionId());
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    EXPECT_TRUE(lines->first().attended);
    EXPECT_EQ(m_page->list()->item(0, 5)->text(), QStringLiteral("1"));
}

TEST_F(SessionsPageTest, ASessionWithNoLengthIsRefusedBesideTheField)
{
    std::unique_ptr<FormDialog> form(m_page->sessionForm());
    form->findChild<QSpinBox*>(QStringLiteral("duration"))->setValue(0);
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    EXPECT_TRUE(form->messages()->messageText(QStringLiteral("duration_minutes")).startsWith(QStringLiteral("Error:")));
    EXPECT_TRUE(m_page->sessions().isEmpty());
}

TEST_F(SessionsPageTest, TicksAreKeptWhenAWalkInIsRecorded)
{
    addDropIn();
    SessionPanel* panel = m_page->panel();
    ASSERT_EQ(panel->registerList()->count(), 1);
    panel->registerList()->item(0)->setCheckState(Qt::Checked); // Lexi, not yet saved
    panel->newPersonBox()->setChecked(true);
    QTest::keyClicks(panel->givenNameEdit(), QStringLiteral("Sam"));
    QTest::keyClicks(panel->familyNameEdit(), QStringLiteral("Rivers"));
    QTest::keyClicks(panel->discussedEdit(), QStringLiteral("Sanction letter"));
    ASSERT_TRUE(panel->recordWalkIn());
    int ticked = 0;
    for (int i = 0; i < panel->registerList()->count(); ++i)
        ticked += panel->registerList()->item(i)->checkState() == Qt::Checked ? 1 : 0;
    EXPECT_EQ(ticked, 2);
    EXPECT_EQ(m_repos.sessions.attendance(panel->sessionId())->size(), 2);
}

TEST_F(SessionsPageTest, TwoPeopleOfOneNameAreNeverConfused)
{
    addDropIn();
    SessionPanel* panel = m_page->panel();
    auto addSam = [&] {
        panel->newPersonBox()->setChecked(true);
        panel->givenNameEdit()->setText(QStringLiteral("Sam"));
        panel->familyNameEdit()->setText(QStringLiteral("Rivers"));
        panel->discussedEdit()->setText(QStringLiteral("Housing"));
        return panel->recordWalkIn();
    };
    ASSERT_TRUE(addSam());
    // A second Sam Rivers: asked first, added on the second press.
    EXPECT_FALSE(addSam());
    EXPECT_TRUE(panel->messages()->messageText(QStringLiteral("given_name")).contains(QStringLiteral("already on record")));
    ASSERT_TRUE(panel->recordWalkIn());
    // Typing the shared name does not pick one of them at random.
    panel->whoEdit()->setText(QStringLiteral("Sam Rivers"));
    panel->discussedEdit()->setText(QStringLiteral("Benefits"));
    EXPECT_FALSE(panel->recordWalkIn());
    EXPECT_TRUE(panel->messages()->messageText(QStringLiteral("service_user_id")).contains(QStringLiteral("More than one person")))
        << panel->messages()->messageText(QStringLiteral("service_user_id")).toStdString();
}

// At a laptop's width, beside the register, the week's list keeps room for the session's name:
// the kind and the venue give way to it (whole in their tooltips), not it to them.
TEST_F(SessionsPageTest, TheSessionsNameHasTheRoomBesideTheRegisterOnALaptop)
{
    std::unique_ptr<FormDialog> form(m_page->sessionForm());
    form->findChild<QComboBox*>(QStringLiteral("contract"))
        ->setCurrentIndex(
            form->findChild<QComboBox*>(QStringLiteral("contract"))->findData(QStringLiteral("thurrock-fs")));
    auto* kind = form->findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("mainstream_access")));
    form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Benefits and housing advice"));
    form->findChild<QLineEdit*>(QStringLiteral("venue"))
        ->setText(QStringLiteral("The Larch Centre community hall, Kentish Town Road"));
    form->accept();
    ASSERT_EQ(form->result(), QDialog::Accepted);
    m_window.resize(1280, 760);
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    auto* list = m_page->findChild<QTableWidget*>(QStringLiteral("sessionList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->rowCount(), 1);
    const int name = list->fontMetrics().horizontalAdvance(QStringLiteral("Benefits and housing"));
    EXPECT_GE(list->columnWidth(2), name) << "the session's name column is " << list->columnWidth(2) << " px";
    EXPECT_EQ(list->item(0, 3)->toolTip(), QStringLiteral("The Larch Centre community hall, Kentish Town Road"));
}
