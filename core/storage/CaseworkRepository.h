#pragma once

#include "core/domain/CaseworkSnapshot.h"
#include "core/domain/Result.h"

namespace waymark {

class Database;

// Reads everything the casework rules look at in one go, for the Today list.
class CaseworkRepository {
public:
    explicit CaseworkRepository(Database& database);

    Result<CaseworkSnapshot> snapshot() const;

private:
    Database& m_database;
};

} // namespace waymark
