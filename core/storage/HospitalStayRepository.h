#pragma once

#include "core/domain/HospitalStay.h"
#include "core/storage/Repository.h"

namespace waymark {

class HospitalStayRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<HospitalStay>> forServiceUser(const QString& serviceUserId) const;
};

} // namespace waymark
