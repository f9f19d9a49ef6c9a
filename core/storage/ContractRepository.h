#pragma once

#include "core/domain/Contract.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class ContractRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<Contract>> all() const;
    Result<std::optional<Contract>> find(const QString& id) const;
    Result<std::optional<Contract>> findByCode(const QString& code) const;
};

} // namespace waymark
