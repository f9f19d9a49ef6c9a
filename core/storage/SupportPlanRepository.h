#pragma once

#include "core/domain/Goal.h"
#include "core/domain/PlanReview.h"
#include "core/domain/SupportPlan.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class SupportPlanRepository : public Repository {
public:
    using Repository::Repository;

    // A person's support plans, the latest agreed first (plans not yet agreed before them).
    Result<QVector<SupportPlan>> plansForServiceUser(const QString& serviceUserId) const;
    Result<QVector<Goal>> goalsForPlan(const QString& planId) const;
    Result<std::optional<SupportPlan>> find(const QString& id) const;
    // A period's plans, every version, the current one first (spec: latest agreed, then id).
    Result<QVector<SupportPlan>> plansForPeriod(const QString& supportPeriodId) const;
    // A plan's reviews, the latest first.
    Result<QVector<PlanReview>> reviewsForPlan(const QString& planId) const;
    // Every live plan of a live period, and every live review of a live plan.
    // With `openOn`, only those of the periods open that day.
    Result<QVector<SupportPlan>> allPlans(const QString& keyWorkerId = {}, const std::optional<QDate>& openOn = std::nullopt) const;
    Result<QVector<PlanReview>> allReviews(const QString& keyWorkerId = {},
                                           const std::optional<QDate>& openOn = std::nullopt) const;
};

} // namespace waymark
