#include "ui/PersonRecordView.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/reports/PersonStar.h"
#include "core/rules/ReviewDue.h"
#include "core/services/CaseworkServices.h"
#include "core/storage/Repositories.h"
#include "ui/CaseworkForms.h"
#include "ui/ChangeHistoryView.h"
#include "ui/EmptyState.h"
#include "ui/FormDialog.h"
#include "ui/FormPrinter.h"
#include "ui/ProfileDialog.h"
#include "ui/ReadOnlyTable.h"
#include "ui/ReferralDialog.h"
#include "ui/RiskAssessmentEditor.h"
#include "ui/RiskAssessmentTab.h"
#include "ui/SortByKeyboard.h"
#include "ui/StarAssessmentEditor.h"
#include "ui/StarTab.h"
#include "ui/SupportPlanEditor.h"

#include <QFormLayout>
#include <memory>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString label(const char* list, const QString& code)
{
    return code.isEmpty() ? QString() : ReferenceCodes::list(QString::fromLatin1(list)).displayLabel(code);
}

QString yesNo(const std::optional<bool>& value)
{
    if (!value)
        return {};
    return *value ? PersonRecordView::tr("Yes") : PersonRecordView::tr("No");
}

// A form value; what was never recorded says so, in grey, rather than leaving a gap.
QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    if (text.trimmed().isEmpty()) {
        l->setText(PersonRecordView::tr("Not recorded"));
        l->setEnabled(false);
    } else {
        l->setText(text);
    }
    return l;
}

QGroupBox* formGroup(const QString& title, const QList<QPair<QString, QString>>& rows,
                     QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& [name, value] : rows) {
        QLabel* v = valueLabel(value, box);
        v->setAccessibleName(name);
        form->addRow(name + QLatin1Char(':'), v);
    }
    return box;
}

QWidget* scrolling(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

} // namespace

PersonRecordView::PersonRecordView(Repositories& repositories, CaseworkServices& services,
                                   const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_services(services)
    , m_clock(clock)
    , m_forms(new CaseworkForms(services, clock, this))
    , m_editProfile(new QPushButton(tr("&Edit profile\u2026"), this))
    , m_noteButton(new QPushButton(tr("Add &note\u2026"), this))
    , m_supportButton(new QToolButton(this))
    , m_printButton(new QToolButton(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("personRecord"));
    auto* back = new QPushButton(tr("\u2190 Caseload"), this);
    back->setObjectName(QStringLiteral("backToCaseload"));
    back->setToolTip(tr("Back to the caseload (Alt+Left)"));
    back->setAccessibleName(tr("Back to the caseload"));
    connect(back, &QPushButton::clicked, this, &PersonRecordView::backRequested);
    auto* shortcut = new QShortcut(QKeySequence(QKeySequence::Back), this);
    connect(shortcut, &QShortcut::activated, this, &PersonRecordView::backRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonRecordView::buildTab);

    m_name->setObjectName(QStringLiteral("personName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("personSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setAccessibleName(tr("Parts of the record"));
    m_tabs->setDocumentMode(true);

    m_editProfile->setObjectName(QStringLiteral("editProfile"));
    m_editProfile->setToolTip(tr("Change the person's details, health and equality monitoring"));
    connect(m_editProfile, &QPushButton::clicked, this, &PersonRecordView::editProfile);
    auto* referral = new QPushButton(tr("New &referral\u2026"), this);
    referral->setObjectName(QStringLiteral("newReferralForPerson"));
    referral->setToolTip(tr("Record a new referral for this person"));
    connect(referral, &QPushButton::clicked, this, &PersonRecordView::newReferral);
    m_noteButton->setObjectName(QStringLiteral("addNote"));
    m_noteButton->setToolTip(tr("Write a case note on the open support period"));
    connect(m_noteButton, &QPushButton::clicked, this, &PersonRecordView::addNote);
    m_supportButton->setObjectName(QStringLiteral("supportActions"));
    m_supportButton->setText(tr("&Support"));
    m_supportButton->setAccessibleName(tr("Support period actions"));
    m_supportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_supportButton);
    menu->addAction(tr("Change &key worker\u2026"), this, &PersonRecordView::changeKeyWorker);
    menu->addAction(tr("&Extend support\u2026"), this, &PersonRecordView::extendSupport);
    menu->addAction(tr("&Withdrawal review\u2026"), this, &PersonRecordView::recordWithdrawalReview);
    menu->addSeparator();
    menu->addAction(tr("&Close support\u2026"), this, &PersonRecordView::closeSupport);
    m_supportButton->setMenu(menu);
    m_printButton->setObjectName(QStringLiteral("printActions"));
    m_printButton->setText(tr("&Print"));
    m_printButton->setAccessibleName(tr("Print a form"));
    m_printButton->setToolTip(tr("Support plan, risk assessment, referral summary or appointment letter, on A4"));
    m_printButton->setPopupMode(QToolButton::InstantPopup);
    auto* printMenu = new QMenu(m_printButton);
    printMenu->addAction(tr("Support &plan…"), this, [this] { printForm(PrintedForms::Kind::SupportPlan); });
    printMenu->addAction(tr("&Risk assessment…"), this, [this] { printForm(PrintedForms::Kind::RiskAssessment); });
    printMenu->addAction(tr("Re&ferral summary…"), this, [this] { printForm(PrintedForms::Kind::ReferralSummary); });
    printMenu->addAction(tr("&Appointment letter…"), this, [this] { printForm(PrintedForms::Kind::AppointmentLetter); });
    printMenu->addAction(tr("&Complaints procedure…"), this,
                         [this] { printForm(PrintedForms::Kind::ComplaintsProcedure); });
    m_printButton->setMenu(printMenu);

    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    top->addWidget(m_editProfile);
    top->addWidget(referral);
    top->addWidget(m_noteButton);
    top->addWidget(m_supportButton);
    top->addWidget(m_printButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

QString PersonRecordView::staffName(const QString& id) const
{
    return m_staff.contains(id) ? m_staff.value(id).name : QString();
}

QString PersonRecordView::contractName(const QString& id) const
{
    return m_contracts.contains(id) ? m_contracts.value(id).name : id;
}

void PersonRecordView::updateActions()
{
    const bool known = !m_person.id.isEmpty();
    m_editProfile->setEnabled(known);
    m_noteButton->setEnabled(known && m_openPeriod.has_value());
    m_supportButton->setEnabled(known && m_openPeriod.has_value());
    const QString why = tr("%1 is not in support: there is no open support period.")
                            .arg(PersonName::display(m_person.givenName, m_person.familyName, m_person.preferredName));
    m_noteButton->setToolTip(m_openPeriod ? tr("Write a case note on the open support period") : why);
    m_supportButton->setToolTip(m_openPeriod ? tr("Key worker, extension, withdrawal review, closure") : why);
}

bool PersonRecordView::editProfile()
{
    if (m_person.id.isEmpty())
        return false;
    std::optional<int> minimumAge;
    if (m_openPeriod)
        minimumAge = m_contracts.value(m_openPeriod->contractId).minimumAge;
    ProfileDialog dialog(m_services.people, m_clock, m_person, minimumAge, this);
    return dialog.exec() == QDialog::Accepted;
}

bool PersonRecordView::newReferral()
{
    if (m_person.id.isEmpty())
        return false;
    ReferralDialog dialog(m_repositories, m_services.referrals, m_clock, this);
    dialog.preselectPerson(m_person.id);
    return dialog.exec() == QDialog::Accepted;
}

bool PersonRecordView::addNote()
{
    return m_openPeriod && CaseworkForms::open(m_forms->noteForm(*m_openPeriod, m_actor, this));
}

bool PersonRecordView::changeKeyWorker()
{
    return m_openPeriod && CaseworkForms::open(m_forms->keyWorkerForm(*m_openPeriod, this));
}

bool PersonRecordView::extendSupport()
{
    return m_openPeriod && CaseworkForms::open(m_forms->extensionForm(*m_openPeriod, this));
}

bool PersonRecordView::recordWithdrawalReview()
{
    return m_openPeriod && CaseworkForms::open(m_forms->withdrawalReviewForm(*m_openPeriod, this));
}

bool PersonRecordView::closeSupport()
{
    if (!m_openPeriod)
        return false;
    QVector<OutcomeRecord> outcomes;
    if (auto stored = m_repositories.supportPeriods.outcomesForServiceUser(m_person.id))
        for (const OutcomeRecord& o : stored.value())
            if (o.supportPeriodId == m_openPeriod->id)
                outcomes << o;
    return CaseworkForms::open(m_forms->closureForm(*m_openPeriod, outcomes, this));
}

Result<PrintedForm> PersonRecordView::printableForm(PrintedForms::Kind kind) const
{
    if (m_person.id.isEmpty())
        return Error{tr("No one is shown."), {}};
    PrintedForms forms(m_repositories.database, m_clock);
    forms.setLanguage({}); // the person's own, when Waymark has it
    return forms.build(kind, m_person.id);
}

void PersonRecordView::printForm(PrintedForms::Kind kind)
{
    Result<PrintedForm> form = printableForm(kind);
    if (form)
        if (Status s = m_services.access.printed(m_person.id, form->title); !s)
            form = s.error();
    const QString personId = m_person.id;
    FormPrinter::previewOrExplain(
        form,
        [this, kind, personId](const QString& language, bool largePrint) {
            PrintedForms forms(m_repositories.database, m_clock);
            forms.setLanguage(language);
            forms.setLargePrint(largePrint);
            return forms.build(kind, personId);
        },
        this);
}

void PersonRecordView::showTab(Tab tab)
{
    if (int(tab) < m_tabs->count())
        m_tabs->setCurrentIndex(int(tab));
}

void PersonRecordView::addTab(QWidget* (PersonRecordView::*build)(), const QString& title)
{
    auto* placeholder = new QWidget;
    placeholder->setAccessibleName(title);
    m_unbuilt.insert(placeholder, build);
    m_tabs->addTab(placeholder, title);
}

void PersonRecordView::buildTab(int index)
{
    QWidget* placeholder = m_tabs->widget(index);
    const auto build = m_unbuilt.find(placeholder);
    if (build == m_unbuilt.end())
        return;
    const auto make = build.value();
    m_unbuilt.erase(build);
    QWidget* page = (this->*make)();
    const QString title = m_tabs->tabText(index);
    page->setAccessibleName(title);
    {
        const QSignalBlocker quiet(m_tabs);
        m_tabs->removeTab(index);
        m_tabs->insertTab(index, page, title);
        m_tabs->setCurrentIndex(index);
    }
    placeholder->deleteLater();
}

bool PersonRecordView::showServiceUser(const QString& serviceUserId)
{
    const int currentTab = m_tabs->currentIndex();
    {
        const QSignalBlocker quiet(m_tabs);
        while (m_tabs->count() > 0) {
            QWidget* page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            page->deleteLater();
        }
    }
    m_unbuilt.clear();
    // A key worker opens only their own caseload's records: asked before anything is read.
    if (Status allowed = m_services.access.mayOpen(serviceUserId); !allowed) {
        m_person = ServiceUser{};
        m_name->setText(tr("Not on your caseload"));
        m_summary->setText(allowed.error().message);
        return false;
    }
    Result<std::optional<ServiceUser>> person = m_repositories.serviceUsers.find(serviceUserId);
    if (!person || !person->has_value()) {
        m_person = ServiceUser{};
        m_name->setText(tr("Record not found"));
        m_summary->setText(person ? tr("No one with this id is on the caseload; the record may "
                                       "have been deleted.")
                                  : person.error().message);
        return false;
    }
    // Opening someone's record is in the audit trail; reading it again after a change is not a
    // new look.
    if (m_person.id != (*person)->id) {
        // No look that the trail cannot record: the record is not shown.
        if (Status s = m_services.access.viewed((*person)->id); !s) {
            m_person = ServiceUser{};
            m_name->setText(tr("Record not shown"));
            m_summary->setText(s.error().message);
            return false;
        }
    }
    m_person = **person;
    m_staff.clear();
    if (auto staff = m_repositories.staff.all())
        for (const Staff& s : staff.value())
            m_staff.insert(s.id, s);
    m_contracts.clear();
    if (auto contracts = m_repositories.contracts.all())
        for (const Contract& c : contracts.value())
            m_contracts.insert(c.id, c);

    m_name->setText(PersonName::display(m_person.givenName, m_person.familyName,
                                        m_person.preferredName));
    QStringList summary;
    const QDate today = LocalTime::londonDate(m_clock.now());
    if (m_person.dateOfBirth.isValid())
        summary << tr("Born %1 (age %2)")
                       .arg(LocalTime::formatDate(m_person.dateOfBirth))
                       .arg(LocalTime::ageOn(m_person.dateOfBirth, today));
    if (auto periods = m_repositories.supportPeriods.forServiceUser(m_person.id);
        periods && !periods->isEmpty()) {
        const SupportPeriod& current = periods->first();
        if (current.isOpen() || current.endDate >= today)
            summary << tr("%1 since %2").arg(contractName(current.contractId),
                                             LocalTime::formatDate(current.startDate));
        else
            summary << tr("%1, ended %2").arg(contractName(current.contractId),
                                              LocalTime::formatDate(current.endDate));
        if (!current.keyWorkerId.isEmpty())
            summary << tr("Key worker: %1").arg(staffName(current.keyWorkerId));
    }
    m_summary->setText(summary.join(QStringLiteral("  \u00b7  ")));
    m_openPeriod.reset();
    if (auto periods = m_repositories.supportPeriods.forServiceUser(m_person.id)) {
        for (const SupportPeriod& p : periods.value())
            if (p.isOpen() && !m_openPeriod)
                m_openPeriod = p;
    }
    QVector<Staff> staffList;
    for (const Staff& s : std::as_const(m_staff))
        staffList << s;
    m_forms->setStaff(staffList);
    updateActions();

    {
        const QSignalBlocker quiet(m_tabs);
        addTab(&PersonRecordView::profileTab, tr("Profile"));
        addTab(&PersonRecordView::riskTab, tr("Risk"));
        addTab(&PersonRecordView::supportPlanTab, tr("Support plan"));
        addTab(&PersonRecordView::diaryTab, tr("Diary"));
        addTab(&PersonRecordView::starTab, tr("Outcome Star"));
        addTab(&PersonRecordView::healthTab, tr("Health"));
        addTab(&PersonRecordView::outcomesTab, tr("Outcomes"));
        addTab(&PersonRecordView::notesTab, tr("Notes"));
        addTab(&PersonRecordView::historyTab, tr("History"));
        m_tabs->setCurrentIndex(currentTab >= 0 && currentTab < m_tabs->count() ? currentTab : 0);
    }
    buildTab(m_tabs->currentIndex());
    return true;
}

QWidget* PersonRecordView::profileTab()
{
    const ServiceUser& p = m_person;
    auto* page = new QWidget;
    auto* columns = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    const QDate today = LocalTime::londonDate(m_clock.now());
    const QString born = p.dateOfBirth.isValid()
                             ? tr("%1 (age %2)")
                                   .arg(LocalTime::formatDate(p.dateOfBirth))
                                   .arg(LocalTime::ageOn(p.dateOfBirth, today))
                             : QString();
    left->addWidget(formGroup(tr("About"),
                              {{tr("Preferred name"), p.preferredName},
                               {tr("Given name"), p.givenName},
                               {tr("Family name"), p.familyName},
                               {tr("Date of birth"), born}},
                              page));
    left->addWidget(formGroup(tr("Contact"),
                              {{tr("Address"), p.address},
                               {tr("Postcode"), p.postcode},
                               {tr("Phone"), p.phone}},
                              page));
    left->addWidget(formGroup(tr("Housing"),
                              {{tr("Where they live now"), label(ReferenceCodes::Accommodation, p.tenure)}},
                              page));
    left->addStretch(1);
    right->addWidget(formGroup(tr("Health and care"),
                               {{tr("NHS number"), p.nhsNumber},
                                {tr("GP"), label(ReferenceCodes::GpRegistered, p.gpRegistered)},
                                {tr("GP practice"), p.gpPractice},
                                {tr("Care Programme Approach"), label(ReferenceCodes::Cpa, p.cpa)}},
                               page));
    right->addWidget(formGroup(
        tr("Equality monitoring"),
        {{tr("Gender"), label(ReferenceCodes::Gender, p.gender)},
         {tr("Ethnicity"), label(ReferenceCodes::Ethnicity, p.ethnicity)},
         {tr("Religion"), label(ReferenceCodes::Religion, p.religion)},
         {tr("Sexual orientation"), label(ReferenceCodes::SexualOrientation, p.sexualOrientation)},
         {tr("Disability"), label(ReferenceCodes::Disability, p.disability)},
         {tr("First language"), p.firstLanguage},
         {tr("Interpreter needed"), yesNo(p.interpreterNeeded)}},
        page));
    right->addStretch(1);
    return scrolling(page);
}

QWidget* PersonRecordView::supportPlanTab()
{
    // The plan of the open period (or the latest period), every version, the current first.
    QString periodId;
    if (m_openPeriod)
        periodId = m_openPeriod->id;
    else if (auto periods = m_repositories.supportPeriods.forServiceUser(m_person.id); periods && !periods->isEmpty())
        periodId = periods->first().id;
    Result<QVector<SupportPlan>> plans = periodId.isEmpty() ? Result<QVector<SupportPlan>>(QVector<SupportPlan>())
                                                            : m_repositories.supportPlans.plansForPeriod(periodId);
    if (!plans)
        return new EmptyState(tr("The support plan could not be read"), plans.error().message);
    auto* actions = new QHBoxLayout;
    auto* write = new QPushButton(this);
    write->setObjectName(QStringLiteral("writePlan"));
    auto* review = new QPushButton(tr("Re&view the plan\u2026"), this);
    review->setObjectName(QStringLiteral("reviewPlan"));
    const bool draftOnly = !plans->isEmpty() && !plans->first().agreedOn.isValid();
    write->setText(plans->isEmpty() ? tr("&Write the support plan\u2026")
                                    : (draftOnly ? tr("&Continue the draft plan\u2026") : tr("&Write the support plan\u2026")));
    write->setVisible(plans->isEmpty() || draftOnly);
    write->setEnabled(m_openPeriod.has_value());
    review->setVisible(!plans->isEmpty() && !draftOnly);
    review->setEnabled(m_openPeriod.has_value());
    connect(write, &QPushButton::clicked, this, &PersonRecordView::writePlan);
    connect(review, &QPushButton::clicked, this, &PersonRecordView::reviewPlan);
    actions->addWidget(write);
    actions->addWidget(review);
    if (!plans->isEmpty()) {
        auto* print = new QPushButton(tr("Pr&int the plan\u2026"), this);
        print->setObjectName(QStringLiteral("printPlan"));
        print->setToolTip(tr("The plan on A4 with lines for signatures"));
        connect(print, &QPushButton::clicked, this, [this] { printForm(PrintedForms::Kind::SupportPlan); });
        actions->addWidget(print);
    }
    actions->addStretch(1);
    if (plans->isEmpty()) {
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        layout->addLayout(actions);
        layout->addWidget(new EmptyState(tr("No support plan yet"),
                                         m_openPeriod ? tr("Write it with the person after the assessment of need and "
                                                           "risk; it is reviewed every 12 weeks.")
                                                      : tr("A support plan is written once the person is in support.")),
                          1);
        return page;
    }
    // The current plan: plans come latest agreed first.
    const SupportPlan& plan = plans->first();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(actions);
    layout->addWidget(sectionHeading(
        plan.agreedOn.isValid()
            ? tr("Support plan agreed %1").arg(LocalTime::formatDate(plan.agreedOn))
            : tr("Support plan (not yet agreed with the person)"),
        page));
    // Due as the latest review set it (as Today and the printed plan count it), not as the plan
    // was agreed: a review that keeps the goals writes no new plan.
    const Result<QVector<PlanReview>> planReviews = m_repositories.supportPlans.reviewsForPlan(plan.id);
    const QDate reviewDue =
        ReviewDue::planReviewDue(QVector<SupportPlan>{plan}, planReviews ? planReviews.value() : QVector<PlanReview>{});
    if (reviewDue.isValid())
        layout->addWidget(new QLabel(tr("Next review due %1").arg(LocalTime::formatDate(reviewDue)), page));

    QList<QPair<QString, QString>> needs;
    const CodeList& areas = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::NeedArea));
    for (const Code& area : areas.codes())
        needs << qMakePair(areas.displayLabel(area.code), plan.needs.value(area.code));
    layout->addWidget(formGroup(tr("Needs arising from who the person is"), needs, page));

    layout->addWidget(sectionHeading(tr("Goals"), page));
    Result<QVector<Goal>> goals = m_repositories.supportPlans.goalsForPlan(plan.id);
    if (goals && !goals->isEmpty()) {
        auto* table = new ReadOnlyTable({tr("Goal"), tr("How progress is measured"), tr("Who does what"),
                                         tr("Target date"), tr("Outcome"), tr("Star area"),
                                         tr("Status"), tr("Tasks")},
                                        tr("Goals"), page);
        for (const Goal& g : goals.value())
            table->addRow({g.what, g.measure, g.who, LocalTime::formatDate(g.targetDate),
                           label(ReferenceCodes::OutcomeCode, g.outcomeCode), g.starArea,
                           label(ReferenceCodes::GoalStatus, g.status),
                           g.tasks.join(QStringLiteral("; "))},
                          {{}, {}, {}, LocalTime::isoDate(g.targetDate)});
        table->finish();
        layout->addWidget(table, 1);
    } else {
        layout->addWidget(new QLabel(goals ? tr("No goals are written in this plan yet.")
                                           : goals.error().message,
                                     page));
    }

    layout->addWidget(sectionHeading(tr("Reviews"), page));
    Result<QVector<PlanReview>> reviews = m_repositories.supportPlans.reviewsForPlan(plan.id);
    if (reviews && !reviews->isEmpty()) {
        auto* table = new ReadOnlyTable({tr("Held on"), tr("Who took part"), tr("Summary"),
                                         tr("Next review")},
                                        tr("Reviews"), page);
        for (const PlanReview& r : reviews.value())
            table->addRow({LocalTime::formatDate(r.heldOn), r.attendees, r.summary,
                           LocalTime::formatDate(r.nextReviewOn)},
                          {LocalTime::isoDate(r.heldOn), {}, {}, LocalTime::isoDate(r.nextReviewOn)});
        table->finish();
        layout->addWidget(table, 1);
    } else {
        layout->addWidget(new QLabel(reviews ? tr("This plan has not been reviewed yet.")
                                             : reviews.error().message,
                                     page));
    }
    // Earlier versions stay readable: a review that changed the goals wrote a new one.
    if (plans->size() > 1) {
        layout->addWidget(sectionHeading(tr("Earlier versions of the plan"), page));
        for (qsizetype i = 1; i < plans->size(); ++i) {
            const SupportPlan& earlier = plans->at(i);
            QStringList lines;
            if (Result<QVector<Goal>> earlierGoals = m_repositories.supportPlans.goalsForPlan(earlier.id))
                for (const Goal& g : earlierGoals.value())
                    lines << QStringLiteral("\u2022 %1 (%2, by %3)")
                                 .arg(g.what, label(ReferenceCodes::GoalStatus, g.status),
                                      LocalTime::formatDate(g.targetDate));
            auto* version = new QLabel(
                (earlier.agreedOn.isValid() ? tr("Agreed %1").arg(LocalTime::formatDate(earlier.agreedOn))
                                            : tr("Draft, never agreed"))
                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                page);
            version->setObjectName(QStringLiteral("earlierPlan"));
            version->setWordWrap(true);
            version->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(version);
        }
    }
    return scrolling(page);
}

QList<QPair<QString, QString>> PersonRecordView::starAreas() const
{
    QList<QPair<QString, QString>> areas;
    if (!m_openPeriod)
        return areas;
    const Contract contract = m_contracts.value(m_openPeriod->contractId);
    if (contract.starTemplateId.isEmpty())
        return areas;
    if (auto found = m_repositories.stars.findTemplate(contract.starTemplateId); found && found->has_value())
        for (const StarArea& a : (*found)->areas)
            areas << qMakePair(a.key, a.name);
    return areas;
}

SupportPlanEditor* PersonRecordView::planEditor()
{
    if (!m_openPeriod)
        return nullptr;
    Result<QVector<SupportPlan>> plans = m_repositories.supportPlans.plansForPeriod(m_openPeriod->id);
    if (!plans)
        return nullptr;
    const QDate today = LocalTime::londonDate(m_clock.now());
    if (plans->isEmpty())
        return new SupportPlanEditor(m_services.plans, SupportPlanEditor::Mode::Draft, *m_openPeriod, SupportPlan{}, {},
                                     starAreas(), today, this);
    const SupportPlan& current = plans->first();
    QVector<Goal> goals;
    if (Result<QVector<Goal>> stored = m_repositories.supportPlans.goalsForPlan(current.id))
        goals = stored.value();
    return new SupportPlanEditor(m_services.plans,
                                 current.agreedOn.isValid() ? SupportPlanEditor::Mode::Review
                                                            : SupportPlanEditor::Mode::Draft,
                                 *m_openPeriod, current, goals, starAreas(), today, this);
}

bool PersonRecordView::writePlan()
{
    std::unique_ptr<SupportPlanEditor> editor(planEditor());
    return editor && editor->exec() == QDialog::Accepted;
}

bool PersonRecordView::reviewPlan()
{
    std::unique_ptr<SupportPlanEditor> editor(planEditor());
    if (!editor)
        return false;
    const bool review = editor->mode() == SupportPlanEditor::Mode::Review;
    if (editor->exec() != QDialog::Accepted)
        return false;
    if (review) {
        // The risks are reviewed with the plan: straight on to them, starting from the last ones.
        std::unique_ptr<RiskAssessmentEditor> risks(riskEditor());
        if (risks) {
            risks->setIntroduction(tr("The plan review is saved. Now review the risks with the person: change what has "
                                      "changed, remove what no longer applies and add anything new. Cancel if you "
                                      "will review them another time."));
            risks->exec();
        }
    }
    return true;
}

QWidget* PersonRecordView::riskTab()
{
    Result<QVector<RiskAssessment>> assessments = m_repositories.risks.forServiceUser(m_person.id);
    auto* tab = new RiskAssessmentTab(assessments ? assessments.value() : QVector<RiskAssessment>{},
                                      m_openPeriod.has_value(), assessments ? QString() : assessments.error().message);
    connect(tab, &RiskAssessmentTab::assessRequested, this, &PersonRecordView::assessRisk);
    connect(tab, &RiskAssessmentTab::printRequested, this, [this](const QString& assessmentId) {
        PrintedForms forms(m_repositories.database, m_clock);
        forms.setLanguage({});
        Result<PrintedForm> form = forms.riskAssessment(assessmentId);
        if (form)
            if (Status s = m_services.access.printed(m_person.id, form->title); !s)
                form = s.error();
        FormPrinter::previewOrExplain(
            form,
            [this, assessmentId](const QString& language, bool largePrint) {
                PrintedForms again(m_repositories.database, m_clock);
                again.setLanguage(language);
                again.setLargePrint(largePrint);
                return again.riskAssessment(assessmentId);
            },
            this);
    });
    return tab;
}

RiskAssessmentEditor* PersonRecordView::riskEditor()
{
    if (!m_openPeriod)
        return nullptr;
    RiskAssessment previous;
    if (Result<QVector<RiskAssessment>> stored = m_repositories.risks.forSupportPeriod(m_openPeriod->id); stored && !stored->isEmpty())
        previous = stored->first();
    // Usually the key worker assesses; whoever is signed in may be someone else.
    QString assessor = staffName(m_actor);
    if (assessor.isEmpty())
        assessor = staffName(m_openPeriod->keyWorkerId);
    return new RiskAssessmentEditor(m_services.risks, *m_openPeriod, previous, assessor,
                                    LocalTime::londonDate(m_clock.now()), this);
}

bool PersonRecordView::assessRisk()
{
    std::unique_ptr<RiskAssessmentEditor> editor(riskEditor());
    return editor && editor->exec() == QDialog::Accepted;
}

QWidget* PersonRecordView::diaryTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* actions = new QHBoxLayout;
    auto* book = new QPushButton(tr("&Book appointment\u2026"), page);
    book->setObjectName(QStringLiteral("bookAppointment"));
    book->setEnabled(m_openPeriod.has_value());
    book->setToolTip(m_openPeriod ? tr("Book an appointment in the open support period")
                                  : tr("Appointments are booked in an open support period."));
    connect(book, &QPushButton::clicked, this, &PersonRecordView::bookAppointment);
    actions->addWidget(book);
    actions->addSpacing(16);
    // One click records what happened to the selected appointment.
    const QList<QPair<QString, QString>> outcomes = {
        {QStringLiteral("attended"), tr("A&ttended")},
        {QStringLiteral("dna"), tr("Did not &attend")},
        {QStringLiteral("cancelled_by_person"), tr("Cance&lled by the person")},
        {QStringLiteral("cancelled_by_provider"), tr("Cancelled by &us")},
    };
    QList<QPushButton*> outcomeButtons;
    for (const auto& [code, text] : outcomes) {
        auto* button = new QPushButton(text, page);
        button->setObjectName(QStringLiteral("mark_") + code);
        button->setEnabled(false);
        actions->addWidget(button);
        outcomeButtons << button;
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    Result<QVector<Appointment>> appointments = m_repositories.appointments.forServiceUser(m_person.id);
    if (!appointments) {
        layout->addWidget(new EmptyState(tr("The diary could not be read"), appointments.error().message), 1);
        return page;
    }
    if (appointments->isEmpty()) {
        layout->addWidget(new EmptyState(tr("No appointments yet"),
                                         m_openPeriod ? tr("Book the first one with \"Book appointment\".")
                                                      : tr("Appointments are booked once the person is "
                                                           "accepted into support.")),
                          1);
        if (QWidget* sessions = sessionsSection())
            layout->addWidget(sessions, 1);
        return page;
    }
    auto* table = new ReadOnlyTable({tr("When"), tr("Length"), tr("Kind"), tr("Status"),
                                     tr("With"), tr("Reason for going over the weekly hours")},
                                    tr("Appointments"), page);
    table->setObjectName(QStringLiteral("appointments"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Appointment& a : appointments.value()) {
        table->addRow({LocalTime::formatDateTime(a.startsAt), tr("%1 min").arg(a.durationMinutes),
                       label(ReferenceCodes::AppointmentKind, a.kind),
                       label(ReferenceCodes::AppointmentStatus, a.status), staffName(a.staffId),
                       a.overCapReason},
                      {LocalTime::isoDateTimeUtc(a.startsAt),
                       QStringLiteral("%1").arg(a.durationMinutes, 4, 10, QLatin1Char('0'))});
        table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole + 2, a.id);
    }
    table->finish();
    table->setSortingEnabled(true);
    SortByKeyboard::offer(table, table->horizontalHeader());
    table->sortItems(0, Qt::DescendingOrder);
    layout->addWidget(table, 1);
    auto selected = [table] {
        const int row = table->currentRow();
        return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole + 2).toString() : QString();
    };
    connect(table, &QTableWidget::currentCellChanged, page, [outcomeButtons, selected] {
        for (QPushButton* b : outcomeButtons)
            b->setEnabled(!selected().isEmpty());
    });
    for (int i = 0; i < outcomeButtons.size(); ++i) {
        const QString code = outcomes.at(i).first;
        connect(outcomeButtons.at(i), &QPushButton::clicked, this, [this, code, selected] {
            const QString id = selected();
            if (id.isEmpty())
                return;
            Status done = m_services.appointments.setStatus(id, code);
            if (!done)
                QMessageBox::warning(this, tr("Not recorded"),
                                     done.error().message + QLatin1Char('\n')
                                         + done.error().details.join(QLatin1Char('\n')));
        });
    }
    if (QWidget* sessions = sessionsSection())
        layout->addWidget(sessions);
    return page;
}

QWidget* PersonRecordView::sessionsSection()
{
    Result<QVector<QPair<GroupSession, Attendance>>> attended = m_repositories.sessions.forServiceUser(m_person.id);
    if (!attended || attended->isEmpty())
        return nullptr;
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionHeading(tr("Group sessions and drop-ins"), box));
    auto* table = new ReadOnlyTable({tr("When"), tr("Session"), tr("Came"), tr("Discussed")}, tr("Group sessions"), box);
    table->setObjectName(QStringLiteral("sessionsAttended"));
    const CodeList& kinds = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::SessionKind));
    for (const auto& [session, line] : attended.value()) {
        QString discussed = line.discussed;
        if (line.minutes)
            discussed += tr(" (%n minutes)", nullptr, *line.minutes);
        table->addRow({LocalTime::formatDateTime(session.startsAt),
                       session.title.isEmpty() ? kinds.displayLabel(session.kind) : session.title,
                       line.attended ? tr("Yes") : tr("No"), discussed.trimmed()},
                      {LocalTime::isoDateTimeUtc(session.startsAt)});
    }
    table->finish();
    layout->addWidget(table);
    return box;
}

bool PersonRecordView::bookAppointment()
{
    return m_openPeriod && CaseworkForms::open(m_forms->appointmentForm(*m_openPeriod, m_actor, this));
}

QWidget* PersonRecordView::starTab()
{
    Result<std::optional<PersonStar>> shown = PersonStar::load(m_repositories.database, m_person.id);
    if (!shown)
        return new EmptyState(tr("The Outcome Star could not be read"), shown.error().message);
    const std::optional<PersonStar>& c = shown.value();
    if (!c)
        return new EmptyState(tr("No Outcome Star"),
                              m_openPeriod ? tr("The contract has no star template: an administrator sets one in Admin.")
                                           : tr("The star is scored while the person is in support."));
    auto* tab = new StarTab(c->star, c->assessments, m_openPeriod.has_value());
    connect(tab, &StarTab::scoreRequested, this, &PersonRecordView::scoreStar);
    connect(tab, &StarTab::printRequested, this, [this] { printForm(PrintedForms::Kind::Star); });
    return tab;
}

StarAssessmentEditor* PersonRecordView::starEditor()
{
    Result<std::optional<PersonStar>> shown = PersonStar::load(m_repositories.database, m_person.id);
    if (!m_openPeriod || !shown || !shown->has_value())
        return nullptr;
    const std::optional<PersonStar>& c = shown.value();
    return new StarAssessmentEditor(m_services.stars, *m_openPeriod, c->star, LocalTime::londonDate(m_clock.now()), this);
}

bool PersonRecordView::scoreStar()
{
    std::unique_ptr<StarAssessmentEditor> editor(starEditor());
    return editor && editor->exec() == QDialog::Accepted;
}

bool PersonRecordView::deleteEnteredByMistake(const QString& list, const QString& id, bool ask)
{
    if (id.isEmpty())
        return false;
    const QString what = list == QLatin1String("hospital_stays") ? tr("this hospital stay")
                         : list == QLatin1String("complaints")   ? tr("this complaint")
                                                                 : tr("this incident");
    if (ask && QMessageBox::question(this, tr("Delete an entry made by mistake"),
                                     tr("Delete %1 from %2's record? Do this only if it was entered by mistake: it "
                                        "leaves the record and the returns. The administrator can restore it.")
                                         .arg(what, m_person.displayName()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Yes)
        return false;
    if (Status s = m_services.deletedRecords.remove(list, id); !s) {
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
        return false;
    }
    // The window shows the record again on the change (the tab stays as it was).
    return true;
}

QWidget* PersonRecordView::healthTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(formGroup(tr("Registration and care"),
                                {{tr("GP"), label(ReferenceCodes::GpRegistered, m_person.gpRegistered)},
                                 {tr("GP practice"), m_person.gpPractice},
                                 {tr("Care Programme Approach"), label(ReferenceCodes::Cpa, m_person.cpa)}},
                                page));

    auto heading = [this, page, layout](const QString& text, const QString& buttonText, const char* name,
                                        auto slot) {
        auto* row = new QHBoxLayout;
        row->addWidget(sectionHeading(text, page));
        row->addStretch(1);
        auto* button = new QPushButton(buttonText, page);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        layout->addLayout(row);
    };
    // Under a list, for a row entered by mistake; the row's first cell carries the record's id.
    auto deleteButton = [this, page, layout](ReadOnlyTable* table, const QString& list, const QString& buttonText,
                                             const QString& objectName) {
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        auto* button = new QPushButton(buttonText, page);
        button->setObjectName(objectName);
        button->setToolTip(tr("Only for an entry made by mistake: it leaves this record and the returns, and the "
                              "administrator can restore it"));
        button->setEnabled(false);
        connect(table, &QTableWidget::itemSelectionChanged, button,
                [table, button] { button->setEnabled(!table->selectedItems().isEmpty()); });
        connect(button, &QPushButton::clicked, this, [this, table, list] {
            const QList<QTableWidgetItem*> selected = table->selectedItems();
            if (!selected.isEmpty())
                deleteEnteredByMistake(list, table->item(selected.first()->row(), 0)->data(Qt::UserRole + 2).toString());
        });
        row->addWidget(button);
        layout->addLayout(row);
    };

    heading(tr("Hospital stays"), tr("Record &hospital stay\u2026"), "recordHospitalStay",
            [this] { CaseworkForms::open(m_forms->hospitalStayForm(m_person.id, this)); });
    Result<QVector<HospitalStay>> stays = m_repositories.hospitalStays.forServiceUser(m_person.id);
    if (!stays) {
        layout->addWidget(new QLabel(stays.error().message, page));
    } else if (stays->isEmpty()) {
        layout->addWidget(new QLabel(tr("None recorded. Admissions and nights in hospital are counted in "
                                        "the quarterly return."),
                                     page));
    } else {
        auto* table = new ReadOnlyTable({tr("Admitted"), tr("Discharged"), tr("Kind"), tr("Planned")},
                                        tr("Hospital stays"), page);
        table->setObjectName(QStringLiteral("hospitalStays"));
        for (const HospitalStay& s : stays.value()) {
            table->addRow({LocalTime::formatDate(s.admittedOn),
                           s.dischargedOn.isValid() ? LocalTime::formatDate(s.dischargedOn)
                                                    : tr("Still in hospital"),
                           label(ReferenceCodes::HospitalStayKind, s.kind), yesNo(s.planned)},
                          {LocalTime::isoDate(s.admittedOn), LocalTime::isoDate(s.dischargedOn)});
            table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole + 2, s.id);
        }
        table->finish();
        layout->addWidget(table, 1);
        deleteButton(table, QStringLiteral("hospital_stays"), tr("Delete the stay…"), QStringLiteral("deleteHospitalStay"));
    }

    heading(tr("Complaints"), tr("Record &complaint\u2026"), "recordComplaint",
            [this] { CaseworkForms::open(m_forms->complaintForm(m_person.id, this)); });
    Result<QVector<Complaint>> complaints = m_repositories.concerns.complaintsForServiceUser(m_person.id);
    if (complaints && !complaints->isEmpty()) {
        auto* table = new ReadOnlyTable({tr("Received"), tr("From"), tr("About"), tr("Serious"),
                                         tr("Sent to the commissioner"), tr("Outcome")},
                                        tr("Complaints"), page);
        table->setObjectName(QStringLiteral("complaints"));
        table->setToolTip(tr("Double-click a complaint to record when it was sent, or its outcome"));
        for (const Complaint& c : complaints.value()) {
            table->addRow({LocalTime::formatDate(c.receivedOn), c.complainant, c.summary, yesNo(c.serious),
                           c.awaitsSending() ? tr("Not yet: send it at once")
                                             : LocalTime::formatDate(c.sentToCommissionerOn),
                           c.outcome},
                          {LocalTime::isoDate(c.receivedOn)});
            table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole + 2, c.id);
        }
        table->finish();
        layout->addWidget(table, 1);
        connect(table, &QTableWidget::cellActivated, this, [this, table, complaints](int row, int) {
            const QString id = table->item(row, 0)->data(Qt::UserRole + 2).toString();
            // A serious complaint is sent first; then its outcome is recorded.
            for (const Complaint& c : complaints.value())
                if (c.id == id)
                    CaseworkForms::open(c.awaitsSending() ? m_forms->sentToCommissionerForm(c, this)
                                                          : m_forms->complaintOutcomeForm(c, this));
        });
        deleteButton(table, QStringLiteral("complaints"), tr("Delete the complaint…"), QStringLiteral("deleteComplaint"));
    } else {
        layout->addWidget(new QLabel(complaints ? tr("None recorded.") : complaints.error().message, page));
    }

    heading(tr("Incidents and safeguarding"), tr("Record &incident\u2026"), "recordIncident",
            [this] { CaseworkForms::open(m_forms->incidentForm(m_person.id, this)); });
    Result<QVector<Incident>> incidents = m_repositories.concerns.incidentsForServiceUser(m_person.id);
    if (incidents && !incidents->isEmpty()) {
        auto* table = new ReadOnlyTable({tr("When"), tr("Kind"), tr("What happened"), tr("Reported to the commissioner")},
                                        tr("Incidents"), page);
        table->setObjectName(QStringLiteral("incidents"));
        for (const Incident& i : incidents.value()) {
            table->addRow({LocalTime::formatDate(i.occurredOn), label(ReferenceCodes::IncidentKind, i.kind), i.summary,
                           i.reportedToCommissionerOn.isValid() ? LocalTime::formatDate(i.reportedToCommissionerOn)
                                                                : tr("Not yet")},
                          {LocalTime::isoDate(i.occurredOn)});
            table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole + 2, i.id);
        }
        table->finish();
        layout->addWidget(table, 1);
        deleteButton(table, QStringLiteral("incidents"), tr("Delete the incident…"), QStringLiteral("deleteIncident"));
    } else {
        layout->addWidget(new QLabel(incidents ? tr("None recorded.") : incidents.error().message, page));
    }
    layout->addStretch(1);
    return scrolling(page);
}

QWidget* PersonRecordView::outcomesTab()
{
    Result<QVector<OutcomeRecord>> outcomes =
        m_repositories.supportPeriods.outcomesForServiceUser(m_person.id);
    if (!outcomes)
        return new EmptyState(tr("The outcomes could not be read"), outcomes.error().message);
    if (outcomes->isEmpty())
        return new EmptyState(tr("No outcomes recorded"),
                              tr("For each support period, record the Outcomes Framework needs "
                                 "identified and, when support ends, whether each was achieved."));
    auto* table = new ReadOnlyTable({tr("Outcome"), tr("Need identified"), tr("Achieved")},
                                    tr("Outcomes Framework"));
    for (const OutcomeRecord& o : outcomes.value())
        table->addRow({label(ReferenceCodes::OutcomeCode, o.code), yesNo(o.needIdentified),
                       o.achieved ? yesNo(o.achieved) : tr("Not yet known")},
                      {o.code});
    table->finish();
    return table;
}

QWidget* PersonRecordView::notesTab()
{
    Result<QVector<CaseNote>> notes = m_repositories.notes.forServiceUser(m_person.id);
    if (!notes)
        return new EmptyState(tr("The notes could not be read"), notes.error().message);
    if (notes->isEmpty())
        return new EmptyState(tr("No case notes yet"),
                              tr("Case notes written about this person's support appear here, "
                                 "the latest first."));
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("caseNotes"));
    browser->setAccessibleName(tr("Case notes"));
    browser->setOpenLinks(false);
    QHash<QString, CaseNote> byId;
    for (const CaseNote& n : notes.value())
        byId.insert(n.id, n);
    QSet<QString> corrected;
    for (const CaseNote& n : notes.value())
        if (!n.correctsNoteId.isEmpty())
            corrected.insert(n.correctsNoteId);
    QString html;
    for (const CaseNote& n : notes.value()) {
        const QString author = staffName(n.authorId);
        QString heading = LocalTime::formatDateTime(n.writtenAt).toHtmlEscaped();
        if (!author.isEmpty())
            heading += QStringLiteral(" \u2014 ") + author.toHtmlEscaped();
        QString marks;
        if (!n.correctsNoteId.isEmpty() && byId.contains(n.correctsNoteId))
            marks += QStringLiteral("<br><i>%1</i>")
                         .arg(tr("Correction to the note of %1")
                                  .arg(LocalTime::formatDateTime(byId.value(n.correctsNoteId).writtenAt))
                                  .toHtmlEscaped());
        if (corrected.contains(n.id))
            marks += QStringLiteral("<br><i>%1</i>").arg(tr("A later note corrects this one.").toHtmlEscaped());
        // A note is never rewritten here: a correction is a new note pointing at it.
        const QString action =
            QStringLiteral("<a href=\"correct:%1\">%2</a>").arg(n.id, tr("Correct this note"));
        html += QStringLiteral("<p><b>%1</b>%2<br>%3<br><small>%4</small></p>")
                    .arg(heading, marks,
                         n.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), action);
    }
    browser->setHtml(html);
    connect(browser, &QTextBrowser::anchorClicked, this, [this, byId](const QUrl& url) {
        const QString target = url.toString();
        if (!target.startsWith(QLatin1String("correct:")))
            return;
        const QString id = target.mid(8);
        if (byId.contains(id))
            CaseworkForms::open(m_forms->correctionForm(byId.value(id), m_actor, this));
    });
    return browser;
}

QWidget* PersonRecordView::historyTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(sectionHeading(tr("Changes, the latest first"), page));
    Result<QVector<ChangeEntry>> changes = m_repositories.history.forServiceUser(m_person.id);
    if (changes && !changes->isEmpty()) {
        auto* history = new ChangeHistoryView(page);
        QHash<QString, QString> names;
        for (auto it = m_staff.constBegin(); it != m_staff.constEnd(); ++it)
            names.insert(it.key(), it->name);
        history->setEntries(changes.value(), names);
        layout->addWidget(history, 2);
    } else {
        layout->addWidget(new QLabel(changes ? tr("No changes recorded yet. Every change to this "
                                                  "person's records will be listed here, with who "
                                                  "made it and when.")
                                             : changes.error().message,
                                     page));
    }
    layout->addWidget(sectionHeading(tr("Support periods"), page));
    Result<QVector<SupportPeriod>> periods = m_repositories.supportPeriods.forServiceUser(m_person.id);
    if (periods && !periods->isEmpty()) {
        auto* table = new ReadOnlyTable({tr("Contract"), tr("Key worker"), tr("Started"), tr("Ended"),
                                         tr("End reason"), tr("Planned departure"),
                                         tr("Moved to"), tr("Extended until")},
                                        tr("Support periods"), page);
        for (const SupportPeriod& p : periods.value())
            table->addRow({contractName(p.contractId), staffName(p.keyWorkerId),
                           LocalTime::formatDate(p.startDate),
                           p.endDate.isValid() ? LocalTime::formatDate(p.endDate) : tr("Open"),
                           label(ReferenceCodes::EndReason, p.endReason), yesNo(p.plannedDeparture),
                           label(ReferenceCodes::Accommodation, p.exitAccommodation),
                           LocalTime::formatDate(p.extensionUntil)},
                          {{}, {}, LocalTime::isoDate(p.startDate), LocalTime::isoDate(p.endDate)});
        table->finish();
        layout->addWidget(table, 1);
    } else {
        layout->addWidget(new QLabel(periods ? tr("Not yet accepted into support.")
                                             : periods.error().message,
                                     page));
    }
    layout->addWidget(sectionHeading(tr("Referrals"), page));
    Result<QVector<Referral>> referrals = m_repositories.referrals.forServiceUser(m_person.id);
    if (referrals && !referrals->isEmpty()) {
        auto* table = new ReadOnlyTable({tr("Received"), tr("Contract"), tr("Source"), tr("Referrer"),
                                         tr("First contact"), tr("Decision"), tr("Reason")},
                                        tr("Referrals"), page);
        for (const Referral& r : referrals.value())
            table->addRow({LocalTime::formatDateTime(r.receivedAt), contractName(r.contractId),
                           label(ReferenceCodes::ReferralSource, r.source), r.referrer,
                           r.firstContactAt.isValid() ? LocalTime::formatDateTime(r.firstContactAt)
                                                      : tr("Not yet"),
                           label(ReferenceCodes::ReferralDecision, r.decision), r.decisionReason},
                          {LocalTime::isoDateTimeUtc(r.receivedAt)});
        table->finish();
        layout->addWidget(table, 1);
    } else {
        layout->addWidget(new QLabel(referrals ? tr("No referrals recorded.")
                                               : referrals.error().message,
                                     page));
    }
    return page;
}

} // namespace waymark
