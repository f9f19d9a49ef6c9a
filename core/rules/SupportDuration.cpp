#include "core/rules/SupportDuration.h"

namespace waymark::SupportDuration {

QDate endDue(const SupportPeriod& period, const Contract& contract)
{
    if (!contract.maxDurationMonths || !period.startDate.isValid())
        return {};
    if (period.extensionUntil.isValid())
        return period.extensionUntil;
    // QDate::addMonths keeps to the last day of a shorter month, which is what "calendar months"
    // means to a contract manager.
    return period.startDate.addMonths(*contract.maxDurationMonths);
}

State state(const SupportPeriod& period, const Contract& contract, const QDate& today)
{
    const QDate due = endDue(period, contract);
    if (!due.isValid() || (period.endDate.isValid() && period.endDate <= today))
        return State::NoLimit;
    if (due <= today)
        return State::PastLimit;
    const int weeks = contract.endingWarningWeeks.value_or(0);
    return due <= today.addDays(qint64(weeks) * 7) ? State::EndingSoon : State::WithinTime;
}

} // namespace waymark::SupportDuration
