#include "core/rules/CaseStatus.h"

namespace waymark {

CaseStatus caseStatus(const CaseloadEntry& entry, const QDate& today)
{
    if (entry.supportPeriodId.isEmpty())
        return entry.hasPendingReferral ? CaseStatus::Referred : CaseStatus::NoSupport;
    if (entry.startDate > today)
        return CaseStatus::Starting;
    // A period is open through its end date (kpi.md: "end_date >= from" counts it in period).
    if (entry.endDate.isValid() && entry.endDate < today)
        return entry.hasPendingReferral ? CaseStatus::Referred : CaseStatus::Closed;
    return CaseStatus::Open;
}

} // namespace waymark
