#include "core/reports/DistanceReport.h"

#include "core/domain/LocalTime.h"
#include "core/reports/JsonText.h"
#include "core/storage/Repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace waymark {

namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<DistanceReport> DistanceReport::build(Database& database, const QString& contractCode,
                                             const std::optional<QDate>& from, const std::optional<QDate>& to,
                                             const QDate& today, const QString& keyWorkerId)
{
    Repositories repos(database);
    Result<std::optional<Contract>> contract = repos.contracts.findByCode(contractCode);
    if (!contract)
        return contract.error();
    if (!contract->has_value())
        return Error{QCoreApplication::translate("DistanceReport", "There is no contract with the code %1.").arg(contractCode), {}};
    DistanceReport report;
    report.contract = **contract;
    if (report.contract.starTemplateId.isEmpty())
        return Error{QCoreApplication::translate("DistanceReport", "The contract %1 has no star template, so no distance travelled.")
                         .arg(contractCode),
                     {}};
    Result<std::optional<StarTemplate>> star = repos.stars.findTemplate(report.contract.starTemplateId);
    if (!star)
        return star.error();
    if (!star->has_value())
        return Error{QCoreApplication::translate("DistanceReport", "The contract's star template %1 is not in this database.")
                         .arg(report.contract.starTemplateId),
                     {}};
    report.star = **star;
    report.from = from;
    report.to = to.value_or(today);
    report.keyWorkerId = keyWorkerId;
    if (report.from && *report.from > report.to)
        return Error{QCoreApplication::translate("DistanceReport", "The period starts after it ends."), {}};
    // Only the periods in the period and their assessments up to its end are read: over years
    // of a large caseload that is a small part of the contract's.
    const QDate since = report.from.value_or(QDate(1, 1, 1));
    Result<QVector<SupportPeriod>> periods = repos.supportPeriods.inPeriod(report.contract.id, since, report.to);
    if (!periods)
        return periods.error();
    QVector<SupportPeriod> chosen = periods.value();
    if (!keyWorkerId.isEmpty())
        chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                    [&](const SupportPeriod& p) { return p.keyWorkerId != keyWorkerId; }),
                     chosen.end());
    QStringList periodIds;
    for (const SupportPeriod& p : std::as_const(chosen))
        periodIds << p.id;
    Result<QVector<StarAssessment>> read = assessments(repos.stars, periodIds, report.star, report.to);
    if (!read)
        return read.error();
    report.distance = DistanceTravelled::forCaseload(chosen, report.star, read.value(), report.from, report.to);
    return report;
}

Result<QVector<StarAssessment>> DistanceReport::assessments(const StarRepository& stars, const QStringList& periodIds,
                                                            const StarTemplate& star, const QDate& to)
{
    Result<QVector<StarAssessment>> read = stars.forPeriods(periodIds, to);
    if (!read)
        return read;
    if (Status scored = stars.readScores(read.value(), DistanceTravelled::scoredEnds(read.value(), star, to)); !scored)
        return scored.error();
    return read;
}

QByteArray DistanceReport::toJsonText() const
{
    const QJsonObject json = toJson();
    const QStringList top{QStringLiteral("contract"), QStringLiteral("from"), QStringLiteral("to"),
                          QStringLiteral("periods"), QStringLiteral("mean_total_change")};
    const QStringList areaKeys{QStringLiteral("key"),        QStringLiteral("name"),        QStringLiteral("periods"),
                               QStringLiteral("mean_first"), QStringLiteral("mean_latest"), QStringLiteral("mean_change")};
    return JsonText::document(json, top, QStringLiteral("areas"), areaKeys);
}

QJsonObject DistanceReport::toJson() const
{
    QJsonArray areas;
    for (const DistanceTravelled::AreaMean& a : distance.areas)
        areas << QJsonObject{{QStringLiteral("key"), a.key},
                             {QStringLiteral("name"), a.name},
                             {QStringLiteral("periods"), a.periods},
                             {QStringLiteral("mean_first"), number(a.meanFirst)},
                             {QStringLiteral("mean_latest"), number(a.meanLatest)},
                             {QStringLiteral("mean_change"), number(a.meanChange)}};
    return QJsonObject{{QStringLiteral("contract"), contract.code},
                       {QStringLiteral("from"), from ? QJsonValue(LocalTime::isoDate(*from)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("to"), LocalTime::isoDate(to)},
                       {QStringLiteral("periods"), distance.periods},
                       {QStringLiteral("mean_total_change"), number(distance.meanTotalChange)},
                       {QStringLiteral("areas"), areas}};
}

} // namespace waymark
