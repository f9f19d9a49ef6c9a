#include "core/storage/CaseloadRepository.h"

#include "core/storage/SqlValues.h"

#include <QHash>

namespace waymark {

namespace {

// The current period of the person `su.id`: the open one with the latest start, else the most
// recent. A correlated subquery (no window functions: the SQL must run on SQLite 3.15 and
// PostgreSQL alike).
const char* const CurrentPeriod =
    "SELECT p.id FROM support_periods p WHERE p.service_user_id = su.id AND p.deleted = 0 "
    "ORDER BY CASE WHEN p.end_date IS NULL THEN 1 ELSE 0 END DESC, p.start_date DESC, p.id DESC LIMIT 1";

} // namespace

Result<QString> CaseloadRepository::currentKeyWorker(const QString& serviceUserId) const
{
    Result<QVector<QString>> found = fetch<QString>(
        QStringLiteral("SELECT sp.key_worker_id FROM service_users su JOIN support_periods sp ON sp.id = (")
            + QLatin1String(CurrentPeriod) + QStringLiteral(") WHERE su.id = ? AND su.deleted = 0"),
        {serviceUserId}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!found)
        return found.error();
    return found->isEmpty() ? QString() : found->first();
}

Result<QSet<QString>> CaseloadRepository::peopleOf(const QStringList& keyWorkerIds) const
{
    if (keyWorkerIds.isEmpty())
        return QSet<QString>();
    QStringList marks;
    QVariantList binds;
    for (const QString& id : keyWorkerIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    Result<QVector<QString>> found = fetch<QString>(
        QStringLiteral("SELECT su.id FROM service_users su JOIN support_periods sp ON sp.id = (")
            + QLatin1String(CurrentPeriod)
            + QStringLiteral(") WHERE sp.key_worker_id IN (%1)").arg(marks.join(QStringLiteral(", "))),
        binds, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!found)
        return found.error();
    return QSet<QString>(found->begin(), found->end());
}

Result<QVector<CaseloadEntry>> CaseloadRepository::entries(const QDateTime& now, const QString& keyWorkerId) const
{
    // A key worker's caseload is filtered here, so nobody else's row is ever read.
    QString sql = QStringLiteral(
        "SELECT su.id AS service_user_id, su.given_name, su.family_name, su.preferred_name, "
        "sp.id AS support_period_id, sp.start_date, sp.end_date, sp.key_worker_id, "
        "c.name AS contract_name, st.name AS key_worker_name, "
        "(SELECT COUNT(*) FROM referrals r WHERE r.service_user_id = su.id AND r.deleted = 0 "
        " AND r.decision = 'pending') AS pending_referrals "
        "FROM service_users su "
        "LEFT JOIN support_periods sp ON sp.id = (")
        + QLatin1String(CurrentPeriod)
        + QStringLiteral(") "
                         "LEFT JOIN contracts c ON c.id = sp.contract_id "
                         "LEFT JOIN staff st ON st.id = sp.key_worker_id "
                         "WHERE su.deleted = 0 ");
    QVariantList binds;
    if (!keyWorkerId.isEmpty()) {
        // Found from the key worker's periods, not by working out everyone's current period.
        sql += QStringLiteral("AND su.id IN (SELECT service_user_id FROM support_periods WHERE key_worker_id = ? "
                              "AND deleted = 0) AND sp.key_worker_id = ? ");
        binds << keyWorkerId << keyWorkerId;
    }
    sql += QStringLiteral("ORDER BY su.family_name, su.given_name, su.id");
    Result<QVector<CaseloadEntry>> rows = fetch<CaseloadEntry>(sql, binds, [](const QSqlQuery& q) {
        using namespace SqlValues;
        CaseloadEntry e;
        e.serviceUserId = text(q, "service_user_id");
        e.givenName = text(q, "given_name");
        e.familyName = text(q, "family_name");
        e.preferredName = text(q, "preferred_name");
        e.supportPeriodId = text(q, "support_period_id");
        e.startDate = date(q, "start_date");
        e.endDate = date(q, "end_date");
        e.keyWorkerId = text(q, "key_worker_id");
        e.contractName = text(q, "contract_name");
        e.keyWorkerName = text(q, "key_worker_name");
        e.hasPendingReferral = raw(q, "pending_referrals").toInt() > 0;
        return e;
    });
    if (!rows)
        return rows;

    struct Next {
        QString periodId;
        QString startsAt;
    };
    // Found from the appointments still to come (by their start), then grouped. Written
    // straight, SQLite 3.15 reads every appointment ever made in period order to avoid the
    // grouping's sort; the ORDER BY in the subquery keeps it from being merged into the grouping.
    QString nextSql = QStringLiteral("SELECT support_period_id, MIN(starts_at) FROM ("
                                     "SELECT support_period_id, starts_at FROM appointments "
                                     "WHERE deleted = 0 AND status = 'planned' AND starts_at >= ? ");
    QVariantList nextBinds{LocalTime::isoDateTimeUtc(now)};
    if (!keyWorkerId.isEmpty()) {
        nextSql += QStringLiteral("AND support_period_id IN (SELECT id FROM support_periods WHERE key_worker_id = ?) ");
        nextBinds << keyWorkerId;
    }
    nextSql += QStringLiteral("ORDER BY starts_at) upcoming GROUP BY support_period_id");
    Result<QVector<Next>> next = fetch<Next>(
        nextSql, nextBinds,
        [](const QSqlQuery& q) { return Next{q.value(0).toString(), q.value(1).toString()}; });
    if (!next)
        return next.error();
    QHash<QString, QDateTime> byPeriod;
    for (const Next& n : next.value())
        byPeriod.insert(n.periodId, LocalTime::parseIsoDateTimeUtc(n.startsAt));
    QVector<CaseloadEntry> entries = rows.value();
    for (CaseloadEntry& e : entries)
        e.nextAppointment = byPeriod.value(e.supportPeriodId);
    return entries;
}

} // namespace waymark
