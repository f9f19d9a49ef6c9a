#pragma once

#include "core/domain/HospitalStay.h"
#include "core/storage/Repository.h"

namespace waymark {

class HospitalStayRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<HospitalStay>> forServiceUser(const QString& serviceUserId) const;
    // Stays overlapping [from, to] of the people with a period of the contract in that period.
    Result<QVector<HospitalStay>> forReturn(const QString& contractId, const QDate& from, const QDate& to) const;
};

} // namespace waymark
