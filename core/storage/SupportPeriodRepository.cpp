#include "core/storage/SupportPeriodRepository.h"

#include "core/storage/SqlValues.h"

#include <algorithm>
#include <numeric>

namespace waymark {

namespace {

SupportPeriod toSupportPeriod(const SqlRow& q)
{
    using namespace SqlValues;
    SupportPeriod p;
    p.id = text(q, "id");
    p.serviceUserId = text(q, "service_user_id");
    p.contractId = text(q, "contract_id");
    p.referralId = text(q, "referral_id");
    p.keyWorkerId = text(q, "key_worker_id");
    p.startDate = date(q, "start_date");
    p.endDate = date(q, "end_date");
    p.endReason = text(q, "end_reason");
    p.plannedDeparture = flag(q, "planned_departure");
    p.accommodationBased = flag(q, "accommodation_based");
    p.exitAccommodation = text(q, "exit_accommodation");
    p.onwardReferral = text(q, "onward_referral");
    p.extensionUntil = date(q, "extension_until");
    p.extensionAgreedWith = text(q, "extension_agreed_with");
    p.extensionReason = text(q, "extension_reason");
    return p;
}

} // namespace

Result<QVector<SupportPeriod>>
SupportPeriodRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<SupportPeriod>(
        QStringLiteral("SELECT * FROM support_periods WHERE deleted = 0 AND service_user_id = ? "
                       "ORDER BY start_date DESC, id DESC"),
        {serviceUserId}, toSupportPeriod);
}

Result<QVector<SupportPeriod>> SupportPeriodRepository::all(const QString& keyWorkerId,
                                                            const std::optional<QDate>& openOn) const
{
    QVariantList binds;
    const QString scope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, binds);
    return fetch<SupportPeriod>(
        QStringLiteral("SELECT * FROM support_periods p WHERE deleted = 0%1 ORDER BY id").arg(scope), binds,
        toSupportPeriod);
}

Result<std::optional<SupportPeriod>> SupportPeriodRepository::find(const QString& id) const
{
    return fetchOne<SupportPeriod>(
        QStringLiteral("SELECT * FROM support_periods WHERE deleted = 0 AND id = ?"), {id},
        toSupportPeriod);
}

Result<QVector<OutcomeRecord>>
SupportPeriodRepository::outcomesForServiceUser(const QString& serviceUserId) const
{
    return fetch<OutcomeRecord>(
        QStringLiteral("SELECT o.support_period_id, o.code, o.need_identified, o.achieved "
                       "FROM outcomes o JOIN support_periods p ON p.id = o.support_period_id "
                       "WHERE o.deleted = 0 AND p.deleted = 0 AND p.service_user_id = ? "
                       "ORDER BY p.start_date DESC, o.code"),
        {serviceUserId}, [](const SqlRow& q) {
            using namespace SqlValues;
            return OutcomeRecord{text(q, "support_period_id"), text(q, "code"),
                                 flag(q, "need_identified"), flag(q, "achieved")};
        });
}

namespace {

// A contract's periods that were open at some time between `from` and `to` (bound: the contract,
// `to`, the contract, `from`, `to`), their `columns`. The open ones and those ended since `from`,
// each straight from support_periods_contract_end to its row (an "id IN (...)" of them would
// look each up again by its id). The start is compared as an expression (|| ''), so that SQLite
// does not search by it instead: every period of the contract's years started before `to`.
QString inPeriodSql(const QString& columns)
{
    return QStringLiteral("SELECT %2 FROM support_periods p WHERE p.contract_id = ? AND p.end_date IS NULL AND "
                          "p.start_date || '' <= ? AND p.deleted = 0 AND %1 UNION ALL "
                          "SELECT %2 FROM support_periods p WHERE p.contract_id = ? AND p.end_date >= ? AND "
                          "p.start_date || '' <= ? AND p.deleted = 0 AND %1")
        .arg(LiveServiceUser.arg(QStringLiteral("p.service_user_id")), columns);
}

} // namespace

Result<QVector<SupportPeriod>> SupportPeriodRepository::inPeriod(const QString& contractId, const QDate& from,
                                                                const QDate& to) const
{
    const QString start = LocalTime::isoDate(from);
    const QString end = LocalTime::isoDate(to);
    Result<QVector<SupportPeriod>> periods = fetch<SupportPeriod>(
        inPeriodSql(QStringLiteral("*")), {contractId, end, contractId, start, end}, toSupportPeriod);
    if (!periods)
        return periods;
    // By id: put in order here, where a sort moves places, not in SQL, where SQLite's sorter
    // copied every whole row (a fifth of this read at a large provider's size).
    QVector<SupportPeriod>& read = periods.value();
    QVector<qsizetype> order(read.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&read](qsizetype a, qsizetype b) { return read.at(a).id < read.at(b).id; });
    QVector<SupportPeriod> byId;
    byId.reserve(read.size());
    for (qsizetype at : std::as_const(order))
        byId << std::move(read[at]);
    return byId;
}

Result<QStringList> SupportPeriodRepository::idsInPeriod(const QString& contractId, const QDate& from,
                                                         const QDate& to) const
{
    const QString start = LocalTime::isoDate(from);
    const QString end = LocalTime::isoDate(to);
    Result<QVector<QString>> ids =
        fetch<QString>(inPeriodSql(QStringLiteral("p.id AS id")), {contractId, end, contractId, start, end},
                       [](const SqlRow& q) { return SqlValues::text(q, "id"); });
    if (!ids)
        return ids.error();
    QStringList sorted(ids->begin(), ids->end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Result<QVector<OutcomeRecord>> SupportPeriodRepository::leaverOutcomes(const QString& contractId, const QDate& from,
                                                                       const QDate& to) const
{
    return fetch<OutcomeRecord>(
        QStringLiteral("SELECT o.support_period_id, o.code, o.need_identified, o.achieved "
                       "FROM outcomes o JOIN support_periods p ON p.id = o.support_period_id "
                       "WHERE o.deleted = 0 AND p.deleted = 0 AND p.contract_id = ? AND p.end_date >= ? "
                       "AND p.end_date <= ? AND %1 ORDER BY o.support_period_id, o.code")
            .arg(LiveServiceUser.arg(QStringLiteral("p.service_user_id"))),
        {contractId, LocalTime::isoDate(from), LocalTime::isoDate(to)}, [](const SqlRow& q) {
            using namespace SqlValues;
            return OutcomeRecord{text(q, "support_period_id"), text(q, "code"), flag(q, "need_identified"),
                                 flag(q, "achieved")};
        });
}

Result<QHash<QString, QDate>> SupportPeriodRepository::earliestStartsWithin(const QString& contractId,
                                                                           const QDate& from, const QDate& to) const
{
    Result<QVector<QPair<QString, QDate>>> rows = fetch<QPair<QString, QDate>>(
        // A person's earliest start is within the period when one of their periods starts in it
        // and none started before it: found from the period's starts, not from every period of
        // the contract's years. (The contract is compared as an expression so that SQLite looks
        // a person's earlier periods up by the person, not by the contract.)
        QStringLiteral("SELECT p.service_user_id, MIN(p.start_date) AS first_start FROM support_periods p "
                       "WHERE p.deleted = 0 AND p.contract_id = ? AND p.start_date >= ? AND p.start_date <= ? AND %1 "
                       "AND NOT EXISTS (SELECT 1 FROM support_periods e WHERE e.service_user_id = p.service_user_id "
                       "AND e.contract_id || '' = p.contract_id AND e.deleted = 0 AND e.start_date < ?) "
                       "GROUP BY p.service_user_id")
            .arg(LiveServiceUser.arg(QStringLiteral("p.service_user_id"))),
        {contractId, LocalTime::isoDate(from), LocalTime::isoDate(to), LocalTime::isoDate(from)}, [](const SqlRow& q) {
            return qMakePair(SqlValues::text(q, "service_user_id"), SqlValues::date(q, "first_start"));
        });
    if (!rows)
        return rows.error();
    QHash<QString, QDate> out;
    for (const auto& [person, start] : rows.value())
        out.insert(person, start);
    return out;
}

} // namespace waymark
