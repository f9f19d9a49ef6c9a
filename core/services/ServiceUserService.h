#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"
#include "core/domain/ServiceUser.h"
#include "core/services/ServiceContext.h"

#include <optional>

namespace waymark {

// Saving a person's profile: checked (RecordChecks::serviceUser), postcode and NHS number put in
// their written form, one transaction, every changed field in the history.
class ServiceUserService {
public:
    explicit ServiceUserService(ServiceContext context);

    // Saves a new person (empty id: one is given) or changes a known one; returns the id.
    Result<QString> save(ServiceUser person, std::optional<int> minimumAge = std::nullopt);

    const FieldProblems& problems() const { return m_problems; }

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
