#pragma once

#include "core/domain/ComplaintsProcedure.h"
#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// Keeping the complaints procedure that is printed for each person (ComplaintsProcedure): anyone
// may read it, only an administrator may change it.
class ComplaintsProcedureService {
public:
    explicit ComplaintsProcedureService(ServiceContext context);

    // The procedure as kept; the defaults, with no contact, if none has been set.
    static Result<ComplaintsProcedure> load(Database& database);
    Result<ComplaintsProcedure> load() const { return load(m_context.database); }
    // Refused, with the problems by field, when it is not complete.
    Status save(const ComplaintsProcedure& procedure);
    const FieldProblems& problems() const { return m_problems; }

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
