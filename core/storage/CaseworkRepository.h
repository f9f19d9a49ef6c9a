#pragma once

#include "core/domain/CaseworkSnapshot.h"
#include "core/domain/Result.h"

namespace waymark {

class Database;

// Reads everything the casework rules look at in one go, for the Today list.
class CaseworkRepository {
public:
    explicit CaseworkRepository(Database& database);

    // Everything, or (keyWorkerId given) only that key worker's periods and what hangs from them,
    // with every referral (a key worker sees the team's referrals).
    Result<CaseworkSnapshot> snapshot(const QString& keyWorkerId = {}) const;

private:
    Database& m_database;
};

} // namespace waymark
