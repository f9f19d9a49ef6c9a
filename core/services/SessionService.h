#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/GroupSession.h"
#include "core/domain/Result.h"
#include "core/domain/ServiceUser.h"
#include "core/services/ServiceContext.h"

#include <QVector>

namespace waymark {

// Group sessions and their registers (C 6.2, 14.3), and the drop-in surgery's quick record of a
// walk-in: find or create the person, what was discussed, how long.
class SessionService {
public:
    explicit SessionService(ServiceContext context);

    // Creates or changes a session; returns its id.
    Result<QString> save(GroupSession session);
    // Writes the register: each line given, in one transaction. A line is matched to the one
    // already there by session and person, so saving twice changes nothing.
    Status saveRegister(const QString& sessionId, const QVector<Attendance>& lines);
    // Records a walk-in at a drop-in session. With `newPerson` (names only are needed), the
    // person is created first, in the same transaction; otherwise line.serviceUserId names them.
    // Someone seen twice at one session keeps both: the notes are joined and the minutes added.
    // Returns the person's id.
    Result<QString> recordWalkIn(Attendance line, const std::optional<ServiceUser>& newPerson = std::nullopt);

    const FieldProblems& problems() const { return m_problems; }

    // The id an attendance line has (the same an import of it gives).
    static QString attendanceId(const QString& sessionId, const QString& serviceUserId);

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
