#pragma once

#include "core/domain/ServiceUser.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace waymark {

class Clock;
class FieldMessages;
class ServiceUserService;

// Editing a person's profile: names, date of birth, contact details, where they live, health and
// care (NHS number, GP, CPA) and equality monitoring, where "Prefer not to say" is always an
// answer. Each field is checked as it is left; nothing invalid is saved.
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    ProfileDialog(ServiceUserService& service, const Clock& clock, const ServiceUser& person,
                  std::optional<int> minimumAge, QWidget* parent = nullptr);

    FieldMessages* messages() const { return m_messages; }
    void accept() override;

private:
    ServiceUser fromForm(bool* dateOk) const;
    void check();

    ServiceUserService& m_service;
    const Clock& m_clock;
    ServiceUser m_person;
    std::optional<int> m_minimumAge;
    FieldMessages* m_messages;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_preferredName;
    QLineEdit* m_dateOfBirth;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QLineEdit* m_phone;
    QComboBox* m_tenure;
    QLineEdit* m_nhsNumber;
    QComboBox* m_gpRegistered;
    QLineEdit* m_gpPractice;
    QComboBox* m_cpa;
    QComboBox* m_gender;
    QComboBox* m_ethnicity;
    QComboBox* m_religion;
    QComboBox* m_sexualOrientation;
    QComboBox* m_disability;
    QLineEdit* m_firstLanguage;
    QComboBox* m_interpreter;
    QLabel* m_summary;
};

} // namespace waymark
