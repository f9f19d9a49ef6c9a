#pragma once

#include "core/domain/ServiceUser.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class ServiceUserRepository : public Repository {
public:
    using Repository::Repository;

    Result<std::optional<ServiceUser>> find(const QString& id) const;
    // These people (those on record and not deleted), asked a few hundred to a statement.
    Result<QVector<ServiceUser>> findMany(const QStringList& ids) const;
    Result<int> count() const;
    // Everyone on record, by family name then given name.
    Result<QVector<ServiceUser>> all() const;
    // Everyone a return for the contract could name: people with a period in [from, to], with a
    // referral received in [fromUtc, toUtc), on the register of a session starting then, or with
    // an attended appointment then.
    Result<QVector<ServiceUser>> forReturn(const QString& contractId, const QDate& from, const QDate& to,
                                           const QDateTime& fromUtc, const QDateTime& toUtc) const;
};

} // namespace waymark
