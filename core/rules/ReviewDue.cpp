#include "core/rules/ReviewDue.h"

namespace waymark::ReviewDue {

namespace {

// Days a new support period has to get a plan written before the Today list asks for one.
constexpr int PlanGraceDays = 28;

} // namespace

std::optional<SupportPlan> currentPlan(const QVector<SupportPlan>& plans)
{
    const SupportPlan* best = nullptr;
    for (const SupportPlan& p : plans) {
        if (!p.agreedOn.isValid())
            continue;
        if (!best || p.agreedOn > best->agreedOn || (p.agreedOn == best->agreedOn && p.id > best->id))
            best = &p;
    }
    if (!best) {
        for (const SupportPlan& p : plans)
            if (!best || p.id > best->id)
                best = &p;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

QDate planReviewDue(const QVector<SupportPlan>& plans, const QVector<PlanReview>& reviews)
{
    const std::optional<SupportPlan> plan = currentPlan(plans);
    if (!plan)
        return {};
    const PlanReview* latest = nullptr;
    for (const PlanReview& r : reviews) {
        if (r.supportPlanId != plan->id || !r.heldOn.isValid())
            continue;
        if (!latest || r.heldOn > latest->heldOn || (r.heldOn == latest->heldOn && r.id > latest->id))
            latest = &r;
    }
    return latest ? latest->nextReviewOn : plan->nextReviewOn;
}

QDate suggestedNextReview(const QDate& on, const Contract& contract)
{
    if (!contract.planReviewWeeks || !on.isValid())
        return {};
    return on.addDays(qint64(*contract.planReviewWeeks) * 7);
}

QDate planMissingFrom(const SupportPeriod& period)
{
    return period.startDate.addDays(PlanGraceDays);
}

QDate starDue(const SupportPeriod& period, const QVector<StarAssessment>& assessments,
              const Contract& contract)
{
    if (!contract.starIntervalWeeks || !period.startDate.isValid())
        return {};
    QDate from = period.startDate;
    bool assessed = false;
    for (const StarAssessment& a : assessments) {
        if (a.supportPeriodId != period.id || !a.assessedOn.isValid())
            continue;
        if (!assessed || a.assessedOn > from)
            from = a.assessedOn;
        assessed = true;
    }
    return from.addDays(qint64(*contract.starIntervalWeeks) * 7);
}

} // namespace waymark::ReviewDue
