#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace waymark {

// One person's time in support under one contract, from acceptance to closure.
struct SupportPeriod {
    QString id;
    QString serviceUserId;
    QString contractId;
    QString referralId;
    QString keyWorkerId;
    QDate startDate;
    QDate endDate; // invalid while open
    QString endReason; // ReferenceCodes::EndReason
    std::optional<bool> plannedDeparture;
    std::optional<bool> accommodationBased;
    QString exitAccommodation; // ReferenceCodes::Accommodation
    QString onwardReferral;
    QDate extensionUntil;
    QString extensionAgreedWith;
    QString extensionReason;

    bool isOpen() const { return !endDate.isValid(); }
};

} // namespace waymark
