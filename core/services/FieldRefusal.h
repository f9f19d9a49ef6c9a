#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"

#include <QCoreApplication>

namespace waymark {

// The Error a service returns when a form's fields are wrong: a line per field in `details`
// ("postcode: This is not a UK postcode"), the problems themselves kept for the form.
inline Error fieldRefusal(const FieldProblems& problems)
{
    QStringList lines;
    for (const FieldProblem& p : problems)
        if (p.isError())
            lines << p.field + QStringLiteral(": ") + p.message;
    return Error{QCoreApplication::translate("FieldRefusal", "Nothing was saved: correct the fields marked."),
                 lines};
}

} // namespace waymark
