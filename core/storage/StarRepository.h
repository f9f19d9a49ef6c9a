#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class StarRepository : public Repository {
public:
    using Repository::Repository;

    Result<std::optional<StarTemplate>> findTemplate(const QString& id) const;
    // A person's star assessments, the earliest first.
    Result<QVector<StarAssessment>> forServiceUser(const QString& serviceUserId) const;
};

} // namespace waymark
