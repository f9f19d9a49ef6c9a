#include "core/domain/ComplaintsProcedure.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tc(const char* text)
{
    return QCoreApplication::translate("ComplaintsProcedure", text);
}

} // namespace

FieldProblems ComplaintsProcedure::problems() const
{
    FieldProblems out;
    // A procedure that names no one leaves the person with nowhere to go.
    if (contact.trimmed().isEmpty())
        out << FieldProblem{
            QStringLiteral("contact"),
            tc(QT_TRANSLATE_NOOP("ComplaintsProcedure", "Say whom to contact about a complaint, and how: "
                                                        "a name or role, an address, a phone number."))};
    if (acknowledgeWorkingDays < 1 || acknowledgeWorkingDays > MostWorkingDays)
        out << FieldProblem{
            QStringLiteral("acknowledge_working_days"),
            tc(QT_TRANSLATE_NOOP("ComplaintsProcedure", "Between 1 and %1 working days.")).arg(MostWorkingDays)};
    if (replyWorkingDays < 1 || replyWorkingDays > MostWorkingDays)
        out << FieldProblem{
            QStringLiteral("reply_working_days"),
            tc(QT_TRANSLATE_NOOP("ComplaintsProcedure", "Between 1 and %1 working days.")).arg(MostWorkingDays)};
    else if (replyWorkingDays < acknowledgeWorkingDays)
        out << FieldProblem{
            QStringLiteral("reply_working_days"),
            tc(QT_TRANSLATE_NOOP("ComplaintsProcedure", "The full reply cannot come before the acknowledgement."))};
    return out;
}

} // namespace waymark
