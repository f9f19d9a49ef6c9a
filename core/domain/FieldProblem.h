#pragma once

#include <QString>
#include <QVector>

namespace waymark {

// What is wrong with one field of a form, in words a key worker understands. An error stops the
// record being saved; a warning is shown next to the field and the worker decides.
struct FieldProblem {
    enum class Severity { Error, Warning };

    QString field; // the interchange key of the field ("date_of_birth")
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
};

using FieldProblems = QVector<FieldProblem>;

// Whether any of the problems stops a save.
inline bool hasErrors(const FieldProblems& problems)
{
    for (const FieldProblem& p : problems)
        if (p.isError())
            return true;
    return false;
}

} // namespace waymark
