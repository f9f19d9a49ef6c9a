#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark {

// One row of the Caseload list: a person with their current (or most recent) support period.
struct CaseloadEntry {
    QString serviceUserId;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString supportPeriodId;
    QString contractName;
    QString keyWorkerId;
    QString keyWorkerName;
    QDate startDate;
    QDate endDate;
    bool hasPendingReferral = false;
    QDateTime nextAppointment; // UTC; invalid when none is booked
};

} // namespace waymark
