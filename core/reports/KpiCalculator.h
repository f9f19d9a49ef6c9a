#pragma once

#include "core/reports/KpiReturn.h"
#include "core/reports/ReturnData.h"

#include <QSet>

namespace waymark {

// The figures of a return, exactly as spec/kpi.md defines them: pure over the data read for it,
// so two implementations written apart can agree to the unit.
namespace KpiCalculator {

// Every figure of the contract's KPI set (none for a contract without one) and N.
KpiReturn compute(const ReturnData& data);

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
