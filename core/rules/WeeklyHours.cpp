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
    // The cap is a number of hours that may carry a fraction (2.5); rounding to whole minutes
    // keeps 3.0 from becoming 179.999.
    const qint64 capMinutes = qRound64(*contract.weeklyHoursCap * 60.0);
    return minutes > capMinutes;
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
