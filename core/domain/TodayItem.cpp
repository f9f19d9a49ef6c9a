#include "core/domain/TodayItem.h"

#include "core/domain/LocalTime.h"

namespace waymark {

QString TodayItem::code(Kind kind)
{
    switch (kind) {
    case Kind::FirstContactOverdue:
        return QStringLiteral("first_contact_overdue");
    case Kind::FirstContactDue:
        return QStringLiteral("first_contact_due");
    case Kind::PlanMissing:
        return QStringLiteral("plan_missing");
    case Kind::PlanReviewDue:
        return QStringLiteral("plan_review_due");
    case Kind::StarDue:
        return QStringLiteral("star_due");
    case Kind::EndingSoon:
        return QStringLiteral("ending_soon");
    case Kind::PastMaximumDuration:
        return QStringLiteral("past_maximum_duration");
    case Kind::DnaWithdrawalReview:
        return QStringLiteral("dna_withdrawal_review");
    case Kind::WeeklyCapExceeded:
        return QStringLiteral("weekly_cap_exceeded");
    }
    return {};
}

QString TodayItem::dueText() const
{
    return dueAt.isValid() ? LocalTime::isoDateTimeUtc(dueAt) : LocalTime::isoDate(dueDate);
}

} // namespace waymark
