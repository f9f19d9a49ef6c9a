#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// Recording Outcome Star assessments (C 14.2) and keeping the organisation's star templates.
class StarService {
public:
    explicit StarService(ServiceContext context);

    // Records an assessment of a support period with its contract's (or the given) template;
    // returns its id. Areas may be left unscored (a warning in problems()).
    Result<QString> record(StarAssessment assessment);
    // Creates or changes a template; returns its id. A template in use keeps every area key its
    // assessments score.
    Result<QString> saveTemplate(StarTemplate star);

    const FieldProblems& problems() const { return m_problems; }

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
