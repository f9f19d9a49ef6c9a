#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Goal.h"
#include "core/domain/PlanReview.h"
#include "core/domain/Result.h"
#include "core/domain/SupportPlan.h"
#include "core/services/ServiceContext.h"

#include <QVector>

namespace waymark {

// Writing, agreeing and reviewing support plans (T 5.1, C 3.3). A plan is drafted, then agreed
// with the person on a date; from then it changes only through a review. A review that changes
// the goals writes a new version of the plan and leaves the earlier one as it was, readable; a
// review that only moves goals on (their status) changes them in place, and the history keeps
// what they were.
class SupportPlanService {
public:
    explicit SupportPlanService(ServiceContext context);

    // Saves a draft plan with its goals (empty ids are given); returns the plan's id. Goals of
    // the plan not given are withdrawn from it (tombstoned, kept in the history). Refused for an
    // agreed plan: that changes through review().
    Result<QString> saveDraft(SupportPlan plan, QVector<Goal> goals);

    // Records the person's agreement on `on`; the next review falls plan_review_weeks later.
    // Only a team leader (or administrator) agrees a plan: its sign-off.
    Status agree(const QString& planId, const QDate& on);
    bool mayAgree() const;

    // Records a review of an agreed plan, with the goals as they stand after it. Returns the id
    // of the plan in force afterwards: a new version when the goals themselves changed.
    Result<QString> review(const QString& planId, PlanReview review, QVector<Goal> goals);

    const FieldProblems& problems() const { return m_problems; }

    // Whether two sets of goals differ in more than their status (a new version is needed).
    static bool goalsChanged(const QVector<Goal>& before, const QVector<Goal>& after);

private:
    Status writeGoals(class RecordWriter& writer, const QString& planId, QVector<Goal>& goals,
                      const QVector<Goal>& previous);

    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
