#include "ui/TriageDialog.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/FirstContact.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"
#include "ui/StatusColours.h"
#include "ui/WindowFit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace waymark {

TriageDialog::TriageDialog(Repositories& repositories, ReferralService& service, const Clock& clock,
                           const Referral& referral, QWidget* parent)
    : QDialog(parent)
    , m_repositories(repositories)
    , m_service(service)
    , m_clock(clock)
    , m_referral(referral)
    , m_messages(new FieldMessages(this))
    , m_decisions(new QButtonGroup(this))
    , m_keyWorker(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_accommodationBased(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_reasonLabel(nullptr)
    , m_acceptFields(new QWidget(this))
    , m_reasonFields(new QWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Decide on the referral"));

    ServiceUser person;
    if (auto found = m_repositories.serviceUsers.find(referral.serviceUserId); found && found->has_value())
        person = **found;
    Contract contract;
    if (auto found = m_repositories.contracts.find(referral.contractId); found && found->has_value())
        contract = **found;

    auto* about = new QLabel(this);
    about->setWordWrap(true);
    const QDateTime now = m_clock.now();
    QString contact;
    switch (FirstContact::state(referral, contract, now)) {
    case FirstContact::State::Made:
        contact = tr("First contact %1.").arg(LocalTime::formatDateTime(referral.firstContactAt));
        break;
    case FirstContact::State::Overdue:
        contact = tr("First contact was due by %1 and is overdue.")
                      .arg(LocalTime::formatDateTime(FirstContact::deadline(referral, contract)));
        break;
    case FirstContact::State::Due:
        contact = tr("First contact due by %1.")
                      .arg(LocalTime::formatDateTime(FirstContact::deadline(referral, contract)));
        break;
    case FirstContact::State::NotApplicable:
        break;
    }
    about->setText(tr("<b>%1</b> referred to %2 by %3 on %4. %5")
                       .arg(PersonName::display(person.givenName, person.familyName, person.preferredName).toHtmlEscaped(),
                            contract.name.toHtmlEscaped(),
                            ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource))
                                .displayLabel(referral.source)
                                .toHtmlEscaped(),
                            LocalTime::formatDateTime(referral.receivedAt), contact.toHtmlEscaped()));

    auto* eligibility = new QLabel(this);
    eligibility->setObjectName(QStringLiteral("eligibility"));
    eligibility->setWordWrap(true);
    QStringList warnings;
    for (const FieldProblem& p :
         RecordChecks::eligibility(person, referral, contract, referral.livesInArea, referral.willingToEngage))
        warnings << p.message;
    eligibility->setText(warnings.isEmpty()
                             ? tr("Eligibility: nothing to check.")
                             : tr("Eligibility to weigh (T 4.1): \n%1")
                                   .arg(QStringLiteral("\u2022 ") + warnings.join(QStringLiteral("\n\u2022 "))));
    if (!warnings.isEmpty())
        eligibility->setStyleSheet(StatusColours::cautionStyle(eligibility));

    auto* choices = new QGroupBox(tr("Decision"), this);
    auto* choiceLayout = new QVBoxLayout(choices);
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("accepted"), tr("&Accept into support")},
        {QStringLiteral("signposted"), tr("&Signpost to another service")},
        {QStringLiteral("declined"), tr("&Decline")},
        {QStringLiteral("pending"), tr("Leave &pending")},
    };
    for (const auto& [code, text] : options) {
        auto* button = new QRadioButton(text, choices);
        button->setObjectName(code);
        button->setProperty("decision", code);
        m_decisions->addButton(button);
        choiceLayout->addWidget(button);
    }

    auto* acceptForm = new QFormLayout(m_acceptFields);
    acceptForm->setContentsMargins(0, 0, 0, 0);
    m_keyWorker->setObjectName(QStringLiteral("keyWorker"));
    m_keyWorker->addItem(tr("Choose the key worker"), QString());
    if (auto staff = m_repositories.staff.all())
        for (const Staff& s : staff.value())
            if (s.active)
                m_keyWorker->addItem(s.name, s.id);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_start->setCalendarPopup(true);
    m_start->setDate(LocalTime::londonDate(now));
    FormChoices::fillYesNo(m_accommodationBased, tr("Not recorded"));
    m_messages->addRow(acceptForm, tr("&Key worker:"), m_keyWorker, QStringLiteral("key_worker_id"));
    m_messages->addRow(acceptForm, tr("Support s&tarts:"), m_start, QStringLiteral("start_date"));
    m_messages->addRow(acceptForm, tr("Accommodation-&based support:"), m_accommodationBased,
                       QStringLiteral("accommodation_based"));

    auto* reasonForm = new QFormLayout(m_reasonFields);
    reasonForm->setContentsMargins(0, 0, 0, 0);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reasonLabel = m_messages->addRow(reasonForm, tr("&Reason:"), m_reason, QStringLiteral("decision_reason"));

    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(StatusColours::errorStyle(m_summary));
    m_summary->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record decision"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TriageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TriageDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(about);
    layout->addWidget(eligibility);
    layout->addWidget(choices);
    layout->addWidget(m_acceptFields);
    layout->addWidget(m_reasonFields);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_decisions, &QButtonGroup::buttonToggled, this, [this] { updateFields(); });
    choose(referral.decision.isEmpty() ? QStringLiteral("pending") : referral.decision);
    m_reason->setText(referral.decisionReason);
}

QString TriageDialog::decision() const
{
    QAbstractButton* checked = m_decisions->checkedButton();
    return checked ? checked->property("decision").toString() : QString();
}

void TriageDialog::choose(const QString& code)
{
    for (QAbstractButton* button : m_decisions->buttons())
        if (button->property("decision").toString() == code)
            button->setChecked(true);
    updateFields();
}

void TriageDialog::setKeyWorker(const QString& staffId)
{
    FormChoices::select(m_keyWorker, staffId);
}

void TriageDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void TriageDialog::updateFields()
{
    const QString chosen = decision();
    m_acceptFields->setVisible(chosen == QLatin1String("accepted"));
    m_reasonFields->setVisible(chosen == QLatin1String("signposted") || chosen == QLatin1String("declined"));
    if (m_reasonLabel)
        m_reasonLabel->setText(chosen == QLatin1String("signposted") ? tr("Service signposted &to:")
                                                                     : tr("Reason for decl&ining:"));
    m_reason->setAccessibleName(chosen == QLatin1String("signposted") ? tr("Service signposted to")
                                                                       : tr("Reason for declining"));
    // The fields a decision adds (a key worker and a start date on accepting) would otherwise
    // squeeze the choices below them.
    if (isVisible())
        WindowFit::toContentsSoon(this);
}

void TriageDialog::accept()
{
    ReferralService::Decision chosen;
    chosen.decision = decision();
    chosen.reason = m_reason->text();
    chosen.keyWorkerId = FormChoices::code(m_keyWorker);
    chosen.startDate = m_start->date();
    chosen.accommodationBased = FormChoices::yesNo(m_accommodationBased);
    Result<QString> done = m_service.decide(m_referral.id, chosen);
    if (done) {
        m_periodId = done.value();
        QDialog::accept();
        return;
    }
    m_messages->show(m_service.problems());
    m_summary->setText(m_service.problems().isEmpty() ? done.error().message
                                                      : tr("The decision was not recorded: correct the fields marked below."));
    m_summary->show();
}

} // namespace waymark
