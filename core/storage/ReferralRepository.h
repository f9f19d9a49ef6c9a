#pragma once

#include "core/domain/Referral.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class ReferralRepository : public Repository {
public:
    using Repository::Repository;

    // A person's referrals, the latest first.
    Result<QVector<Referral>> forServiceUser(const QString& serviceUserId) const;
    // Every referral, the latest first.
    Result<QVector<Referral>> all() const;
    // Those still waiting for a first contact (pending or accepted): what the Today list counts.
    Result<QVector<Referral>> awaitingFirstContact() const;
    Result<std::optional<Referral>> find(const QString& id) const;
    // The contract's referrals received in [fromUtc, toUtc), the earliest first.
    Result<QVector<Referral>> receivedBetween(const QString& contractId, const QDateTime& fromUtc,
                                              const QDateTime& toUtc) const;
};

} // namespace waymark
