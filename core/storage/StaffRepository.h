#pragma once

#include "core/domain/Staff.h"
#include "core/storage/Repository.h"

namespace waymark {

class StaffRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<Staff>> all() const;
    // The live staff record with this id, or nothing.
    Result<std::optional<Staff>> find(const QString& id) const;
};

} // namespace waymark
