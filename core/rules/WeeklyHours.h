#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/Contract.h"

#include <QDate>
#include <QVector>

namespace waymark {

// The weekly hours cap (T 5.1.2): for each support period and each Monday-to-Sunday week in
// Europe/London, the hours of its planned and attended appointments may not exceed the
// contract's weekly_hours_cap. An appointment belongs to the week of its local start date, so a
// week holding a clock change is still seven local days.
namespace WeeklyHours {

// The Monday of the week that contains `date`.
QDate weekStart(const QDate& date);

// Whether an appointment counts against the cap (planned or attended).
bool countsAgainstCap(const Appointment& appointment);

// Minutes of the appointments that count against the cap in the week starting `monday`.
int plannedMinutesInWeek(const QVector<Appointment>& appointments, const QDate& monday);

// Minutes attended (delivered hours) in the week starting `monday`.
int attendedMinutesInWeek(const QVector<Appointment>& appointments, const QDate& monday);

// Whether the week's planned and attended minutes are over the contract's cap (never, without
// a cap). 180 minutes is exactly 3 hours and not over a cap of 3.0.
bool exceedsCap(int minutes, const Contract& contract);

// Whether booking `proposed` beside `existing` would take its week over the cap: the case where
// the booking needs a reason to go ahead. `existing` may hold `proposed` itself (a move), which
// is then counted once.
bool bookingNeedsReason(const QVector<Appointment>& existing, const Appointment& proposed,
                        const Contract& contract);

} // namespace WeeklyHours

} // namespace waymark
