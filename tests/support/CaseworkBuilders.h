#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/Contract.h"
#include "core/domain/Referral.h"
#include "core/domain/SupportPeriod.h"

#include <QDateTime>
#include <QTimeZone>

namespace waymark::test {

// The seed contracts as spec/rules.md sets them, for rule tests that need no database.
inline Contract thurrockContract()
{
    Contract c;
    c.id = QStringLiteral("thurrock-fs");
    c.code = c.id;
    c.weeklyHoursCap = 3.0;
    c.maxDurationMonths = 24;
    c.firstContactHours = 48;
    c.endingWarningWeeks = 8;
    c.dnaWithdrawalCount = 3;
    c.planReviewWeeks = 12;
    c.minimumAge = 18;
    return c;
}

inline Contract camdenContract()
{
    Contract c;
    c.id = QStringLiteral("camden-day");
    c.code = c.id;
    c.firstContactHours = 48;
    c.endingWarningWeeks = 8;
    c.planReviewWeeks = 12;
    c.starIntervalWeeks = 13;
    c.minimumAge = 18;
    return c;
}

// A London wall-clock moment as UTC.
inline QDateTime london(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/London")).toUTC();
}

inline Appointment appointment(const QString& id, const QDateTime& startsAt, int minutes,
                               const QString& status = QStringLiteral("planned"),
                               const QString& periodId = QStringLiteral("sp-1"))
{
    Appointment a;
    a.id = id;
    a.supportPeriodId = periodId;
    a.startsAt = startsAt;
    a.durationMinutes = minutes;
    a.kind = QStringLiteral("home_visit");
    a.status = status;
    return a;
}

inline SupportPeriod openPeriod(const QDate& start, const QString& contractId = QStringLiteral("thurrock-fs"),
                                const QString& id = QStringLiteral("sp-1"))
{
    SupportPeriod p;
    p.id = id;
    p.serviceUserId = QStringLiteral("su-") + id;
    p.contractId = contractId;
    p.keyWorkerId = QStringLiteral("kw-1");
    p.startDate = start;
    return p;
}

inline Referral referral(const QDateTime& receivedAt, const QString& id = QStringLiteral("ref-1"))
{
    Referral r;
    r.id = id;
    r.serviceUserId = QStringLiteral("su-") + id;
    r.contractId = QStringLiteral("thurrock-fs");
    r.receivedAt = receivedAt;
    r.source = QStringLiteral("self");
    r.decision = QStringLiteral("pending");
    return r;
}

} // namespace waymark::test
