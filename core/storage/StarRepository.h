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
    // Every live assessment of a live period, without its scores: when each was made.
    Result<QVector<StarAssessment>> assessmentDates() const;
};

} // namespace waymark
