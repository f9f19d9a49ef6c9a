#pragma once

#include "core/domain/Contract.h"
#include "core/domain/PersonChoice.h"
#include "core/domain/Referral.h"
#include "core/domain/ServiceUser.h"

#include <QDialog>
#include <QVector>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace waymark {

struct Repositories;
class Clock;
class FieldMessages;
class LondonDateTimeEdit;
class ReferralService;

// Recording a referral: who it is for (someone already known, or someone new), the contract,
// who referred and when, consent, and the eligibility questions (T 4.1) shown as warnings as the
// answers are given. Nothing is stored until every field is right.
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    ReferralDialog(Repositories& repositories, ReferralService& service, const Clock& clock,
                   QWidget* parent = nullptr);

    // Starts the form for a person already on record.
    void preselectPerson(const QString& serviceUserId);

    QString referralId() const { return m_referralId; }
    FieldMessages* messages() const { return m_messages; }
    // The eligibility warnings shown for the answers so far.
    QStringList eligibilityWarnings() const;

    void accept() override;

private:
    void fillSources();
    void updateMode();
    void updateEligibility();
    // Reads the whole record of the person chosen in the list (the list holds only names).
    void readChosenPerson();
    ServiceUser personFromForm(bool* dateOk) const;
    Referral referralFromForm() const;
    Contract currentContract() const;

    Repositories& m_repositories;
    ReferralService& m_service;
    const Clock& m_clock;
    QVector<Contract> m_contracts;
    QVector<PersonChoice> m_people;
    std::optional<ServiceUser> m_chosen; // the person chosen in the list, read in full
    FieldMessages* m_messages;
    QRadioButton* m_known;
    QRadioButton* m_new;
    QComboBox* m_person;
    QWidget* m_newPerson;
    QWidget* m_knownPerson = nullptr;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_preferredName;
    QLineEdit* m_dateOfBirth;
    QLineEdit* m_phone;
    QLineEdit* m_postcode;
    QComboBox* m_tenure;
    QComboBox* m_contract;
    QComboBox* m_source;
    QLineEdit* m_referrer;
    LondonDateTimeEdit* m_received;
    QComboBox* m_consent;
    QComboBox* m_livesInArea;
    QComboBox* m_willingToEngage;
    QLabel* m_eligibility;
    QLabel* m_summary;
    QString m_referralId;
};

} // namespace waymark
