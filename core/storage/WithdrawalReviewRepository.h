#pragma once

#include "core/domain/WithdrawalReview.h"
#include "core/storage/Repository.h"

namespace waymark {

class WithdrawalReviewRepository : public Repository {
public:
    using Repository::Repository;

    // One period's withdrawal reviews, the latest first.
    Result<QVector<WithdrawalReview>> forSupportPeriod(const QString& supportPeriodId) const;
    // Every live review of a live period.
    // With `openOn`, only those of the periods open that day.
    Result<QVector<WithdrawalReview>> all(const QString& keyWorkerId = {},
                                          const std::optional<QDate>& openOn = std::nullopt) const;
};

} // namespace waymark
