#pragma once

#include "core/domain/LocalTime.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <optional>

namespace waymark {

// A condition true when the person a column names is on record and not deleted: a deleted
// person's records never count in a return. `.arg()` the column ("p.service_user_id").
inline const QString LiveServiceUser =
    QStringLiteral("EXISTS (SELECT 1 FROM service_users live WHERE live.id = %1 AND live.deleted = 0)");

// The support periods (alias `alias`) a read covers: one key worker's or everyone's, and all of
// them or only those open on a day (started on or before it, and not ended by it). Adds the
// condition's values to `binds`.
inline QString periodScope(const QString& alias, const QString& keyWorkerId, const std::optional<QDate>& openOn,
                           QVariantList& binds)
{
    QString where;
    if (!keyWorkerId.isEmpty()) {
        where += QStringLiteral(" AND %1.key_worker_id = ?").arg(alias);
        binds << keyWorkerId;
    }
    if (openOn) {
        where += QStringLiteral(" AND %1.start_date <= ? AND (%1.end_date IS NULL OR %1.end_date > ?)").arg(alias);
        binds << LocalTime::isoDate(*openOn) << LocalTime::isoDate(*openOn);
    }
    return where;
}

} // namespace waymark

namespace waymark::SqlValues {

// Typed reads of one column of the current row, by name; NULL becomes the empty value.
inline QVariant raw(const QSqlQuery& q, const char* column)
{
    return q.value(QString::fromLatin1(column));
}
inline QString text(const QSqlQuery& q, const char* column) { return raw(q, column).toString(); }
inline QDate date(const QSqlQuery& q, const char* column)
{
    return LocalTime::parseIsoDate(text(q, column));
}
inline QDateTime dateTime(const QSqlQuery& q, const char* column)
{
    return LocalTime::parseIsoDateTimeUtc(text(q, column));
}
inline std::optional<bool> flag(const QSqlQuery& q, const char* column)
{
    const QVariant v = raw(q, column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong() != 0;
}
inline std::optional<int> integer(const QSqlQuery& q, const char* column)
{
    const QVariant v = raw(q, column);
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}
inline std::optional<double> real(const QSqlQuery& q, const char* column)
{
    const QVariant v = raw(q, column);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace waymark::SqlValues
