#pragma once

#include "core/domain/RiskAssessment.h"
#include "core/storage/Repository.h"

namespace waymark {

// Assessments of risk with their risks (Waymark's x_risk_assessments and x_risks).
class RiskRepository : public Repository {
public:
    using Repository::Repository;

    // One period's assessments, the latest first, each with its risks.
    Result<QVector<RiskAssessment>> forSupportPeriod(const QString& supportPeriodId) const;
    // The assessments of every period of one person, the latest first, each with its risks.
    Result<QVector<RiskAssessment>> forServiceUser(const QString& serviceUserId) const;
    Result<std::optional<RiskAssessment>> find(const QString& id) const;

private:
    Result<QVector<RiskAssessment>> withRisks(Result<QVector<RiskAssessment>> assessments) const;
};

} // namespace waymark
