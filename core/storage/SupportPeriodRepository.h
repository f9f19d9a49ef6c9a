#pragma once

#include "core/domain/OutcomeRecord.h"
#include "core/domain/SupportPeriod.h"
#include "core/storage/Repository.h"

#include <QHash>

#include <optional>

namespace waymark {

class SupportPeriodRepository : public Repository {
public:
    using Repository::Repository;

    // A person's support periods, the latest first.
    Result<QVector<SupportPeriod>> forServiceUser(const QString& serviceUserId) const;
    // Every live support period.
    // With `openOn`, only the periods open that day (started on or before it, not ended by it).
    Result<QVector<SupportPeriod>> all(const QString& keyWorkerId = {}, const std::optional<QDate>& openOn = std::nullopt) const;
    Result<std::optional<SupportPeriod>> find(const QString& id) const;
    // The Outcomes Framework records of a person's periods.
    Result<QVector<OutcomeRecord>> outcomesForServiceUser(const QString& serviceUserId) const;
    // The contract's periods in [from, to]: started on or before `to`, open or ended on or after
    // `from` (what a return counts), by id.
    Result<QVector<SupportPeriod>> inPeriod(const QString& contractId, const QDate& from, const QDate& to) const;
    // The ids of inPeriod()'s periods, in order, read without the rest of their rows.
    Result<QStringList> idsInPeriod(const QString& contractId, const QDate& from, const QDate& to) const;
    // The outcomes of the contract's periods that ended within [from, to].
    Result<QVector<OutcomeRecord>> leaverOutcomes(const QString& contractId, const QDate& from, const QDate& to) const;
    // Each person whose earliest period with the contract starts within [from, to], with that start.
    Result<QHash<QString, QDate>> earliestStartsWithin(const QString& contractId, const QDate& from, const QDate& to) const;
};

} // namespace waymark
