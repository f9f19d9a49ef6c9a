#pragma once

#include "core/domain/CaseNote.h"
#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// Case notes are dated and signed by their author, and may be edited only on the day they were
// written (Europe/London). After that, a correction is a new note that points at the old one:
// what was written stays readable.
class NoteService {
public:
    explicit NoteService(ServiceContext context);

    // Writes a note now; returns its id.
    Result<QString> add(const QString& supportPeriodId, const QString& authorId, const QString& text);
    // Changes a note written today.
    Status edit(const QString& noteId, const QString& text);
    // A new note correcting an earlier one; returns its id.
    Result<QString> correct(const QString& noteId, const QString& authorId, const QString& text);

    // Whether a note may still be edited at `now`.
    static bool isEditable(const CaseNote& note, const QDateTime& now);

private:
    Result<QString> write(CaseNote note);

    ServiceContext m_context;
};

} // namespace waymark
