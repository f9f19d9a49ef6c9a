#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/domain/SupportPeriod.h"

#include <QDate>

namespace waymark::StarChecks {

// A star template an organisation writes or imports: a name; a scale of whole numbers with its
// lowest below its highest; areas with unique keys (lower-case letters, digits and _) and
// names; named stages that cover the scale with no gap and no overlap. Problems of an area or
// stage are reported as "areas[i].field" and "stages[i].field".
FieldProblems starTemplate(const StarTemplate& star);

// An assessment with the template: dated (not in the future, not before support started), who
// completed it, scores within the scale. Areas left unscored are a warning that says which.
FieldProblems assessment(const StarAssessment& assessment, const StarTemplate& star, const SupportPeriod& period,
                         const QDate& today);

} // namespace waymark::StarChecks
