#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"
#include "core/domain/Staff.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// The staff list, kept by the administrator: a new member of staff, a change of role, someone
// leaving (inactive: their name stays on what they recorded). Every change is in the history.
class StaffService {
public:
    explicit StaffService(ServiceContext context);

    // Saves a new member of staff (empty id: one is given) or changes one; returns the id.
    Result<QString> save(Staff staff);

    const FieldProblems& problems() const { return m_problems; }

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
