#pragma once

#include "core/domain/GroupSession.h"
#include "core/domain/ServiceUser.h"
#include "core/storage/Repository.h"

namespace waymark {

// A session with how many people attended it, for lists.
struct SessionSummary {
    GroupSession session;
    int attended = 0;
};

// A line of a register as shown: the person and their line, if they have one yet.
struct RegisterLine {
    ServiceUser person;
    std::optional<Attendance> attendance;
};

// Group sessions and their attendance registers.
class SessionRepository : public Repository {
public:
    using Repository::Repository;

    // Sessions starting in [from, to), of one contract (or every contract when empty), in order.
    Result<QVector<SessionSummary>> between(const QString& contractId, const QDateTime& from, const QDateTime& to) const;
    Result<std::optional<GroupSession>> find(const QString& id) const;
    Result<QVector<Attendance>> attendance(const QString& sessionId) const;
    // The register of a session: everyone in support with its contract on the session's day,
    // and anyone else already on it (a walk-in), sorted by name.
    Result<QVector<RegisterLine>> registerFor(const GroupSession& session) const;
    // The sessions one person is on the register of, latest first.
    Result<QVector<QPair<GroupSession, Attendance>>> forServiceUser(const QString& serviceUserId) const;
    // The contract's sessions starting in [fromUtc, toUtc), and every register line of them.
    Result<QVector<GroupSession>> startingBetween(const QString& contractId, const QDateTime& fromUtc,
                                                  const QDateTime& toUtc) const;
    // The attendance at these sessions (of people not deleted), in session and person order.
    Result<QVector<Attendance>> attendanceAt(QStringList sessionIds) const;
    Result<QVector<Attendance>> attendanceBetween(const QString& contractId, const QDateTime& fromUtc,
                                                  const QDateTime& toUtc) const;
};

} // namespace waymark
