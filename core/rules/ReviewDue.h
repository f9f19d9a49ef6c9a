#pragma once

#include "core/domain/Contract.h"
#include "core/domain/PlanReview.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/SupportPlan.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace waymark {

// When a support plan review and an Outcome Star assessment fall due (T 5.1.1, C 14.2), as the
// Today list counts them (spec/interchange.md, `today`).
namespace ReviewDue {

// The plan that is in force: the one agreed latest (ties: greatest id); a plan never agreed
// counts only when none of the period's plans is agreed, and then the one with the greatest id.
std::optional<SupportPlan> currentPlan(const QVector<SupportPlan>& plans);

// The date the current plan's next review is due: the next_review_on of its latest review (by
// held_on, ties: greatest id), else the plan's own. Invalid when nothing is due (no plan, or a
// latest review that set no next date).
QDate planReviewDue(const QVector<SupportPlan>& plans, const QVector<PlanReview>& reviews);

// The next review date to suggest when a plan is agreed or reviewed on `on`.
QDate suggestedNextReview(const QDate& on, const Contract& contract);

// The date a support plan is missing from: 28 days after the start of support.
QDate planMissingFrom(const SupportPeriod& period);

// The date the next star assessment is due: the latest assessment (or the start of support)
// plus star_interval_weeks. Invalid when the contract does not use the star.
QDate starDue(const SupportPeriod& period, const QVector<StarAssessment>& assessments,
              const Contract& contract);

} // namespace ReviewDue

} // namespace waymark
