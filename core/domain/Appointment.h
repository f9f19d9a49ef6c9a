#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

struct Appointment {
    QString id;
    QString supportPeriodId;
    QString staffId;
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    QString kind;   // ReferenceCodes::AppointmentKind
    QString status; // ReferenceCodes::AppointmentStatus
    QString overCapReason;
};

} // namespace waymark
