#include "core/storage/HistoryRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

ChangeEntry toEntry(const SqlRow& q)
{
    using namespace SqlValues;
    return ChangeEntry{dateTime(q, "changed_at"), text(q, "changed_by"), text(q, "table_name"),
                       text(q, "record_id"),      text(q, "action"),     text(q, "field"),
                       text(q, "old_value"),      text(q, "new_value")};
}

const QString Columns = QStringLiteral(
    "SELECT changed_at, changed_by, table_name, record_id, action, field, old_value, new_value "
    "FROM change_log ");

} // namespace

Result<QVector<ChangeEntry>> HistoryRepository::forServiceUser(const QString& serviceUserId) const
{
    // Every record that belongs to the person, deleted or not: a deletion is part of the history.
    const QString owned = QStringLiteral(
        "SELECT id FROM service_users WHERE id = ? "
        "UNION SELECT id FROM referrals WHERE service_user_id = ? "
        "UNION SELECT id FROM support_periods WHERE service_user_id = ? "
        "UNION SELECT id FROM hospital_stays WHERE service_user_id = ? "
        "UNION SELECT id FROM complaints WHERE service_user_id = ? "
        "UNION SELECT id FROM incidents WHERE service_user_id = ? "
        "UNION SELECT id FROM attendance WHERE service_user_id = ? "
        "UNION SELECT c.id FROM appointments c JOIN support_periods p ON p.id = c.support_period_id "
        "WHERE p.service_user_id = ? "
        "UNION SELECT c.id FROM star_assessments c JOIN support_periods p ON p.id = "
        "c.support_period_id WHERE p.service_user_id = ? "
        "UNION SELECT c.id FROM outcomes c JOIN support_periods p ON p.id = c.support_period_id "
        "WHERE p.service_user_id = ? "
        "UNION SELECT c.id FROM support_plans c JOIN support_periods p ON p.id = "
        "c.support_period_id WHERE p.service_user_id = ? "
        "UNION SELECT c.id FROM notes c JOIN support_periods p ON p.id = c.support_period_id "
        "WHERE p.service_user_id = ? "
        "UNION SELECT c.id FROM withdrawal_reviews c JOIN support_periods p ON p.id = "
        "c.support_period_id WHERE p.service_user_id = ? "
        "UNION SELECT g.id FROM goals g JOIN support_plans c ON c.id = g.support_plan_id "
        "JOIN support_periods p ON p.id = c.support_period_id WHERE p.service_user_id = ? "
        "UNION SELECT r.id FROM reviews r JOIN support_plans c ON c.id = r.support_plan_id "
        "JOIN support_periods p ON p.id = c.support_period_id WHERE p.service_user_id = ?");
    QVariantList binds;
    for (int i = 0; i < 15; ++i)
        binds << serviceUserId;
    return fetch<ChangeEntry>(Columns + QStringLiteral("WHERE record_id IN (") + owned
                                  + QStringLiteral(") ORDER BY changed_at DESC, table_name, "
                                                   "record_id, field"),
                              binds, toEntry);
}

Result<QVector<ChangeEntry>> HistoryRepository::forRecord(const QString& recordId) const
{
    return fetch<ChangeEntry>(Columns + QStringLiteral("WHERE record_id = ? ORDER BY changed_at "
                                                       "DESC, table_name, field"),
                              {recordId}, toEntry);
}

} // namespace waymark
