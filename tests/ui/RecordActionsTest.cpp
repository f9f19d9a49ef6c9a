#include "core/interchange/Importer.h"
#include "core/services/CaseworkServices.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/CaseworkForms.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/SupportPlanEditor.h"
#include "ui/EmptyState.h"
#include "ui/RiskAssessmentEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QApplication>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class RecordActions : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.openServiceUser(QStringLiteral("su-1"));
        m_record = m_window.recordView();
        ASSERT_TRUE(m_record->openPeriod().has_value());
    }

    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
    PersonRecordView* m_record = nullptr;
};

} // namespace

TEST_F(RecordActions, BookingPastTheWeeklyCapAsksForTheReasonAndStoresIt)
{
    std::unique_ptr<FormDialog> form(m_record->forms()->appointmentForm(*m_record->openPeriod(), QStringLiteral("kw-1"), nullptr));
    // Wednesday 1 July: 60 minutes already attended that week (Monday 29 June).
    child<LondonDateTimeEdit>(form.get(), "startsAt")->setMoment(QDateTime(QDate(2026, 7, 1), QTime(13, 0), Qt::UTC));
    child<QSpinBox>(form.get(), "duration")->setValue(150);
    EXPECT_TRUE(child<QLabel>(form.get(), "weekHours")->text().startsWith(QStringLiteral("3.5 of 3.0 hours: over the cap")))
        << child<QLabel>(form.get(), "weekHours")->text().toStdString();
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    EXPECT_TRUE(form->messages()->messageText(QStringLiteral("over_cap_reason")).startsWith(QStringLiteral("Error:")));
    QTest::keyClicks(child<QLineEdit>(form.get(), "overCapReason"), QStringLiteral("Possession hearing this week"));
    form->accept();
    ASSERT_EQ(form->result(), QDialog::Accepted);
    bool stored = false;
    for (const Appointment& a : m_repos.appointments.forServiceUser(QStringLiteral("su-1")).value())
        stored = stored || a.overCapReason == QStringLiteral("Possession hearing this week");
    EXPECT_TRUE(stored);
}

TEST_F(RecordActions, OneClickMarksAnAppointmentNotAttended)
{
    m_record->showTab(PersonRecordView::Tab::Diary);
    auto* table = child<QTableWidget>(m_record, "appointments");
    ASSERT_NE(table, nullptr);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole + 2).toString() == QStringLiteral("ap-2"))
            row = r;
    ASSERT_GE(row, 0);
    table->setCurrentCell(row, 0);
    QTest::mouseClick(child<QPushButton>(m_record, "mark_dna"), Qt::LeftButton);
    EXPECT_EQ(m_repos.appointments.find(QStringLiteral("ap-2"))->value().status, QStringLiteral("dna"));
}

TEST_F(RecordActions, ASeriousComplaintShowsUntilItIsSent)
{
    std::unique_ptr<FormDialog> form(m_record->forms()->complaintForm(QStringLiteral("su-1"), nullptr));
    QTest::keyClicks(child<QLineEdit>(form.get(), "complainant"), QStringLiteral("Lexi"));
    QTest::keyClicks(child<QPlainTextEdit>(form.get(), "summary"), QStringLiteral("Visits cancelled without notice"));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    EXPECT_FALSE(form->messages()->messageText(QStringLiteral("serious")).isEmpty());
    auto* serious = child<QComboBox>(form.get(), "serious");
    serious->setCurrentIndex(serious->findData(QStringLiteral("yes")));
    form->accept();
    ASSERT_EQ(form->result(), QDialog::Accepted);
    ASSERT_EQ(m_repos.concerns.seriousComplaintsNotSent()->size(), 1);

    m_record->showTab(PersonRecordView::Tab::Health);
    auto* complaints = child<QTableWidget>(m_record, "complaints");
    ASSERT_NE(complaints, nullptr);
    EXPECT_EQ(complaints->item(0, 4)->text(), QStringLiteral("Not yet: send it at once"));

    const Complaint complaint = m_repos.concerns.seriousComplaintsNotSent()->first();
    std::unique_ptr<FormDialog> sent(m_record->forms()->sentToCommissionerForm(complaint, nullptr));
    sent->accept();
    ASSERT_EQ(sent->result(), QDialog::Accepted);
    EXPECT_TRUE(m_repos.concerns.seriousComplaintsNotSent()->isEmpty());
}

TEST_F(RecordActions, AnExtensionNeedsWhoAgreedAndWhy)
{
    std::unique_ptr<FormDialog> form(m_record->forms()->extensionForm(*m_record->openPeriod(), nullptr));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    EXPECT_FALSE(form->messages()->messageText(QStringLiteral("extension_agreed_with")).isEmpty());
    EXPECT_FALSE(form->messages()->messageText(QStringLiteral("extension_reason")).isEmpty());
}

TEST_F(RecordActions, AComplaintIsClosedWithItsOutcome)
{
    Complaint complaint;
    complaint.id = QStringLiteral("c-1");
    complaint.serviceUserId = QStringLiteral("su-1");
    complaint.receivedOn = QDate(2026, 6, 20);
    complaint.summary = QStringLiteral("Late for a visit");
    complaint.serious = false;
    CaseworkServices services(ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")});
    ASSERT_TRUE(services.concerns.saveComplaint(complaint).ok());
    std::unique_ptr<FormDialog> form(m_record->forms()->complaintOutcomeForm(complaint, nullptr));
    child<QCheckBox>(form.get(), "closed")->setChecked(true);
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    EXPECT_FALSE(form->messages()->messageText(QStringLiteral("outcome")).isEmpty());
    QTest::keyClicks(child<QPlainTextEdit>(form.get(), "outcome"), QStringLiteral("Apologised; rota changed"));
    form->accept();
    ASSERT_EQ(form->result(), QDialog::Accepted);
    const Complaint closed = m_repos.concerns.findComplaint(QStringLiteral("c-1"))->value();
    EXPECT_EQ(closed.closedOn, QDate(2026, 7, 1));
    EXPECT_EQ(closed.outcome, QStringLiteral("Apologised; rota changed"));
}

TEST_F(RecordActions, AReviewThatAddsAGoalKeepsTheAgreedPlanReadable)
{
    std::unique_ptr<SupportPlanEditor> editor(m_record->planEditor());
    ASSERT_NE(editor, nullptr);
    editor->setReview(QDate(2026, 7, 1), QStringLiteral("Lexi, Jo"), QStringLiteral("CV done; next, volunteering"));
    Goal volunteering;
    volunteering.what = QStringLiteral("Start volunteering one morning a week");
    volunteering.measure = QStringLiteral("Attends four weeks running");
    volunteering.who = QStringLiteral("Lexi applies; Jo goes to the first visit");
    volunteering.targetDate = QDate(2026, 9, 30);
    editor->addGoal(volunteering);
    editor->setProgress(0, QStringLiteral("CV finished and sent to two places"));
    editor->accept();
    ASSERT_EQ(editor->result(), QDialog::Accepted) << editor->findChild<QLabel*>()->text().toStdString();
    const QVector<SupportPlan> versions = m_repos.supportPlans.plansForPeriod(QStringLiteral("sp-1")).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions.first().id, editor->planId());
    EXPECT_EQ(versions.first().agreedOn, QDate(2026, 7, 1));
    const QVector<PlanReview> reviews = m_repos.supportPlans.reviewsForPlan(versions.at(1).id).value();
    ASSERT_FALSE(reviews.isEmpty());
    EXPECT_TRUE(reviews.first().summary.contains(QStringLiteral("CV finished and sent to two places")));

    m_window.openServiceUser(QStringLiteral("su-1"));
    m_record->showTab(PersonRecordView::Tab::SupportPlan);
    auto* earlier = m_record->findChild<QLabel*>(QStringLiteral("earlierPlan"));
    ASSERT_NE(earlier, nullptr);
    EXPECT_TRUE(earlier->text().startsWith(QStringLiteral("Agreed Mon 20 Apr 2026"))) << earlier->text().toStdString();
}

TEST_F(RecordActions, ANewPlanIsAgreedOnlyWithEveryAreaOfNeedConsidered)
{
    // Lexi's period gets a fresh start: close it and accept her again with no plan.
    CaseworkServices services(ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")});
    Referral again;
    again.contractId = QStringLiteral("thurrock-fs");
    again.receivedAt = m_db.clock().now().addDays(-1);
    again.source = QStringLiteral("self");
    ServiceUser lexi = m_repos.serviceUsers.find(QStringLiteral("su-1"))->value();
    SupportPeriodService::Closure closure;
    closure.endDate = QDate(2026, 6, 30);
    closure.endReason = QStringLiteral("completed");
    closure.plannedDeparture = true;
    closure.exitAccommodation = QStringLiteral("council_tenancy");
    ASSERT_TRUE(services.periods.close(QStringLiteral("sp-1"), closure).ok());
    Result<QString> referral = services.referrals.record(lexi, again);
    ASSERT_TRUE(referral.ok());
    ASSERT_TRUE(services.referrals.decide(referral.value(), {QStringLiteral("accepted"), {}, QStringLiteral("kw-1"),
                                                             QDate(2026, 7, 1), false})
                    .ok());
    m_window.openServiceUser(QStringLiteral("su-1"));
    std::unique_ptr<SupportPlanEditor> editor(m_record->planEditor());
    ASSERT_NE(editor, nullptr);
    for (const char* area : {"ethnicity", "religion", "culture", "gender", "sexuality", "disability"})
        editor->setNeed(QString::fromLatin1(area), {}, true);
    Goal g;
    g.what = QStringLiteral("Keep the tenancy");
    g.measure = QStringLiteral("No arrears at the monthly check");
    g.who = QStringLiteral("Lexi pays; Jo checks with her");
    g.targetDate = QDate(2026, 12, 1);
    editor->addGoal(g);
    editor->setAgreedOn(QDate(2026, 7, 1));
    editor->accept();
    EXPECT_EQ(editor->result(), QDialog::Rejected);
    EXPECT_FALSE(editor->messages()->messageText(QStringLiteral("needs.age")).isEmpty());
    editor->setNeed(QStringLiteral("age"), QStringLiteral("Worried about stairs as she gets older"));
    editor->accept();
    ASSERT_EQ(editor->result(), QDialog::Accepted);
    const SupportPlan agreed = m_repos.supportPlans.find(editor->planId())->value();
    EXPECT_EQ(agreed.agreedOn, QDate(2026, 7, 1));
    EXPECT_EQ(agreed.needs.value(QStringLiteral("ethnicity")), QStringLiteral("None identified"));
}

TEST_F(RecordActions, RiskIsAssessedThenReviewedAndTheEarlierAssessmentStaysReadable)
{
    m_record->showTab(PersonRecordView::Tab::Risk);
    QWidget* tab = m_record->tabs()->currentWidget();
    auto* empty = tab->findChild<EmptyState*>();
    ASSERT_NE(empty, nullptr);
    EXPECT_EQ(empty->heading(), QStringLiteral("No risk assessment yet"));

    std::unique_ptr<RiskAssessmentEditor> editor(m_record->riskEditor());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(child<QLineEdit>(editor.get(), "assessedBy")->text(), QStringLiteral("Jo Marsh"));
    editor->setAssessment(QDate(2026, 6, 1), QStringLiteral("Jo Marsh"));
    QTest::mouseClick(child<QPushButton>(editor.get(), "addRisk_person"), Qt::LeftButton);
    auto* risks = child<QTableWidget>(editor.get(), "risks");
    ASSERT_EQ(risks->rowCount(), 1);
    risks->item(0, 2)->setText(QStringLiteral("Stops eating when low"));
    editor->accept();
    EXPECT_EQ(editor->result(), QDialog::Rejected);
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("Error: risk 1: Say how the risk will be managed.")))
        << editor->problemText().toStdString();
    risks->item(0, 3)->setText(QStringLiteral("Jo checks the fridge with Lexi at each visit"));
    editor->accept();
    ASSERT_EQ(editor->result(), QDialog::Accepted);

    m_record->showTab(PersonRecordView::Tab::Risk);
    tab = m_record->tabs()->currentWidget();
    auto* person = tab->findChild<QGroupBox*>(QStringLiteral("risks_person"));
    ASSERT_NE(person, nullptr);
    auto* table = person->findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Medium"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Stops eating when low"));
    auto* others = tab->findChild<QGroupBox*>(QStringLiteral("risks_others"));
    ASSERT_NE(others, nullptr);
    EXPECT_NE(others->findChild<QLabel*>(), nullptr);
    EXPECT_EQ(others->findChild<QLabel*>()->text(), QStringLiteral("No risk identified."));

    // The review starts from the risks assessed last time.
    std::unique_ptr<RiskAssessmentEditor> review(m_record->riskEditor());
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->windowTitle(), QStringLiteral("Review the risk assessment"));
    EXPECT_EQ(review->assessment().risks.size(), 1);
    review->removeRisk(0);
    review->addRisk(Risk{{}, QStringLiteral("staff"), QStringLiteral("low"), QStringLiteral("Dog at the property"),
                         QStringLiteral("Dog kept in the kitchen during visits")});
    review->accept();
    ASSERT_EQ(review->result(), QDialog::Accepted);

    m_record->showTab(PersonRecordView::Tab::Risk);
    tab = m_record->tabs()->currentWidget();
    auto* versions = tab->findChild<QComboBox*>(QStringLiteral("riskVersion"));
    ASSERT_NE(versions, nullptr);
    ASSERT_EQ(versions->count(), 2);
    EXPECT_EQ(tab->findChild<QGroupBox*>(QStringLiteral("risks_person"))->findChild<QTableWidget*>(), nullptr);
    versions->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QTableWidget* earlier = nullptr;
    for (QGroupBox* box : tab->findChildren<QGroupBox*>(QStringLiteral("risks_person")))
        if (QTableWidget* t = box->findChild<QTableWidget*>())
            earlier = t;
    ASSERT_NE(earlier, nullptr);
    EXPECT_EQ(earlier->item(0, 1)->text(), QStringLiteral("Stops eating when low"));
}

TEST_F(RecordActions, APlanReviewGoesOnToReviewTheRisks)
{
    // Each dialog is filled as it opens: first the plan review, then the risk assessment.
    QString riskIntroduction;
    auto* poll = new QTimer;
    poll->setInterval(10);
    int step = 0;
    int ticks = 0;
    QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        // A dialog that will not close (a refused save) fails the test instead of hanging it.
        if (++ticks > 500) {
            if (dialog)
                dialog->reject();
            poll->stop();
            poll->deleteLater();
            return;
        }
        if (!dialog)
            return;
        if (auto* plan = qobject_cast<SupportPlanEditor*>(dialog); plan && step == 0) {
            step = 1;
            plan->setReview(QDate(2026, 7, 1), QStringLiteral("Lexi, Jo"), QStringLiteral("Steady month"));
            plan->accept();
        } else if (auto* risk = qobject_cast<RiskAssessmentEditor*>(dialog); risk && step == 1) {
            step = 2;
            riskIntroduction = risk->findChild<QLabel*>()->text();
            risk->addRisk(Risk{{}, QStringLiteral("person"), QStringLiteral("low"), QStringLiteral("Isolated at weekends"),
                               QStringLiteral("Saturday club suggested")});
            risk->accept();
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
    ASSERT_TRUE(m_record->reviewPlan());
    EXPECT_EQ(step, 2);
    EXPECT_TRUE(riskIntroduction.startsWith(QStringLiteral("The plan review is saved."))) << riskIntroduction.toStdString();
    Result<QVector<RiskAssessment>> risks = m_repos.risks.forSupportPeriod(QStringLiteral("sp-1"));
    ASSERT_TRUE(risks.ok());
    ASSERT_EQ(risks->size(), 1);
    EXPECT_EQ(risks->first().assessedOn, QDate(2026, 7, 1));
    // Due again with the plan's next review.
    EXPECT_EQ(risks->first().nextReviewOn, QDate(2026, 9, 23));
}
