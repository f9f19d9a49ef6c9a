// Pictures of the screens and forms, for looking at them and for the user guide. Runs only when
// WAYMARK_SCREENSHOT_DIR names a folder to write them to; otherwise it is skipped.
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DeletedRecordService.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/AuditTrailView.h"
#include "ui/CaseloadPage.h"
#include "ui/CaseloadStarView.h"
#include "ui/CaseworkForms.h"
#include "ui/DataQualityDialog.h"
#include "ui/DeletedRecordsView.h"
#include "ui/DiaryPage.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/FormPreviewDialog.h"
#include "ui/KpiRecordsDialog.h"
#include "ui/KpiReturnView.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/OutputsView.h"
#include "ui/PersonRecordView.h"
#include "ui/ReferralDialog.h"
#include "ui/ReportsPage.h"
#include "ui/RetentionView.h"
#include "ui/RiskAssessmentEditor.h"
#include "ui/SessionsPage.h"
#include "ui/StarAssessmentEditor.h"
#include "ui/SupportPlanEditor.h"
#include "ui/TodayPage.h"
#include "ui/TriageDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>

#include "ui/OpenDatabaseDialog.h"

#include <QRadioButton>

#include "tests/support/QtPrinters.h"

#include <QTabWidget>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class Screenshots : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            GTEST_SKIP() << "set WAYMARK_SCREENSHOT_DIR to write the screenshots";
        QDir().mkpath(m_dir);
        DemoOptions demo;
        demo.asOf = QDate(2026, 7, 1);
        ASSERT_TRUE(DatabaseSetup::loadDemo(m_db.db(), m_db.clock(), demo).ok());
    }

    void save(QWidget* widget, const char* name)
    {
        widget->show();
        QTest::qWait(50);
        EXPECT_TRUE(widget->grab().save(QDir(m_dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
    }

    QString m_dir;
    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    ReferralService m_service{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
};

} // namespace

TEST_F(Screenshots, Forms)
{
    ReferralDialog referral(m_repos, m_service, m_db.clock());
    referral.findChild<QLineEdit*>(QStringLiteral("givenName"))->setText(QStringLiteral("Morwenna"));
    referral.findChild<QLineEdit*>(QStringLiteral("postcode"))->setText(QStringLiteral("RM17"));
    referral.accept();
    save(&referral, "referral-dialog");

    Result<QVector<Referral>> referrals = m_repos.referrals.all();
    ASSERT_TRUE(referrals.ok());
    for (const Referral& r : referrals.value()) {
        if (r.decision != QLatin1String("pending"))
            continue;
        TriageDialog triage(m_repos, m_service, m_db.clock(), r);
        triage.choose(QStringLiteral("accepted"));
        save(&triage, "triage-dialog");
        break;
    }
}

TEST_F(Screenshots, OpenAnotherDatabase)
{
    OpenDatabaseDialog dialog(QStringLiteral("postgresql://jo@server.example.org/waymark"));
    save(&dialog, "open-database-server");
    dialog.fileChoice()->setChecked(true);
    dialog.fileEdit()->setText(QStringLiteral("/home/jo/Documents/old-caseload.db"));
    save(&dialog, "open-database-file");
}

TEST_F(Screenshots, PersonRecordAndItsForms)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.resize(1400, 860);
    Result<QVector<CaseloadEntry>> people = m_repos.caseload.entries(m_db.clock().now());
    ASSERT_TRUE(people.ok());
    QString someone;
    for (const CaseloadEntry& e : people.value())
        if (e.startDate.isValid() && !e.endDate.isValid() && e.contractName.contains(QStringLiteral("Floating")))
            someone = e.serviceUserId;
    ASSERT_FALSE(someone.isEmpty());
    window.openServiceUser(someone);
    save(&window, "record-profile");
    window.recordView()->showTab(PersonRecordView::Tab::Diary);
    save(&window, "record-diary");
    window.recordView()->showTab(PersonRecordView::Tab::Health);
    save(&window, "record-health");
    window.recordView()->showTab(PersonRecordView::Tab::History);
    save(&window, "record-history");
    const SupportPeriod period = *window.recordView()->openPeriod();
    std::unique_ptr<FormDialog> closure(window.recordView()->forms()->closureForm(period, {}, nullptr));
    closure->accept();
    save(closure.get(), "closure-form");
    window.recordView()->showTab(PersonRecordView::Tab::Risk);
    save(&window, "record-risk");
    std::unique_ptr<RiskAssessmentEditor> risk(window.recordView()->riskEditor());
    ASSERT_NE(risk, nullptr);
    save(risk.get(), "risk-editor");
    window.recordView()->showTab(PersonRecordView::Tab::SupportPlan);
    save(&window, "record-plan");
    Result<PrintedForm> printable = window.recordView()->printableForm(PrintedForms::Kind::SupportPlan);
    ASSERT_TRUE(printable.ok());
    FormPreviewDialog preview(printable.value());
    save(&preview, "plan-preview");
    std::unique_ptr<SupportPlanEditor> plan(window.recordView()->planEditor());
    ASSERT_NE(plan, nullptr);
    save(plan.get(), "plan-editor");
    std::unique_ptr<FormDialog> booking(window.recordView()->forms()->appointmentForm(period, {}, nullptr));
    save(booking.get(), "appointment-form");

    // Someone in day services with a star scored several times.
    QString starred;
    for (const CaseloadEntry& e : people.value())
        if (e.startDate.isValid() && !e.endDate.isValid() && !e.contractName.contains(QStringLiteral("Floating"))
            && m_repos.stars.forServiceUser(e.serviceUserId)->size() >= 3)
            starred = e.serviceUserId;
    ASSERT_FALSE(starred.isEmpty());
    window.openServiceUser(starred);
    window.recordView()->showTab(PersonRecordView::Tab::Star);
    save(&window, "record-star");
    std::unique_ptr<StarAssessmentEditor> star(window.recordView()->starEditor());
    ASSERT_NE(star, nullptr);
    save(star.get(), "star-editor");
}

TEST_F(Screenshots, MainWindowSections)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
    window.resize(1400, 860);
    window.showSection(MainWindow::Section::Today);
    ASSERT_TRUE(test::readBy(window.todayPage()));
    save(&window, "today");
    window.showSection(MainWindow::Section::Referrals);
    save(&window, "referrals");
    window.showSection(MainWindow::Section::Diary);
    for (const Staff& s : m_repos.staff.all().value())
        if (s.role == QLatin1String("key_worker")) {
            window.diaryPage()->showStaff(s.id);
            break;
        }
    save(&window, "diary");
    // Last week's sessions, with a drop-in surgery and its walk-ins open.
    window.showSection(MainWindow::Section::Sessions);
    window.sessionsPage()->showWeekOf(QDate(2026, 6, 22));
    for (const SessionSummary& s : window.sessionsPage()->sessions())
        if (s.session.isDropIn()) {
            window.sessionsPage()->select(s.session.id);
            break;
        }
    save(&window, "sessions");
    window.showSection(MainWindow::Section::Reports);
    window.reportsPage()->kpiReturn()->choose(QStringLiteral("thurrock-fs"), {QDate(2026, 4, 1), QDate(2026, 6, 30)});
    ASSERT_TRUE(test::readBy(window.reportsPage()->kpiReturn()));
    save(&window, "reports-return-thurrock");
    window.reportsPage()->kpiReturn()->choose(QStringLiteral("camden-day"), {QDate(2026, 4, 1), QDate(2026, 6, 30)});
    save(&window, "reports-return-working"); // what shows while the return is worked out
    ASSERT_TRUE(test::readBy(window.reportsPage()->kpiReturn()));
    save(&window, "reports-return-camden");
    {
        KpiRecordsDialog* records = window.reportsPage()->kpiReturn()->showRecords(0);
        save(records, "reports-return-drilldown");
        records->close();
        DataQualityDialog* check = window.reportsPage()->kpiReturn()->showDataQuality();
        save(check, "reports-return-check");
        check->close();
    }
    window.reportsPage()->tabs()->setCurrentWidget(window.reportsPage()->outputs());
    window.reportsPage()->outputs()->choose(QStringLiteral("camden-day"), {QDate(2026, 4, 1), QDate(2026, 6, 30)},
                                            OutputsReport::By::AgeBand);
    ASSERT_TRUE(test::readBy(window.reportsPage()->outputs()));
    save(&window, "reports-outputs");
    window.reportsPage()->tabs()->setCurrentWidget(window.reportsPage()->distance());
    window.reportsPage()->distance()->choose(QStringLiteral("camden-day"));
    window.reportsPage()->distance()->setPeriod(QDate(2026, 4, 1), QDate(2026, 6, 30));
    ASSERT_TRUE(test::readBy(window.reportsPage()->distance()));
    save(&window, "reports-distance");
    window.showSection(MainWindow::Section::Admin);
    save(&window, "admin-staff");
    window.adminPage()->findChild<QTabWidget*>(QStringLiteral("adminTabs"))->setCurrentWidget(window.adminPage()->auditView());
    save(&window, "admin-audit");
    window.adminPage()->findChild<QTabWidget*>(QStringLiteral("adminTabs"))->setCurrentWidget(window.adminPage()->retentionView());
    save(&window, "admin-retention");
    // A hospital stay entered twice by mistake, deleted and waiting in Deleted records.
    DeletedRecordService records{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("jo.marsh"),
                                                Role::TeamLeader}};
    for (const CaseloadEntry& e : m_repos.caseload.entries(m_db.clock().now()).value()) {
        const QVector<HospitalStay> stays = m_repos.hospitalStays.forServiceUser(e.serviceUserId).value();
        if (!stays.isEmpty()) {
            ASSERT_TRUE(records.remove(QStringLiteral("hospital_stays"), stays.first().id).ok());
            break;
        }
    }
    window.adminPage()->findChild<QTabWidget*>(QStringLiteral("adminTabs"))->setCurrentWidget(window.adminPage()->deletedRecordsView());
    save(&window, "admin-deleted-records");
}

TEST_F(Screenshots, AKeyWorkersWindow)
{
    QString keyWorker;
    for (const Staff& s : m_repos.staff.all().value())
        if (s.role == QLatin1String("key_worker")) {
            keyWorker = s.id;
            break;
        }
    MainWindow window(m_repos, m_db.clock(), m_notifier, SignedInUser{QStringLiteral("jo"), keyWorker, Role::KeyWorker});
    window.resize(1400, 860);
    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    save(&window, "key-worker-caseload");
    LockScreen lock(QStringLiteral("jo"), [](const QString&) -> Status { return {}; });
    window.show();
    lock.lock();
    save(&window, "locked");
    lock.tryUnlock();
}
