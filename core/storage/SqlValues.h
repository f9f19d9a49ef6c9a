#pragma once

#include "core/domain/LocalTime.h"
#include "core/storage/SqlRow.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <optional>

namespace waymark {

// What Qt's own drivers store as NULL: an empty QVariant, and a null string, byte array, date
// or time inside one (a QVariant holding a null QString is not isNull() in Qt 6).
inline bool storedAsNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    default:
        return false;
    }
}

// A condition true when the person a column names is on record and not deleted: a deleted
// person's records never count in a return. `.arg()` the column ("p.service_user_id").
inline const QString LiveServiceUser =
    QStringLiteral("EXISTS (SELECT 1 FROM service_users live WHERE live.id = %1 AND live.deleted = 0)");

// A contract's support periods (alias `alias`) in a period: started by its end, and open or
// ended since it began. Found from the open periods and those ended since (the index
// support_periods_contract_end), not from every period of the contract's years, which is what
// a condition on the start date would search. Adds the condition's values to `binds`.
inline QString inPeriod(const QString& alias, const QString& contractId, const QDate& from, const QDate& to,
                        QVariantList& binds)
{
    binds << contractId << contractId << LocalTime::isoDate(from) << LocalTime::isoDate(to);
    return QStringLiteral("%1.id IN (SELECT id FROM support_periods WHERE contract_id = ? AND end_date IS NULL "
                          "UNION ALL SELECT id FROM support_periods WHERE contract_id = ? AND end_date >= ?) "
                          "AND %1.start_date <= ?")
        .arg(alias);
}

// The support periods (alias `alias`) a read covers: one key worker's or everyone's, and all of
// them or only those open on a day (started on or before it, and not ended by it). Adds the
// condition's values to `binds`. A read of what hangs from them goes from the periods to it
// (FROM support_periods p CROSS JOIN ...: SQLite keeps that order), so that it searches.
inline QString periodScope(const QString& alias, const QString& keyWorkerId, const std::optional<QDate>& openOn,
                           QVariantList& binds)
{
    QString where;
    if (!keyWorkerId.isEmpty()) {
        where += QStringLiteral(" AND %1.key_worker_id = ?").arg(alias);
        binds << keyWorkerId;
    }
    if (openOn) {
        // The open ones and those ending after the day, found through support_periods_end.
        where += QStringLiteral(" AND %1.id IN (SELECT id FROM support_periods WHERE end_date IS NULL UNION ALL "
                                "SELECT id FROM support_periods WHERE end_date > ?) AND %1.start_date <= ?")
                     .arg(alias);
        binds << LocalTime::isoDate(*openOn) << LocalTime::isoDate(*openOn);
    }
    return where;
}

} // namespace waymark

namespace waymark::SqlValues {

// Typed reads of one column of the current row, by name; NULL becomes the empty value.
inline QVariant raw(const SqlRow& q, const char* column)
{
    return q.value(column);
}
inline QString text(const SqlRow& q, const char* column)
{
    return q.text(column);
}
inline QDate date(const SqlRow& q, const char* column)
{
    return LocalTime::parseIsoDateUtf8(q.utf8(column));
}
inline QDateTime dateTime(const SqlRow& q, const char* column)
{
    return LocalTime::parseIsoDateTimeUtcUtf8(q.utf8(column));
}
inline std::optional<bool> flag(const SqlRow& q, const char* column)
{
    const QVariant v = raw(q, column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong() != 0;
}
inline std::optional<int> integer(const SqlRow& q, const char* column)
{
    if (const std::optional<qint64> stored = q.storedInteger(column))
        return int(*stored);
    const QVariant v = raw(q, column);
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}
inline std::optional<double> real(const SqlRow& q, const char* column)
{
    const QVariant v = raw(q, column);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace waymark::SqlValues
