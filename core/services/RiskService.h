#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"
#include "core/domain/RiskAssessment.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// The assessment of risk that comes before the support plan and is reviewed with it (T 5.1). An
// assessment once made is never changed: reviewing it writes a new one, so what was assessed on
// each date stays readable.
class RiskService {
public:
    explicit RiskService(ServiceContext context);

    // Records a new assessment for its support period with its risks; returns its id. With no
    // next review date it falls due with the support plan's next review, or plan_review_weeks
    // after the assessment when there is no agreed plan yet.
    Result<QString> assess(RiskAssessment assessment);

    const FieldProblems& problems() const { return m_problems; }

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
