#include "core/services/RiskService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/rules/RecordChecks.h"
#include "core/rules/ReviewDue.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/SupportPeriodRepository.h"
#include "core/storage/SupportPlanRepository.h"

#include <QCoreApplication>

namespace waymark {

RiskService::RiskService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<QString> RiskService::assess(RiskAssessment assessment)
{
    m_problems.clear();
    Result<std::optional<SupportPeriod>> period = SupportPeriodRepository(m_context.database).find(assessment.supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{QCoreApplication::translate("RiskService", "A risk assessment belongs to a support period; this one is no longer on record."), {}};
    for (Risk& r : assessment.risks) {
        r.description = r.description.trimmed();
        r.management = r.management.trimmed();
    }
    assessment.assessedBy = assessment.assessedBy.trimmed();
    m_problems = RecordChecks::riskAssessment(assessment, **period, LocalTime::londonDate(m_context.clock.now()));
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);

    if (!assessment.nextReviewOn.isValid()) {
        // Reviewed with the plan: due when the agreed plan in force is next reviewed.
        SupportPlanRepository planRepository(m_context.database);
        Result<QVector<SupportPlan>> plans = planRepository.plansForPeriod(assessment.supportPeriodId);
        if (!plans)
            return plans.error();
        QVector<PlanReview> reviews;
        for (const SupportPlan& p : plans.value()) {
            Result<QVector<PlanReview>> ofPlan = planRepository.reviewsForPlan(p.id);
            if (!ofPlan)
                return ofPlan.error();
            reviews += ofPlan.value();
        }
        const QDate planDue = ReviewDue::planReviewDue(plans.value(), reviews);
        if (planDue.isValid() && planDue > assessment.assessedOn) {
            assessment.nextReviewOn = planDue;
        } else {
            Result<std::optional<Contract>> contract = ContractRepository(m_context.database).find((*period)->contractId);
            if (!contract)
                return contract.error();
            assessment.nextReviewOn = ReviewDue::suggestedNextReview(assessment.assessedOn, contract->value_or(Contract{}));
        }
    }

    assessment.id = RecordWriter::newId();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (Status s = writer.save(QStringLiteral("x_risk_assessments"), assessment.id, RecordValues::of(assessment)); !s)
            return s;
        for (Risk& r : assessment.risks) {
            r.id = RecordWriter::newId();
            if (Status s = writer.save(QStringLiteral("x_risks"), r.id, RecordValues::of(r, assessment.id)); !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged((*period)->serviceUserId);
    return assessment.id;
}

} // namespace waymark
