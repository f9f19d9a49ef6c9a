#include "ui/ReferralDialog.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/StatusColours.h"
#include "ui/WindowFit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace waymark {

ReferralDialog::ReferralDialog(Repositories& repositories, ReferralService& service,
                               const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_repositories(repositories)
    , m_service(service)
    , m_clock(clock)
    , m_messages(new FieldMessages(this))
    , m_known(new QRadioButton(tr("Someone already &known to the service"), this))
    , m_new(new QRadioButton(tr("Someone &new"), this))
    , m_person(new QComboBox(this))
    , m_newPerson(new QWidget(this))
    , m_givenName(new QLineEdit(this))
    , m_familyName(new QLineEdit(this))
    , m_preferredName(new QLineEdit(this))
    , m_dateOfBirth(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_tenure(new QComboBox(this))
    , m_contract(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_referrer(new QLineEdit(this))
    , m_received(new LondonDateTimeEdit(this))
    , m_consent(new QComboBox(this))
    , m_livesInArea(new QComboBox(this))
    , m_willingToEngage(new QComboBox(this))
    , m_eligibility(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("New referral"));

    // A key worker picks only among their own caseload: nobody else's details are read. Anyone
    // else picks from everyone on record, read as names only; the one chosen is read in full.
    if (const QString scope = service.caseloadScope(); !scope.isEmpty()) {
        if (auto entries = m_repositories.caseload.entries(QDateTime(), scope))
            for (const CaseloadEntry& e : entries.value())
                if (auto found = m_repositories.serviceUsers.find(e.serviceUserId); found && found->has_value()) {
                    const ServiceUser& p = **found;
                    m_people << PersonChoice{p.id, p.givenName, p.familyName, p.preferredName, p.dateOfBirth};
                }
    } else if (auto people = m_repositories.serviceUsers.choices()) {
        m_people = people.value();
    }
    if (auto contracts = m_repositories.contracts.all())
        m_contracts = contracts.value();

    // Who
    auto* who = new QGroupBox(tr("Who is referred"), this);
    auto* whoLayout = new QVBoxLayout(who);
    auto* modes = new QHBoxLayout;
    modes->addWidget(m_new);
    modes->addWidget(m_known);
    modes->addStretch(1);
    whoLayout->addLayout(modes);
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->addItem(QString(), QString());
    for (const PersonChoice& p : std::as_const(m_people))
        m_person->addItem(FormChoices::personLabel(p.givenName, p.familyName, p.preferredName, p.dateOfBirth), p.id);
    m_knownPerson = new QWidget(this);
    auto* knownForm = new QFormLayout(m_knownPerson);
    knownForm->setContentsMargins(0, 0, 0, 0);
    m_messages->addRow(knownForm, tr("&Person:"), m_person, QStringLiteral("service_user_id"));
    whoLayout->addWidget(m_knownPerson);

    auto* newForm = new QFormLayout(m_newPerson);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setPlaceholderText(tr("for example 14/03/1980"));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setPlaceholderText(tr("for example RM17 6SL"));
    FormChoices::fillCodes(m_tenure, ReferenceCodes::Accommodation);
    m_messages->addRow(newForm, tr("&Given name:"), m_givenName, QStringLiteral("given_name"));
    m_messages->addRow(newForm, tr("&Family name:"), m_familyName, QStringLiteral("family_name"));
    m_messages->addRow(newForm, tr("Prefers to be &called:"), m_preferredName, QStringLiteral("preferred_name"));
    m_messages->addRow(newForm, tr("Date of &birth:"), m_dateOfBirth, QStringLiteral("date_of_birth"));
    m_messages->addRow(newForm, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    m_messages->addRow(newForm, tr("Postco&de:"), m_postcode, QStringLiteral("postcode"));
    m_messages->addRow(newForm, tr("&Lives in:"), m_tenure, QStringLiteral("tenure"));
    whoLayout->addWidget(m_newPerson);

    // The referral
    auto* referral = new QGroupBox(tr("The referral"), this);
    auto* form = new QFormLayout(referral);
    m_contract->setObjectName(QStringLiteral("contract"));
    for (const Contract& c : m_contracts)
        m_contract->addItem(c.name, c.id);
    m_source->setObjectName(QStringLiteral("source"));
    m_referrer->setObjectName(QStringLiteral("referrer"));
    m_referrer->setPlaceholderText(tr("name and role, for example Sam Lee, care co-ordinator"));
    m_received->setObjectName(QStringLiteral("receivedAt"));
    m_received->setMoment(m_clock.now());
    FormChoices::fillYesNo(m_consent);
    m_consent->setObjectName(QStringLiteral("consent"));
    FormChoices::fillYesNo(m_livesInArea);
    FormChoices::fillYesNo(m_willingToEngage);
    m_messages->addRow(form, tr("Serv&ice:"), m_contract, QStringLiteral("contract_id"));
    m_messages->addRow(form, tr("Referred b&y:"), m_source, QStringLiteral("source"));
    m_messages->addRow(form, tr("&Referrer:"), m_referrer, QStringLiteral("referrer"));
    m_messages->addRow(form, tr("Recei&ved:"), m_received, QStringLiteral("received_at"));
    m_messages->addRow(form, tr("C&onsents to the referral:"), m_consent, QStringLiteral("consent"));
    m_messages->addRow(form, tr("Lives in the borough (or placed\nin temporary accommodation by it):"),
                       m_livesInArea, QStringLiteral("lives_in_area"));
    m_messages->addRow(form, tr("&Willing to engage with\nsupport planning:"), m_willingToEngage,
                       QStringLiteral("willing_to_engage"));

    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    m_eligibility->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(StatusColours::errorStyle(m_summary));
    m_summary->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save referral"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(who);
    layout->addWidget(referral);
    layout->addWidget(m_eligibility);
    layout->addWidget(buttons);

    connect(m_new, &QRadioButton::toggled, this, &ReferralDialog::updateMode);
    connect(m_contract, &QComboBox::currentIndexChanged, this, [this] {
        fillSources();
        updateEligibility();
    });
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        readChosenPerson();
        updateEligibility();
    });
    for (QComboBox* box : {m_consent, m_livesInArea, m_willingToEngage, m_tenure})
        connect(box, &QComboBox::currentIndexChanged, this, &ReferralDialog::updateEligibility);
    connect(m_dateOfBirth, &QLineEdit::editingFinished, this, &ReferralDialog::updateEligibility);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &ReferralDialog::updateEligibility);

    m_new->setChecked(true);
    m_known->setEnabled(!m_people.isEmpty());
    fillSources();
    updateMode();
}

void ReferralDialog::preselectPerson(const QString& serviceUserId)
{
    const int index = m_person->findData(serviceUserId);
    if (index < 0)
        return;
    m_known->setChecked(true);
    m_person->setCurrentIndex(index);
    updateMode();
}

void ReferralDialog::readChosenPerson()
{
    m_chosen.reset();
    const QString id = m_person->currentData().toString();
    if (id.isEmpty())
        return;
    if (Result<std::optional<ServiceUser>> found = m_repositories.serviceUsers.find(id); found && found->has_value())
        m_chosen = **found;
}

Contract ReferralDialog::currentContract() const
{
    const QString id = m_contract->currentData().toString();
    for (const Contract& c : m_contracts)
        if (c.id == id)
            return c;
    return {};
}

void ReferralDialog::fillSources()
{
    const QString previous = FormChoices::code(m_source);
    const CodeList& sources = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource));
    m_source->clear();
    m_source->addItem(tr("Choose who referred"), QString());
    // Each contract offers its own list (T 4.2.1, C 6.4).
    for (const QString& code : ReferenceCodes::referralSourcesFor(currentContract().kpiSet))
        m_source->addItem(sources.displayLabel(code), code);
    FormChoices::select(m_source, previous);
}

void ReferralDialog::updateMode()
{
    const bool isNew = m_new->isChecked();
    m_newPerson->setVisible(isNew);
    m_knownPerson->setVisible(!isNew);
    updateEligibility();
    WindowFit::toContents(this);
}

ServiceUser ReferralDialog::personFromForm(bool* dateOk) const
{
    *dateOk = true;
    if (m_known->isChecked()) {
        const QString id = m_person->currentData().toString();
        if (m_chosen && m_chosen->id == id && m_person->currentText() == m_person->itemText(m_person->currentIndex()))
            return *m_chosen;
        return {};
    }
    ServiceUser p;
    p.givenName = m_givenName->text().trimmed();
    p.familyName = m_familyName->text().trimmed();
    p.preferredName = m_preferredName->text().trimmed();
    if (!m_dateOfBirth->text().trimmed().isEmpty()) {
        p.dateOfBirth = LocalTime::parseTypedDate(m_dateOfBirth->text());
        *dateOk = p.dateOfBirth.isValid();
    }
    p.phone = m_phone->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.tenure = FormChoices::code(m_tenure);
    return p;
}

Referral ReferralDialog::referralFromForm() const
{
    Referral r;
    r.contractId = m_contract->currentData().toString();
    r.receivedAt = m_received->moment();
    r.source = FormChoices::code(m_source);
    r.referrer = m_referrer->text().trimmed();
    r.consent = FormChoices::yesNo(m_consent);
    r.livesInArea = FormChoices::yesNo(m_livesInArea);
    r.willingToEngage = FormChoices::yesNo(m_willingToEngage);
    return r;
}

QStringList ReferralDialog::eligibilityWarnings() const
{
    bool dateOk = true;
    const ServiceUser person = personFromForm(&dateOk);
    const Referral referral = referralFromForm();
    QStringList out;
    for (const FieldProblem& p : RecordChecks::eligibility(person, referral, currentContract(),
                                                          referral.livesInArea, referral.willingToEngage))
        out << p.message;
    return out;
}

void ReferralDialog::updateEligibility()
{
    const QStringList warnings = eligibilityWarnings();
    if (warnings.isEmpty()) {
        m_eligibility->setText(tr("Eligibility: nothing to check so far."));
        m_eligibility->setStyleSheet(QString());
        return;
    }
    // Warnings, never blocks: the worker decides at triage (T 4.1).
    m_eligibility->setText(tr("Eligibility to check before deciding (you can still save):\n%1")
                               .arg(QStringLiteral("\u2022 ") + warnings.join(QStringLiteral("\n\u2022 "))));
    m_eligibility->setStyleSheet(StatusColours::cautionStyle(m_eligibility));
}

void ReferralDialog::accept()
{
    bool dateOk = true;
    const ServiceUser person = personFromForm(&dateOk);
    FieldProblems problems;
    if (m_known->isChecked() && person.id.isEmpty())
        problems << FieldProblem{QStringLiteral("service_user_id"), tr("Choose someone from the list, or record someone new.")};
    if (!dateOk)
        problems << FieldProblem{QStringLiteral("date_of_birth"),
                                 tr("Write the date as day/month/year, for example 14/03/1980.")};
    if (!m_received->moment().isValid())
        problems << FieldProblem{QStringLiteral("received_at"),
                                 tr("That time does not exist in London: the clocks went forward.")};
    if (problems.isEmpty()) {
        Result<QString> saved = m_service.record(person, referralFromForm());
        if (saved) {
            m_referralId = saved.value();
            QDialog::accept();
            return;
        }
        problems = m_service.problems();
        if (problems.isEmpty()) {
            m_summary->setText(saved.error().message);
            m_summary->show();
            return;
        }
    }
    m_messages->show(problems);
    m_summary->setText(m_messages->unplaced().isEmpty()
                           ? tr("The referral was not saved: correct the fields marked below.")
                           : m_messages->unplaced().join(QLatin1Char('\n')));
    m_summary->show();
}

} // namespace waymark
