#pragma once

#include "core/domain/Staff.h"
#include "core/storage/Repository.h"

namespace waymark {

class StaffRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<Staff>> all() const;
};

} // namespace waymark
