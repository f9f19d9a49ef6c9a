#pragma once

#include "core/domain/CaseworkSnapshot.h"
#include "core/domain/Result.h"

#include <QDateTime>

#include <optional>

namespace waymark {

class Database;

// Reads everything the casework rules look at in one go, for the Today list.
class CaseworkRepository {
public:
    explicit CaseworkRepository(Database& database);

    // Everything, or (keyWorkerId given) only that key worker's periods and what hangs from them,
    // with every referral (a key worker sees the team's referrals). At a moment `at`, only what
    // the Today list looks at then: referrals still waiting for a first contact, the periods open
    // on its London date with their plans, reviews, stars and withdrawal reviews, and of their
    // appointments the DNAs and those of its week.
    Result<CaseworkSnapshot> snapshot(const QString& keyWorkerId = {},
                                      const std::optional<QDateTime>& at = std::nullopt) const;

private:
    Database& m_database;
};

} // namespace waymark
