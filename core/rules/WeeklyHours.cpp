#include "core/rules/WeeklyHours.h"

#include "core/domain/LocalTime.h"

namespace waymark::WeeklyHours {

namespace {

bool inWeek(const Appointment& appointment, const QDate& monday)
{
    const QDate day = LocalTime::londonDate(appointment.startsAt);
    return day.isValid() && day >= monday && day <= monday.addDays(6);
}

} // namespace

QDate weekStart(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

bool countsAgainstCap(const Appointment& appointment)
{
    return appointment.status == QLatin1String("planned")
           || appointment.status == QLatin1String("attended");
}

int plannedMinutesInWeek(const QVector<Appointment>& appointments, const QDate& monday)
{
    int minutes = 0;
    for (const Appointment& a : appointments)
        if (countsAgainstCap(a) && inWeek(a, monday))
            minutes += a.durationMinutes;
    return minutes;
}

int attendedMinutesInWeek(const QVector<Appointment>& appointments, const QDate& monday)
{
    int minutes = 0;
    for (const Appointment& a : appointments)
        if (a.status == QLatin1String("attended") && inWeek(a, monday))
            minutes += a.durationMinutes;
    return minutes;
}

bool exceedsCap(int minutes, const Contract& contract)
{
    if (!contract.weeklyHoursCap)
        return false;
    // Hours over the cap, compared exactly: a cap of 2.509 hours is exceeded by 151 minutes. The
    // small margin only keeps a cap such as 0.7 (42 minutes, not exactly representable) from being
    // "exceeded" by exactly 42 minutes.
    return double(minutes) > *contract.weeklyHoursCap * 60.0 + 1e-9;
}

bool bookingNeedsReason(const QVector<Appointment>& existing, const Appointment& proposed,
                        const Contract& contract)
{
    if (!countsAgainstCap(proposed))
        return false;
    QVector<Appointment> week;
    for (const Appointment& a : existing)
        if (a.id.isEmpty() || a.id != proposed.id)
            week << a;
    week << proposed;
    const QDate monday = weekStart(LocalTime::londonDate(proposed.startsAt));
    return exceedsCap(plannedMinutesInWeek(week, monday), contract);
}

} // namespace waymark::WeeklyHours
