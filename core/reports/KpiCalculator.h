#pragma once

#include "core/reports/KpiReturn.h"
#include "core/reports/ReturnData.h"

#include <QFlags>
#include <QSet>

namespace waymark {

// The figures of a return, exactly as spec/kpi.md defines them: pure over the data read for it,
// so two implementations written apart can agree to the unit.
namespace KpiCalculator {

// Every figure of the contract's KPI set (none for a contract without one) and N.
KpiReturn compute(const ReturnData& data);

// The lists of ReturnData a figure is worked out from, beyond the contract's periods and their
// people, which N and every figure read. A return reads only its set's (at a large provider's
// size, the Thurrock return has no use for a quarter's 50,000 appointments, nor Camden's for
// hospital stays), and comes out the same as from everything.
enum class ReturnPart : unsigned {
    Outcomes = 1 << 0,
    Referrals = 1 << 1,
    Appointments = 1 << 2,
    HospitalStays = 1 << 3,
    Sessions = 1 << 4,
    Attendance = 1 << 5,
    EarliestStarts = 1 << 6,
    Stars = 1 << 7,
    // Only the attendance at the sessions befriendingSessions() names (Attendance is all of it).
    BefriendingAttendance = 1 << 8,
};
Q_DECLARE_FLAGS(ReturnParts, ReturnPart)
inline constexpr ReturnParts EveryPart = ReturnParts::fromInt(0x1ff);
// What the figure `kpiId` reads; every part for an id it does not know.
ReturnParts partsOf(const QString& kpiId);
// What the figures of a KPI set read, together.
ReturnParts partsFor(const QString& kpiSet);
// The contract's befriending sessions starting within the period, whose attendance
// befriending_participants counts: of data.sessions.
QStringList befriendingSessions(const ReturnData& data);

// The contract's support periods in the period: start on or before `to`, open or ending on or
// after `from`.
QVector<const SupportPeriod*> periodsInPeriod(const ReturnData& data);
// Each person's current period among those: the latest start, then the latest end (open
// counting as latest), then the greatest id.
QHash<QString, const SupportPeriod*> currentPeriods(const QVector<const SupportPeriod*>& inPeriod);

// 100 * numerator / denominator rounded once, half away from zero, to one decimal; none when
// the denominator is 0.
std::optional<double> percent(qint64 numerator, qint64 denominator);
// Minutes as hours, rounded half away from zero to one decimal.
double hours(qint64 minutes);
// Nights of a stay within [from, to]: admitted on or before the night, discharged after it (not
// discharged: to the end of the period).
qint64 nightsInHospital(const HospitalStay& stay, const ReportingPeriod& period);

} // namespace KpiCalculator
} // namespace waymark

Q_DECLARE_OPERATORS_FOR_FLAGS(waymark::KpiCalculator::ReturnParts)
