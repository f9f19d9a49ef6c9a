#include "core/reports/DistanceReport.h"

#include "core/domain/LocalTime.h"
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
    Result<QVector<Contract>> contracts = repos.contracts.all();
    if (!contracts)
        return contracts.error();
    DistanceReport report;
    bool found = false;
    for (const Contract& c : contracts.value())
        if (c.code == contractCode) {
            report.contract = c;
            found = true;
        }
    if (!found)
        return Error{QCoreApplication::translate("DistanceReport", "There is no contract with the code %1.").arg(contractCode), {}};
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
    Result<QVector<SupportPeriod>> periods = repos.supportPeriods.forContract(report.contract.id);
    if (!periods)
        return periods.error();
    QVector<SupportPeriod> chosen = periods.value();
    if (!keyWorkerId.isEmpty())
        chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                    [&](const SupportPeriod& p) { return p.keyWorkerId != keyWorkerId; }),
                     chosen.end());
    Result<QVector<StarAssessment>> assessments = repos.stars.forContract(report.contract.id);
    if (!assessments)
        return assessments.error();
    report.distance = DistanceTravelled::forCaseload(chosen, report.star, assessments.value(), report.from, report.to);
    return report;
}

namespace {

// One JSON value written as JSON (strings quoted and escaped, numbers in their shortest form).
QString scalar(const QJsonValue& value)
{
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

// {"a": 1, "b": 2} with the members in the order given.
QString orderedObject(const QJsonObject& object, const QStringList& order)
{
    QStringList members;
    for (const QString& key : order)
        members << scalar(key) + QStringLiteral(": ") + scalar(object.value(key));
    return QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

QByteArray DistanceReport::toJsonText() const
{
    const QJsonObject json = toJson();
    const QStringList top{QStringLiteral("contract"), QStringLiteral("from"), QStringLiteral("to"),
                          QStringLiteral("periods"), QStringLiteral("mean_total_change")};
    const QStringList areaKeys{QStringLiteral("key"),        QStringLiteral("name"),        QStringLiteral("periods"),
                               QStringLiteral("mean_first"), QStringLiteral("mean_latest"), QStringLiteral("mean_change")};
    QString text = QStringLiteral("{\n");
    for (const QString& key : top)
        text += QStringLiteral("  %1: %2,\n").arg(scalar(key), scalar(json.value(key)));
    text += QStringLiteral("  \"areas\": [");
    const QJsonArray areas = json.value(QStringLiteral("areas")).toArray();
    for (qsizetype i = 0; i < areas.size(); ++i)
        text += (i == 0 ? QStringLiteral("\n    ") : QStringLiteral(",\n    ")) + orderedObject(areas.at(i).toObject(), areaKeys);
    text += areas.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return text.toUtf8();
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
