#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace waymark {

// A person the service supports, with the equality monitoring the returns are broken down by.
struct ServiceUser {
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
    QString gender;            // ReferenceCodes::Gender
    QString ethnicity;         // ReferenceCodes::Ethnicity
    QString religion;          // ReferenceCodes::Religion
    QString sexualOrientation; // ReferenceCodes::SexualOrientation
    QString disability;        // ReferenceCodes::Disability
    QString firstLanguage;
    std::optional<bool> interpreterNeeded;
    QString address;
    QString postcode;
    QString phone;
    QString nhsNumber;
    QString gpRegistered; // ReferenceCodes::GpRegistered
    QString gpPractice;
    QString cpa;    // ReferenceCodes::Cpa
    QString tenure; // ReferenceCodes::Accommodation

    QString fullName() const { return givenName + QLatin1Char(' ') + familyName; }
    // The name the person asked to be called by, else their given name.
    QString displayName() const { return preferredName.isEmpty() ? givenName : preferredName; }
};

} // namespace waymark
