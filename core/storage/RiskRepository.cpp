#include "core/storage/RiskRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

RiskAssessment toAssessment(const SqlRow& q)
{
    using namespace SqlValues;
    RiskAssessment a;
    a.id = text(q, "id");
    a.supportPeriodId = text(q, "support_period_id");
    a.assessedOn = date(q, "assessed_on");
    a.assessedBy = text(q, "assessed_by");
    a.nextReviewOn = date(q, "next_review_on");
    return a;
}

struct StoredRisk {
    QString assessmentId;
    Risk risk;
};

StoredRisk toRisk(const SqlRow& q)
{
    using namespace SqlValues;
    return StoredRisk{text(q, "risk_assessment_id"),
                      Risk{text(q, "id"), text(q, "towards"), text(q, "level"), text(q, "description"),
                           text(q, "management")}};
}

} // namespace

Result<QVector<RiskAssessment>> RiskRepository::withRisks(Result<QVector<RiskAssessment>> assessments) const
{
    if (!assessments || assessments->isEmpty())
        return assessments;
    QStringList marks;
    QVariantList ids;
    for (const RiskAssessment& a : assessments.value()) {
        marks << QStringLiteral("?");
        ids << a.id;
    }
    // The most serious risk first within each group, so that a reader in a hurry sees it.
    Result<QVector<StoredRisk>> risks = fetch<StoredRisk>(
        QStringLiteral("SELECT * FROM x_risks WHERE deleted = 0 AND risk_assessment_id IN (%1) ORDER BY "
                       "CASE level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, description, id")
            .arg(marks.join(QLatin1Char(','))),
        ids, toRisk);
    if (!risks)
        return risks.error();
    QVector<RiskAssessment> out = std::move(assessments).value();
    for (RiskAssessment& a : out)
        for (const StoredRisk& r : risks.value())
            if (r.assessmentId == a.id)
                a.risks << r.risk;
    return out;
}

Result<QVector<RiskAssessment>> RiskRepository::forSupportPeriod(const QString& supportPeriodId) const
{
    return withRisks(fetch<RiskAssessment>(
        QStringLiteral("SELECT * FROM x_risk_assessments WHERE deleted = 0 AND support_period_id = ? "
                       "ORDER BY assessed_on DESC, created_at DESC, id DESC"),
        {supportPeriodId}, toAssessment));
}

Result<QVector<RiskAssessment>> RiskRepository::forServiceUser(const QString& serviceUserId) const
{
    return withRisks(fetch<RiskAssessment>(
        QStringLiteral("SELECT a.* FROM x_risk_assessments a JOIN support_periods p ON p.id = "
                       "a.support_period_id WHERE a.deleted = 0 AND p.deleted = 0 AND "
                       "p.service_user_id = ? ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC"),
        {serviceUserId}, toAssessment));
}

Result<std::optional<RiskAssessment>> RiskRepository::find(const QString& id) const
{
    Result<QVector<RiskAssessment>> found = withRisks(fetch<RiskAssessment>(
        QStringLiteral("SELECT * FROM x_risk_assessments WHERE deleted = 0 AND id = ?"), {id}, toAssessment));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<RiskAssessment>();
    return std::optional<RiskAssessment>(found->first());
}

} // namespace waymark
