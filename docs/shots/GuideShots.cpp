#include "docs/shots/GuideShots.h"

#include "core/domain/ReferenceCodes.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/reports/ReportingPeriod.h"
#include "core/storage/Database.h"
#include "core/storage/Repositories.h"
#include "docs/shots/ScreenshotFolder.h"
#include "docs/shots/Settling.h"
#include "docs/shots/WhileOpen.h"
#include "ui/CaseloadPage.h"
#include "ui/DiaryPage.h"
#include "ui/FirstRunDialog.h"
#include "ui/FormDialog.h"
#include "ui/KpiRecordsDialog.h"
#include "ui/KpiReturnModel.h"
#include "ui/KpiReturnView.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/ReadOnlyTable.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPage.h"
#include "ui/ReportsPage.h"
#include "ui/SessionPanel.h"
#include "ui/SessionsPage.h"
#include "ui/SheetImportWizard.h"
#include "ui/StarAssessmentEditor.h"
#include "ui/StarTab.h"
#include "ui/SupportPlanEditor.h"
#include "ui/TodayModel.h"
#include "ui/TodayPage.h"
#include "ui/TriageDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <limits>

namespace waymark {

namespace {

// Wednesday 1 July 2026, 10:00 in London: the day after a quarter ends, when a team leader
// runs the return and a key worker has a morning of visits ahead.
const QDate GuideToday(2026, 7, 1);
const QDateTime GuideMoment(GuideToday, QTime(9, 0), QTimeZone::utc());
// The quarter the guide's return is for: April to June 2026.
const ReportingPeriod GuideQuarter{QDate(2026, 4, 1), QDate(2026, 6, 30)};
// Fixed, so the pictures do not depend on the screen they are made on: a little smaller than
// the 1366 by 768 laptop screen many key workers have.
const QSize WindowSize(1280, 720);

// The demo's staff the pictures are taken as and about (core/interchange/DemoCaseload.cpp).
const QString TeamLeaderName = QStringLiteral("Grace Adeyemi");
const QString KeyWorkerName = QStringLiteral("Maria Kovacs");

QPushButton* buttonNamed(QWidget* in, const char* objectName)
{
    return in->findChild<QPushButton*>(QString::fromLatin1(objectName));
}

// Presses a button as a person does: only when it is there and can be pressed.
std::function<void()> press(QPushButton* button)
{
    return [button] {
        if (button && button->isVisible() && button->isEnabled())
            button->click();
    };
}

// The first of `periods` for which `fits` says yes.
std::optional<SupportPeriod> firstOf(const QVector<SupportPeriod>& periods,
                                     const std::function<bool(const SupportPeriod&)>& fits)
{
    for (const SupportPeriod& p : periods)
        if (fits(p))
            return p;
    return std::nullopt;
}

} // namespace

GuideShots::GuideShots(ScreenshotFolder& folder)
    : m_folder(folder)
    , m_clock(GuideMoment)
{
}

// The window goes before the database it reads.
GuideShots::~GuideShots()
{
    m_window.reset();
    m_repositories.reset();
    m_database.reset();
}

QStringList GuideShots::pictures()
{
    return {QStringLiteral("first-run"),
            QStringLiteral("today"),
            QStringLiteral("caseload"),
            QStringLiteral("referral-dialog"),
            QStringLiteral("triage-dialog"),
            QStringLiteral("record-support-plan"),
            QStringLiteral("support-plan-editor"),
            QStringLiteral("record-star"),
            QStringLiteral("star-editor"),
            QStringLiteral("diary"),
            QStringLiteral("appointment-form"),
            QStringLiteral("sessions-drop-in"),
            QStringLiteral("reports-return"),
            QStringLiteral("reports-return-records"),
            QStringLiteral("locked"),
            QStringLiteral("moving-in-columns"),
            QStringLiteral("moving-in-answers"),
            QStringLiteral("moving-in-check")};
}

bool GuideShots::run()
{
    if (!makeDemoDatabase())
        return false;
    firstRun();
    openWindow();
    todayAndCaseload();
    referral();
    supportPlan();
    star();
    diary();
    dropIn();
    quarterlyReturn();
    locked();
    movingIn();
    return true;
}

bool GuideShots::makeDemoDatabase()
{
    // What `waymark-cli demo` does on a new file (run-demo): the seed contracts and star, then
    // the fictional caseload, each through the importer like any other data.
    if (!m_dir.isValid()) {
        m_folder.problem(QStringLiteral("no temporary folder for the demo database"));
        return false;
    }
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto opened = Database::open(m_dir.filePath(QStringLiteral("waymark-demo.db")), options);
    if (!opened) {
        m_folder.problem(QStringLiteral("the demo database was not made: %1").arg(opened.error().message));
        return false;
    }
    m_database = std::move(opened).value();
    if (auto seeded = DatabaseSetup::initialise(*m_database, m_clock); !seeded) {
        m_folder.problem(QStringLiteral("the seed contracts were not loaded: %1").arg(seeded.error().message));
        return false;
    }
    DemoOptions demo;
    demo.asOf = GuideToday;
    if (auto loaded = DatabaseSetup::loadDemo(*m_database, m_clock, demo); !loaded) {
        m_folder.problem(QStringLiteral("the demo caseload was not loaded: %1").arg(loaded.error().message));
        return false;
    }
    m_repositories = std::make_unique<Repositories>(*m_database);
    return true;
}

void GuideShots::openWindow()
{
    // A team leader's window: the whole team's caseload, Today list and diaries, and Reports,
    // which is what most of the guide shows. (Admin is the administrator's alone.)
    const SignedInUser teamLeader{QStringLiteral("grace"), staffNamed(TeamLeaderName), Role::TeamLeader};
    m_folder.expect(!teamLeader.staffId.isEmpty(),
                    QStringLiteral("the demo has no team leader called %1").arg(TeamLeaderName));
    m_window = std::make_unique<MainWindow>(*m_repositories, m_clock, m_notifier, teamLeader);
    m_window->resize(WindowSize);
    m_window->show();
    // The status bar names the database file, here in a temporary folder whose random name would
    // make every picture differ from the last; the guide does not need it.
    m_window->statusBar()->clearMessage();
    Settling::settle();
}

void GuideShots::firstRun()
{
    // The dialog a computer's first start shows. The folder it names is where Waymark puts the
    // database by default on Linux, for a member of staff called Lewis.
    FirstRunDialog dialog(QStringLiteral("/home/lewis/.local/share/Waymark/Waymark/waymark.db"));
    dialog.organisationEdit()->setText(QStringLiteral("Riverside Wellbeing Trust"));
    const QString passphrase = QStringLiteral("kettle on at the Grays office");
    dialog.passphraseEdit()->setText(passphrase);
    dialog.repeatEdit()->setText(passphrase);
    // As a person leaves it: everything typed, about to press the button.
    dialog.createButton()->setFocus();
    m_folder.expect(dialog.createButton()->isEnabled(),
                    QStringLiteral("first-run: Create the database stays greyed out"));
    m_folder.save(&dialog, QStringLiteral("first-run"));
}

void GuideShots::todayAndCaseload()
{
    m_window->showSection(MainWindow::Section::Today);
    TodayPage* today = m_window->todayPage();
    m_folder.expect(Settling::waitFor([today] { return !today->working(); }), QStringLiteral("today: still reading"));
    m_folder.expect(today->model()->itemCount() > 0, QStringLiteral("today: nothing needs attention in the demo"));
    m_folder.save(m_window.get(), QStringLiteral("today"));

    m_window->showSection(MainWindow::Section::Caseload);
    CaseloadPage* caseload = m_window->caseloadPage();
    m_folder.expect(Settling::waitFor([caseload] { return !caseload->working(); }),
                    QStringLiteral("caseload: still reading"));
    m_folder.expect(caseload->visibleCount() > 0, QStringLiteral("caseload: nobody listed"));
    m_folder.save(m_window.get(), QStringLiteral("caseload"));
}

void GuideShots::referral()
{
    m_window->showSection(MainWindow::Section::Referrals);
    ReferralsPage* referrals = m_window->referralsPage();
    Settling::waitFor([referrals] { return !referrals->working(); });

    // A new referral, filled in as the guide describes, for someone living outside the borough so
    // that the eligibility warning shows.
    const bool opened =
        whileOpen<ReferralDialog>(press(buttonNamed(referrals, "newReferral")), [this](ReferralDialog& dialog) {
            const auto text = [&dialog](const char* name, const QString& value) {
                if (auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name)))
                    edit->setText(value);
            };
            const auto choose = [&dialog](const char* name, const QString& code) {
                if (auto* box = dialog.findChild<QComboBox*>(QString::fromLatin1(name)))
                    if (const int found = box->findData(code); found >= 0)
                        box->setCurrentIndex(found);
            };
            choose("contract", QStringLiteral("thurrock-fs"));
            text("givenName", QStringLiteral("Morwenna"));
            text("familyName", QStringLiteral("Penrose"));
            text("dateOfBirth", QStringLiteral("14/03/1980"));
            text("postcode", QStringLiteral("RM17 6ZZ"));
            text("referrer", QStringLiteral("Sam Lee, care co-ordinator"));
            choose("source", QStringLiteral("health"));
            choose("consent", QStringLiteral("yes"));
            // The borough question has no object name of its own: found by its caption.
            for (QLabel* label : dialog.findChildren<QLabel*>())
                if (label->text().startsWith(QLatin1String("Lives in the borough")))
                    if (auto* box = qobject_cast<QComboBox*>(label->buddy()))
                        box->setCurrentIndex(box->findData(QStringLiteral("no")));
            m_folder.expect(!dialog.eligibilityWarnings().isEmpty(),
                            QStringLiteral("referral: no eligibility warning for someone outside the borough"));
            m_folder.save(&dialog, QStringLiteral("referral-dialog"));
        });
    m_folder.expect(opened, QStringLiteral("referral: New referral did not open the form"));

    // The team leader's decision on the floating support referral waiting longest (the list comes
    // latest first), accepting it into support.
    QString pending;
    if (auto all = m_repositories->referrals.all())
        for (const Referral& r : all.value())
            if (r.decision == QLatin1String("pending") && r.contractId == QLatin1String("thurrock-fs"))
                pending = r.id;
    if (!m_folder.expect(!pending.isEmpty(), QStringLiteral("referral: no pending Thurrock referral in the demo")))
        return;
    referrals->selectReferral(pending);
    Settling::waitFor([referrals] { return !referrals->working(); });
    const QString keyWorker = staffNamed(KeyWorkerName);
    const bool decided =
        whileOpen<TriageDialog>(press(buttonNamed(referrals, "decide")), [this, keyWorker](TriageDialog& dialog) {
            dialog.choose(QStringLiteral("accepted"));
            dialog.setKeyWorker(keyWorker);
            // The dialog grows to the key worker's fields once the choice is handled.
            Settling::settle();
            m_folder.save(&dialog, QStringLiteral("triage-dialog"));
        });
    m_folder.expect(decided, QStringLiteral("referral: Decide did not open the decision"));
}

void GuideShots::supportPlan()
{
    // Someone on floating support whose plan is agreed and has goals, with the next review it
    // shows still ahead: best one reviewed since, with that review's date for the next; if the
    // demo has none, one not reviewed yet.
    const QVector<SupportPeriod> floating = openPeriods(QStringLiteral("thurrock-fs"));
    const auto agreedWithGoals = [this](const SupportPeriod& p, bool reviewed) {
        auto plans = m_repositories->supportPlans.plansForPeriod(p.id);
        if (!plans || plans->isEmpty() || !plans->first().agreedOn.isValid() ||
            plans->first().nextReviewOn <= GuideToday)
            return false;
        auto goals = m_repositories->supportPlans.goalsForPlan(plans->first().id);
        auto reviews = m_repositories->supportPlans.reviewsForPlan(plans->first().id);
        if (!goals || goals->size() < 2 || !reviews)
            return false;
        if (!reviewed)
            return reviews->isEmpty();
        return !reviews->isEmpty() && reviews->first().nextReviewOn == plans->first().nextReviewOn;
    };
    std::optional<SupportPeriod> agreed =
        firstOf(floating, [&](const SupportPeriod& p) { return agreedWithGoals(p, true); });
    if (!agreed)
        agreed = firstOf(floating, [&](const SupportPeriod& p) { return agreedWithGoals(p, false); });
    if (!m_folder.expect(agreed.has_value(),
                         QStringLiteral("support plan: nobody on floating support has an agreed plan")))
        return;
    showRecord(agreed->serviceUserId);
    m_window->recordView()->showTab(PersonRecordView::Tab::SupportPlan);
    Settling::settle();
    m_folder.save(m_window.get(), QStringLiteral("record-support-plan"));

    // Writing a plan for someone who has none yet, from the tab's button: the needs gone through
    // and a first goal added, the agreement still to come.
    const std::optional<SupportPeriod> planless = firstOf(floating, [this](const SupportPeriod& p) {
        auto plans = m_repositories->supportPlans.plansForPeriod(p.id);
        return plans && plans->isEmpty();
    });
    if (!m_folder.expect(planless.has_value(), QStringLiteral("support plan: everyone on floating support has a plan")))
        return;
    showRecord(planless->serviceUserId);
    m_window->recordView()->showTab(PersonRecordView::Tab::SupportPlan);
    Settling::settle();
    const bool opened = whileOpen<SupportPlanEditor>(
        press(buttonNamed(m_window->recordView(), "writePlan")), [this](SupportPlanEditor& editor) {
            const CodeList& areas = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::NeedArea));
            for (const Code& area : areas.codes())
                editor.setNeed(area.code, {}, true);
            editor.setNeed(QStringLiteral("religion"), QStringLiteral("Goes to Friday prayers: no visits then"));
            Goal goal;
            goal.what = QStringLiteral("Pay the gas and electricity on time each month");
            goal.measure = QStringLiteral("No new arrears letters for three months");
            goal.who = QStringLiteral("Sets up direct debits; key worker helps with the calls");
            goal.targetDate = GuideToday.addMonths(3);
            goal.outcomeCode = QStringLiteral("1b");
            goal.tasks = QStringList{QStringLiteral("Help in managing finances and benefit claims")};
            goal.status = QStringLiteral("open");
            editor.addGoal(goal);
            goal.what = QStringLiteral("Get to the Tuesday walking group twice a month");
            goal.measure = QStringLiteral("The group's register");
            goal.who = QStringLiteral("Goes with a friend; key worker finds the times and the bus");
            goal.outcomeCode = QStringLiteral("2d");
            goal.tasks = QStringList{QStringLiteral("Help in establishing social contacts and activities")};
            editor.addGoal(goal);
            m_folder.save(&editor, QStringLiteral("support-plan-editor"));
        });
    m_folder.expect(opened, QStringLiteral("support plan: Write the support plan did not open the plan"));
}

void GuideShots::star()
{
    // Someone at the day service whose star has been scored three to five times in this support
    // (a chart and a table that fit the window), the one who has come furthest.
    std::optional<SupportPeriod> scored;
    int furthest = std::numeric_limits<int>::min();
    for (const SupportPeriod& p : openPeriods(QStringLiteral("camden-day"))) {
        auto stars = m_repositories->stars.forServiceUser(p.serviceUserId);
        if (!stars)
            continue;
        QVector<StarAssessment> inPeriod;
        for (const StarAssessment& a : stars.value())
            if (a.supportPeriodId == p.id)
                inPeriod << a;
        if (inPeriod.size() < 3 || inPeriod.size() > 5)
            continue;
        std::sort(inPeriod.begin(), inPeriod.end(),
                  [](const StarAssessment& a, const StarAssessment& b) { return a.assessedOn < b.assessedOn; });
        int travelled = 0;
        for (auto area = inPeriod.first().scores.cbegin(); area != inPeriod.first().scores.cend(); ++area)
            if (inPeriod.last().scores.contains(area.key()))
                travelled += inPeriod.last().scores.value(area.key()) - area.value();
        if (travelled > furthest) {
            furthest = travelled;
            scored = p;
        }
    }
    if (!m_folder.expect(scored.has_value(), QStringLiteral("star: nobody at the day service has three stars")))
        return;
    showRecord(scored->serviceUserId);
    m_window->recordView()->showTab(PersonRecordView::Tab::Star);
    Settling::settle();
    auto* tab = m_window->recordView()->findChild<StarTab*>();
    m_folder.expect(tab && tab->chart(), QStringLiteral("star: the Outcome Star tab shows no chart"));
    m_folder.save(m_window.get(), QStringLiteral("record-star"));

    // Scoring the star: the first areas scored with the person, the next one under way.
    const bool opened = whileOpen<StarAssessmentEditor>(
        press(tab ? tab->scoreButton() : nullptr), [this](StarAssessmentEditor& editor) {
            const QList<int> scores = {6, 4, 7, 5};
            QString firstArea;
            int areasScored = 0;
            for (QSpinBox* box : editor.findChildren<QSpinBox*>()) {
                const QString name = box->objectName();
                if (!name.startsWith(QLatin1String("score_")))
                    continue;
                if (areasScored == scores.size()) {
                    box->setFocus();
                    break;
                }
                if (firstArea.isEmpty())
                    firstArea = name.mid(6);
                box->setValue(scores.at(areasScored++));
            }
            if (QLineEdit* note = editor.noteEdit(firstArea))
                note->setText(QStringLiteral("Feeling brighter most mornings"));
            m_folder.save(&editor, QStringLiteral("star-editor"));
        });
    m_folder.expect(opened, QStringLiteral("star: Score the star did not open the form"));
}

void GuideShots::diary()
{
    // A key worker's week, seen by their team leader, with this morning's first visit chosen.
    m_window->showSection(MainWindow::Section::Diary);
    DiaryPage* diary = m_window->diaryPage();
    diary->showSpan(DiaryPage::Span::Week);
    diary->showStaff(staffNamed(KeyWorkerName));
    diary->showDate(GuideToday);
    QString firstToday;
    for (const DiaryEntry& e : diary->entries())
        if (e.appointment.startsAt >= GuideMoment && firstToday.isEmpty())
            firstToday = e.appointment.id;
    m_folder.expect(!diary->entries().isEmpty(), QStringLiteral("diary: nothing booked this week"));
    if (!firstToday.isEmpty())
        diary->select(firstToday);
    m_folder.save(m_window.get(), QStringLiteral("diary"));

    // Booking from a person's record: someone on floating support, where the form shows the
    // week's hours against the contract's weekly cap.
    const std::optional<SupportPeriod> someone =
        firstOf(openPeriods(QStringLiteral("thurrock-fs")), [this](const SupportPeriod& p) {
            auto plans = m_repositories->supportPlans.plansForPeriod(p.id);
            return plans && !plans->isEmpty() && plans->first().agreedOn.isValid();
        });
    if (!m_folder.expect(someone.has_value(), QStringLiteral("diary: nobody on floating support to book for")))
        return;
    showRecord(someone->serviceUserId);
    m_window->recordView()->showTab(PersonRecordView::Tab::Diary);
    Settling::settle();
    const bool opened =
        whileOpen<FormDialog>(press(buttonNamed(m_window->recordView(), "bookAppointment")),
                              [this](FormDialog& form) { m_folder.save(&form, QStringLiteral("appointment-form")); });
    m_folder.expect(opened, QStringLiteral("diary: Book appointment did not open the form"));
}

void GuideShots::dropIn()
{
    // Last week's busiest drop-in surgery: its walk-ins and its register.
    m_window->showSection(MainWindow::Section::Sessions);
    SessionsPage* sessions = m_window->sessionsPage();
    sessions->showWeekOf(GuideToday.addDays(-7));
    QString busiest;
    int most = -1;
    for (const SessionSummary& s : sessions->sessions())
        if (s.session.isDropIn() && s.attended > most) {
            busiest = s.session.id;
            most = s.attended;
        }
    if (!m_folder.expect(!busiest.isEmpty(), QStringLiteral("drop-in: no drop-in surgery last week")))
        return;
    sessions->select(busiest);
    Settling::settle();
    m_folder.expect(sessions->panel()->walkIns()->count() > 0,
                    QStringLiteral("drop-in: the surgery shows no walk-ins"));
    m_folder.save(m_window.get(), QStringLiteral("sessions-drop-in"));
}

void GuideShots::quarterlyReturn()
{
    m_window->showSection(MainWindow::Section::Reports);
    KpiReturnView* kpi = m_window->reportsPage()->kpiReturn();
    kpi->choose(QStringLiteral("thurrock-fs"), GuideQuarter);
    m_folder.expect(Settling::waitFor([kpi] { return !kpi->working(); }),
                    QStringLiteral("return: still working it out"));
    if (!m_folder.expect(kpi->report().has_value(), QStringLiteral("return: no return was worked out")))
        return;
    m_folder.save(m_window.get(), QStringLiteral("reports-return"));

    // The records behind a figure, as a double-click on it shows them: the first figure with a
    // numerator and a denominator whose records say when and why each counts.
    KpiRecordsDialog* behind = nullptr;
    for (int row = 0; row < kpi->model()->rowCount() && !behind; ++row) {
        KpiRecordsDialog* records = kpi->showRecords(row);
        const ReadOnlyTable* table = records ? records->table() : nullptr;
        if (table && table->columnCount() == 4 && table->rowCount() >= 3 && table->item(0, 1) &&
            !table->item(0, 1)->text().isEmpty() && table->item(0, 2) && !table->item(0, 2)->text().isEmpty()) {
            behind = records;
            kpi->table()->selectRow(row);
        } else if (records) {
            records->close();
        }
    }
    if (!m_folder.expect(behind != nullptr, QStringLiteral("return: no figure has records behind it")))
        return;
    m_folder.save(behind, QStringLiteral("reports-return-records"));
    behind->close();
}

void GuideShots::locked()
{
    // What a locked Waymark shows (Ctrl+L, after a while unused, or when the laptop sleeps): the
    // app's own lock, here with a passphrase check that is never asked.
    m_window->showSection(MainWindow::Section::Today);
    Settling::waitFor([this] { return !m_window->todayPage()->working(); });
    LockScreen lock(QStringLiteral("grace"), [](const QString&) -> Status { return {}; });
    lock.lock();
    m_folder.expect(lock.covers(m_window.get()), QStringLiteral("locked: the window is not covered"));
    m_folder.save(m_window.get(), QStringLiteral("locked"));
}

QString GuideShots::staffNamed(const QString& name) const
{
    if (auto staff = m_repositories->staff.all())
        for (const Staff& s : staff.value())
            if (s.name == name)
                return s.id;
    return {};
}

QVector<SupportPeriod> GuideShots::openPeriods(const QString& contractId) const
{
    QVector<SupportPeriod> open;
    if (auto periods = m_repositories->supportPeriods.all({}, GuideToday))
        for (const SupportPeriod& p : periods.value())
            if (p.contractId == contractId && p.isOpen())
                open << p;
    return open;
}

void GuideShots::showRecord(const QString& serviceUserId)
{
    m_window->openServiceUser(serviceUserId);
    Settling::settle();
}

void GuideShots::movingIn()
{
    // A team's caseload kept in a spreadsheet, as the administrator brings it in: the columns
    // guessed from its headings, the answers it uses given their meaning, and the check.
    const QString sheet = m_dir.filePath(QStringLiteral("team-caseload.csv"));
    {
        QFile file(sheet);
        if (!m_folder.expect(file.open(QIODevice::WriteOnly),
                             QStringLiteral("moving in: the sample sheet was not written")))
            return;
        file.write(QStringLiteral("Client ref,First name,Surname,DOB,Sex,Postcode,Referred by,Worker,Start date\r\n"
                                  "T-101,Zofia,Nowak,14/03/1980,F,RM17 6SL,Self referral,%1,05/01/2026\r\n"
                                  "T-102,Amir,Haddad,01/05/1975,M,RM16 2QJ,GP,%1,12/01/2026\r\n"
                                  "T-103,Joan,Reilly,22/11/1961,F,SS17 8HF,Housing,%1,19/01/2026\r\n")
                       .arg(KeyWorkerName)
                       .toUtf8());
    }
    SheetImportWizard wizard(*m_database, m_clock, QStringLiteral("admin"));
    wizard.resize(900, 640);
    wizard.show();
    wizard.openFile(sheet);
    wizard.next();
    if (!m_folder.expect(wizard.currentId() == SheetImportWizard::ColumnsPage,
                         QStringLiteral("moving in: no columns page")))
        return;
    QComboBox* contract = wizard.contractForEveryRow();
    contract->setCurrentIndex(contract->findData(QStringLiteral("thurrock-fs")));
    Settling::settle();
    m_folder.save(&wizard, QStringLiteral("moving-in-columns"));
    wizard.next();
    if (!m_folder.expect(wizard.currentId() == SheetImportWizard::AnswersPage,
                         QStringLiteral("moving in: no answers page")))
        return;
    // "F" and "M" are too short to guess from: the person says what they mean.
    QTableWidget* answers = wizard.answers();
    for (int row = 0; row < answers->rowCount(); ++row) {
        auto* meaning = qobject_cast<QComboBox*>(answers->cellWidget(row, 3));
        const QString given = answers->item(row, 1) ? answers->item(row, 1)->text() : QString();
        if (meaning && (given == QLatin1String("F") || given == QLatin1String("M")))
            meaning->setCurrentIndex(
                meaning->findData(given == QLatin1String("F") ? QStringLiteral("female") : QStringLiteral("male")));
    }
    Settling::settle();
    m_folder.save(&wizard, QStringLiteral("moving-in-answers"));
    wizard.next();
    Settling::waitFor([&wizard] { return !wizard.checkSummary()->text().isEmpty(); });
    Settling::settle();
    m_folder.expect(wizard.currentId() == SheetImportWizard::CheckPage, QStringLiteral("moving in: no check page"));
    m_folder.save(&wizard, QStringLiteral("moving-in-check"));
    wizard.reject(); // the guide's database keeps its demo caseload as it is
}

} // namespace waymark
