#pragma once

#include "core/domain/OutcomeRecord.h"
#include "core/domain/SupportPeriod.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class SupportPeriodRepository : public Repository {
public:
    using Repository::Repository;

    // A person's support periods, the latest first.
    Result<QVector<SupportPeriod>> forServiceUser(const QString& serviceUserId) const;
    // Every live support period.
    Result<QVector<SupportPeriod>> all() const;
    // Every live period of one contract.
    Result<QVector<SupportPeriod>> forContract(const QString& contractId) const;
    Result<std::optional<SupportPeriod>> find(const QString& id) const;
    // The Outcomes Framework records of a person's periods.
    Result<QVector<OutcomeRecord>> outcomesForServiceUser(const QString& serviceUserId) const;
};

} // namespace waymark
