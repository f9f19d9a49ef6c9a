#pragma once

#include "core/domain/ServiceUser.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class ServiceUserRepository : public Repository {
public:
    using Repository::Repository;

    Result<std::optional<ServiceUser>> find(const QString& id) const;
    Result<int> count() const;
};

} // namespace waymark
