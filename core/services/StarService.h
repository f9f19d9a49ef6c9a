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
    // Templates loaded from a file: all of them or none, and none may replace a template already
    // here (a file cannot silently change the star contracts use).
    Status addTemplates(const QVector<StarTemplate>& templates);

    const FieldProblems& problems() const { return m_problems; }

private:
    Result<QString> writeTemplate(class RecordWriter& writer, StarTemplate star);

    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
