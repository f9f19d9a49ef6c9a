#include "core/reports/PersonStar.h"

#include "core/storage/Repositories.h"

#include <QCoreApplication>

namespace waymark {

Result<std::optional<PersonStar>> PersonStar::load(Database& database, const QString& serviceUserId)
{
    Repositories repos(database);
    Result<QVector<StarAssessment>> all = repos.stars.forServiceUser(serviceUserId);
    if (!all)
        return all.error();
    Result<QVector<SupportPeriod>> periods = repos.supportPeriods.forServiceUser(serviceUserId);
    if (!periods)
        return periods.error();
    std::optional<SupportPeriod> open;
    for (const SupportPeriod& p : periods.value())
        if (p.isOpen() && !open)
            open = p;

    PersonStar out;
    QString templateId;
    if (open) {
        out.supportPeriodId = open->id;
        Result<std::optional<Contract>> contract = repos.contracts.find(open->contractId);
        if (!contract)
            return contract.error();
        if (contract->has_value())
            templateId = (*contract)->starTemplateId;
    } else if (!all->isEmpty()) {
        out.supportPeriodId = all->last().supportPeriodId;
    }
    // Without a contract star, the star the period was last scored with (assessments come earliest first).
    if (templateId.isEmpty())
        for (const StarAssessment& a : all.value())
            if (a.supportPeriodId == out.supportPeriodId)
                templateId = a.templateId;
    if (templateId.isEmpty())
        return std::optional<PersonStar>();
    for (const StarAssessment& a : all.value())
        if (a.supportPeriodId == out.supportPeriodId && a.templateId == templateId)
            out.assessments << a;
    Result<std::optional<StarTemplate>> star = repos.stars.findTemplate(templateId);
    if (!star)
        return star.error();
    if (!star->has_value())
        return Error{QCoreApplication::translate("PersonStar", "The star template %1 is not in this database.").arg(templateId), {}};
    out.star = **star;
    return std::optional<PersonStar>(out);
}

} // namespace waymark
