#include "ui/ProfileDialog.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ServiceUserService.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"
#include "ui/StatusColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

ProfileDialog::ProfileDialog(ServiceUserService& service, const Clock& clock, const ServiceUser& person,
                             std::optional<int> minimumAge, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_person(person)
    , m_minimumAge(minimumAge)
    , m_messages(new FieldMessages(this))
    , m_givenName(new QLineEdit(person.givenName, this))
    , m_familyName(new QLineEdit(person.familyName, this))
    , m_preferredName(new QLineEdit(person.preferredName, this))
    , m_dateOfBirth(new QLineEdit(person.dateOfBirth.isValid() ? person.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")) : QString(), this))
    , m_address(new QLineEdit(person.address, this))
    , m_postcode(new QLineEdit(person.postcode, this))
    , m_phone(new QLineEdit(person.phone, this))
    , m_tenure(new QComboBox(this))
    , m_nhsNumber(new QLineEdit(person.nhsNumber, this))
    , m_gpRegistered(new QComboBox(this))
    , m_gpPractice(new QLineEdit(person.gpPractice, this))
    , m_cpa(new QComboBox(this))
    , m_gender(new QComboBox(this))
    , m_ethnicity(new QComboBox(this))
    , m_religion(new QComboBox(this))
    , m_sexualOrientation(new QComboBox(this))
    , m_disability(new QComboBox(this))
    , m_firstLanguage(new QLineEdit(person.firstLanguage, this))
    , m_interpreter(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Edit profile"));
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setPlaceholderText(tr("for example 14/03/1980"));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_nhsNumber->setObjectName(QStringLiteral("nhsNumber"));
    m_nhsNumber->setPlaceholderText(tr("ten digits, for example 943 476 5919"));
    m_gpRegistered->setObjectName(QStringLiteral("gpRegistered"));
    m_tenure->setObjectName(QStringLiteral("tenure"));
    m_gender->setObjectName(QStringLiteral("gender"));

    FormChoices::fillCodes(m_tenure, ReferenceCodes::Accommodation);
    FormChoices::fillCodes(m_gpRegistered, ReferenceCodes::GpRegistered);
    FormChoices::fillCodes(m_cpa, ReferenceCodes::Cpa);
    FormChoices::fillCodes(m_gender, ReferenceCodes::Gender, true, tr("Not asked"));
    FormChoices::fillCodes(m_ethnicity, ReferenceCodes::Ethnicity, true, tr("Not asked"));
    FormChoices::fillCodes(m_religion, ReferenceCodes::Religion, true, tr("Not asked"));
    FormChoices::fillCodes(m_sexualOrientation, ReferenceCodes::SexualOrientation, true, tr("Not asked"));
    FormChoices::fillCodes(m_disability, ReferenceCodes::Disability, true, tr("Not asked"));
    FormChoices::fillYesNo(m_interpreter, tr("Not recorded"));
    FormChoices::select(m_tenure, person.tenure);
    FormChoices::select(m_gpRegistered, person.gpRegistered);
    FormChoices::select(m_cpa, person.cpa);
    FormChoices::select(m_gender, person.gender);
    FormChoices::select(m_ethnicity, person.ethnicity);
    FormChoices::select(m_religion, person.religion);
    FormChoices::select(m_sexualOrientation, person.sexualOrientation);
    FormChoices::select(m_disability, person.disability);
    FormChoices::setYesNo(m_interpreter, person.interpreterNeeded);

    auto* about = new QGroupBox(tr("About"), this);
    auto* aboutForm = new QFormLayout(about);
    m_messages->addRow(aboutForm, tr("&Given name:"), m_givenName, QStringLiteral("given_name"));
    m_messages->addRow(aboutForm, tr("&Family name:"), m_familyName, QStringLiteral("family_name"));
    m_messages->addRow(aboutForm, tr("Prefers to be &called:"), m_preferredName, QStringLiteral("preferred_name"));
    m_messages->addRow(aboutForm, tr("Date of &birth:"), m_dateOfBirth, QStringLiteral("date_of_birth"));

    auto* contact = new QGroupBox(tr("Contact and housing"), this);
    auto* contactForm = new QFormLayout(contact);
    m_messages->addRow(contactForm, tr("&Address:"), m_address, QStringLiteral("address"));
    m_messages->addRow(contactForm, tr("Postc&ode:"), m_postcode, QStringLiteral("postcode"));
    m_messages->addRow(contactForm, tr("P&hone:"), m_phone, QStringLiteral("phone"));
    m_messages->addRow(contactForm, tr("&Lives in:"), m_tenure, QStringLiteral("tenure"));

    auto* health = new QGroupBox(tr("Health and care"), this);
    auto* healthForm = new QFormLayout(health);
    m_messages->addRow(healthForm, tr("&NHS number:"), m_nhsNumber, QStringLiteral("nhs_number"));
    m_messages->addRow(healthForm, tr("Registered with a G&P:"), m_gpRegistered, QStringLiteral("gp_registered"));
    m_messages->addRow(healthForm, tr("GP p&ractice:"), m_gpPractice, QStringLiteral("gp_practice"));
    m_messages->addRow(healthForm, tr("Care Progra&mme Approach:"), m_cpa, QStringLiteral("cpa"));

    auto* equality = new QGroupBox(tr("Equality monitoring (every question may be answered \"Prefer not to say\")"), this);
    auto* equalityForm = new QFormLayout(equality);
    m_messages->addRow(equalityForm, tr("G&ender:"), m_gender, QStringLiteral("gender"));
    m_messages->addRow(equalityForm, tr("E&thnicity:"), m_ethnicity, QStringLiteral("ethnicity"));
    m_messages->addRow(equalityForm, tr("Rel&igion:"), m_religion, QStringLiteral("religion"));
    m_messages->addRow(equalityForm, tr("Se&xual orientation:"), m_sexualOrientation, QStringLiteral("sexual_orientation"));
    m_messages->addRow(equalityForm, tr("&Disability:"), m_disability, QStringLiteral("disability"));
    m_messages->addRow(equalityForm, tr("First lang&uage:"), m_firstLanguage, QStringLiteral("first_language"));
    m_messages->addRow(equalityForm, tr("Interpreter needed:"), m_interpreter, QStringLiteral("interpreter_needed"));

    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(StatusColours::errorStyle(m_summary));
    m_summary->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(about);
    left->addWidget(contact);
    left->addWidget(health);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(equality);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    // Checked as each field is left, so a mistake is said while it is still in mind.
    for (QLineEdit* edit : {m_givenName, m_familyName, m_dateOfBirth, m_postcode, m_nhsNumber, m_gpPractice})
        connect(edit, &QLineEdit::editingFinished, this, &ProfileDialog::check);
    connect(m_gpRegistered, &QComboBox::currentIndexChanged, this, &ProfileDialog::check);
}

ServiceUser ProfileDialog::fromForm(bool* dateOk) const
{
    ServiceUser p = m_person;
    p.givenName = m_givenName->text().trimmed();
    p.familyName = m_familyName->text().trimmed();
    p.preferredName = m_preferredName->text().trimmed();
    *dateOk = true;
    p.dateOfBirth = QDate();
    if (!m_dateOfBirth->text().trimmed().isEmpty()) {
        p.dateOfBirth = LocalTime::parseTypedDate(m_dateOfBirth->text());
        *dateOk = p.dateOfBirth.isValid();
    }
    p.address = m_address->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.tenure = FormChoices::code(m_tenure);
    p.nhsNumber = m_nhsNumber->text().trimmed();
    p.gpRegistered = FormChoices::code(m_gpRegistered);
    p.gpPractice = m_gpPractice->text().trimmed();
    p.cpa = FormChoices::code(m_cpa);
    p.gender = FormChoices::code(m_gender);
    p.ethnicity = FormChoices::code(m_ethnicity);
    p.religion = FormChoices::code(m_religion);
    p.sexualOrientation = FormChoices::code(m_sexualOrientation);
    p.disability = FormChoices::code(m_disability);
    p.firstLanguage = m_firstLanguage->text().trimmed();
    p.interpreterNeeded = FormChoices::yesNo(m_interpreter);
    return p;
}

void ProfileDialog::check()
{
    bool dateOk = true;
    const ServiceUser p = fromForm(&dateOk);
    FieldProblems problems = RecordChecks::serviceUser(p, LocalTime::londonDate(m_clock.now()), m_minimumAge);
    if (!dateOk)
        problems << FieldProblem{QStringLiteral("date_of_birth"),
                                 tr("Write the date as day/month/year, for example 14/03/1980.")};
    m_messages->show(problems);
}

void ProfileDialog::accept()
{
    bool dateOk = true;
    const ServiceUser p = fromForm(&dateOk);
    if (!dateOk) {
        check();
        m_summary->setText(tr("The profile was not saved: correct the fields marked below."));
        m_summary->show();
        return;
    }
    Result<QString> saved = m_service.save(p, m_minimumAge);
    if (saved) {
        QDialog::accept();
        return;
    }
    m_messages->show(m_service.problems());
    m_summary->setText(m_service.problems().isEmpty() ? saved.error().message
                                                      : tr("The profile was not saved: correct the fields marked below."));
    m_summary->show();
}

} // namespace waymark
