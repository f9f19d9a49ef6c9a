#include "core/storage/ContractRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

const QString Select = QStringLiteral(
    "SELECT id, code, name, funder, funder_statement, weekly_hours_cap, max_duration_months, "
    "first_contact_hours, ending_warning_weeks, dna_withdrawal_count, plan_review_weeks, "
    "star_interval_weeks, minimum_age, star_template_id, kpi_set FROM contracts WHERE deleted = 0");

Contract toContract(const SqlRow& q)
{
    using namespace SqlValues;
    Contract c;
    c.id = text(q, "id");
    c.code = text(q, "code");
    c.name = text(q, "name");
    c.funder = text(q, "funder");
    c.funderStatement = text(q, "funder_statement");
    c.weeklyHoursCap = real(q, "weekly_hours_cap");
    c.maxDurationMonths = integer(q, "max_duration_months");
    c.firstContactHours = integer(q, "first_contact_hours");
    c.endingWarningWeeks = integer(q, "ending_warning_weeks");
    c.dnaWithdrawalCount = integer(q, "dna_withdrawal_count");
    c.planReviewWeeks = integer(q, "plan_review_weeks");
    c.starIntervalWeeks = integer(q, "star_interval_weeks");
    c.minimumAge = integer(q, "minimum_age");
    c.starTemplateId = text(q, "star_template_id");
    c.kpiSet = text(q, "kpi_set");
    return c;
}

} // namespace

Result<QVector<Contract>> ContractRepository::all() const
{
    return fetch<Contract>(Select + QStringLiteral(" ORDER BY name"), {}, toContract);
}

Result<std::optional<Contract>> ContractRepository::find(const QString& id) const
{
    return fetchOne<Contract>(Select + QStringLiteral(" AND id = ?"), {id}, toContract);
}

Result<std::optional<Contract>> ContractRepository::findByCode(const QString& code) const
{
    return fetchOne<Contract>(Select + QStringLiteral(" AND code = ?"), {code}, toContract);
}

} // namespace waymark
