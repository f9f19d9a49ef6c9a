#include "core/storage/SupportPlanRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

SupportPlan toPlan(const SqlRow& q)
{
    using namespace SqlValues;
    SupportPlan plan;
    plan.id = text(q, "id");
    plan.supportPeriodId = text(q, "support_period_id");
    plan.agreedOn = date(q, "agreed_on");
    plan.nextReviewOn = date(q, "next_review_on");
    for (const char* need :
         {"ethnicity", "religion", "culture", "gender", "sexuality", "disability", "age"}) {
        const QVariant v = q.value(QStringLiteral("need_") + QString::fromLatin1(need));
        if (!v.isNull())
            plan.needs.insert(QString::fromLatin1(need), v.toString());
    }
    return plan;
}

PlanReview toReview(const SqlRow& q)
{
    using namespace SqlValues;
    return PlanReview{text(q, "id"),      text(q, "support_plan_id"), date(q, "held_on"),
                      text(q, "attendees"), text(q, "summary"),       date(q, "next_review_on")};
}

} // namespace

Result<QVector<SupportPlan>>
SupportPlanRepository::plansForServiceUser(const QString& serviceUserId) const
{
    return fetch<SupportPlan>(
        QStringLiteral("SELECT sp.* FROM support_plans sp JOIN support_periods p ON p.id = "
                       "sp.support_period_id WHERE sp.deleted = 0 AND p.deleted = 0 AND "
                       "p.service_user_id = ? ORDER BY CASE WHEN sp.agreed_on IS NULL THEN 0 "
                       "ELSE 1 END, sp.agreed_on DESC, sp.id DESC"),
        {serviceUserId}, toPlan);
}

Result<QVector<Goal>> SupportPlanRepository::goalsForPlan(const QString& planId) const
{
    using namespace SqlValues;
    Result<QVector<Goal>> goals =
        fetch<Goal>(QStringLiteral("SELECT * FROM goals WHERE deleted = 0 AND support_plan_id = ? "
                                   "ORDER BY target_date, id"),
                    {planId}, [](const SqlRow& q) {
                        Goal g;
                        g.id = text(q, "id");
                        g.supportPlanId = text(q, "support_plan_id");
                        g.what = text(q, "what");
                        g.measure = text(q, "measure");
                        g.who = text(q, "who");
                        g.targetDate = date(q, "target_date");
                        g.outcomeCode = text(q, "outcome_code");
                        g.starArea = text(q, "star_area");
                        g.status = text(q, "status");
                        return g;
                    });
    if (!goals)
        return goals;
    QVector<Goal> out = goals.value();
    for (Goal& g : out) {
        Result<QVector<QString>> tasks =
            fetch<QString>(QStringLiteral("SELECT task FROM goal_tasks WHERE deleted = 0 AND goal_id = ? "
                                          "ORDER BY position"),
                           {g.id}, [](const SqlRow& q) { return q.value(0).toString(); });
        if (!tasks)
            return tasks.error();
        g.tasks = tasks.value();
    }
    return out;
}

Result<QVector<PlanReview>> SupportPlanRepository::reviewsForPlan(const QString& planId) const
{
    return fetch<PlanReview>(
        QStringLiteral("SELECT * FROM reviews WHERE deleted = 0 AND support_plan_id = ? "
                       "ORDER BY held_on DESC, id DESC"),
        {planId}, toReview);
}

Result<std::optional<SupportPlan>> SupportPlanRepository::find(const QString& id) const
{
    return fetchOne<SupportPlan>(
        QStringLiteral("SELECT * FROM support_plans WHERE deleted = 0 AND id = ?"), {id}, toPlan);
}

Result<QVector<SupportPlan>> SupportPlanRepository::plansForPeriod(const QString& supportPeriodId) const
{
    return fetch<SupportPlan>(
        QStringLiteral("SELECT * FROM support_plans WHERE deleted = 0 AND support_period_id = ? ORDER BY "
                       "CASE WHEN agreed_on IS NULL THEN 0 ELSE 1 END DESC, agreed_on DESC, id DESC"),
        {supportPeriodId}, toPlan);
}

Result<QVector<SupportPlan>> SupportPlanRepository::allPlans(const QString& keyWorkerId,
                                                             const std::optional<QDate>& openOn) const
{
    QVariantList binds;
    const QString scope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, binds);
    return fetch<SupportPlan>(QStringLiteral("SELECT sp.* FROM support_periods p CROSS JOIN support_plans sp WHERE "
                                             "sp.support_period_id = p.id AND sp.deleted = 0 AND p.deleted = 0%1 ORDER BY sp.id")
                                  .arg(scope),
                              binds, toPlan);
}

Result<QVector<PlanReview>> SupportPlanRepository::allReviews(const QString& keyWorkerId,
                                                              const std::optional<QDate>& openOn) const
{
    QVariantList binds;
    const QString scope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, binds);
    return fetch<PlanReview>(QStringLiteral("SELECT r.* FROM support_periods p CROSS JOIN support_plans sp CROSS JOIN reviews r "
                                            "WHERE sp.support_period_id = p.id AND r.support_plan_id = sp.id "
                                            "AND r.deleted = 0 AND sp.deleted = 0%1 ORDER BY r.id")
                                 .arg(scope),
                             binds, toReview);
}

} // namespace waymark
