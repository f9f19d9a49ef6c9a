#include "core/services/SessionService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/interchange/RecordConversion.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/SessionRepository.h"

#include <QCoreApplication>

namespace waymark {

SessionService::SessionService(ServiceContext context)
    : m_context(std::move(context))
{
}

QString SessionService::attendanceId(const QString& sessionId, const QString& serviceUserId)
{
    return RecordConversion::derivedId(QStringLiteral("attendance/%1/%2").arg(sessionId, serviceUserId));
}

Result<QString> SessionService::save(GroupSession session)
{
    session.title = session.title.trimmed();
    session.venue = session.venue.trimmed();
    m_problems = RecordChecks::groupSession(session);
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    if (session.id.isEmpty())
        session.id = RecordWriter::newId();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction(
        [&] { return writer.save(QStringLiteral("sessions"), session.id, RecordValues::of(session)); });
    if (!written)
        return written.error();
    emit m_context.notifier.sessionChanged(session.id);
    return session.id;
}

Status SessionService::saveRegister(const QString& sessionId, const QVector<Attendance>& lines)
{
    m_problems.clear();
    Result<std::optional<GroupSession>> session = SessionRepository(m_context.database).find(sessionId);
    if (!session)
        return session.error();
    if (!session->has_value())
        return Error{QCoreApplication::translate("SessionService", "The session is no longer on record."), {}};
    Result<QVector<Attendance>> stored = SessionRepository(m_context.database).attendance(sessionId);
    if (!stored)
        return stored.error();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        for (Attendance line : lines) {
            line.sessionId = sessionId;
            // A walk-in's note stays when the register is ticked again.
            for (const Attendance& before : stored.value())
                if (before.serviceUserId == line.serviceUserId) {
                    if (before.attended == line.attended)
                        line = before;
                    else if (line.discussed.isEmpty() && !line.minutes) {
                        line.discussed = before.discussed;
                        line.minutes = before.minutes;
                    }
                }
            if (Status s = writer.save(QStringLiteral("attendance"), attendanceId(sessionId, line.serviceUserId),
                                       RecordValues::of(line));
                !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written;
    emit m_context.notifier.sessionChanged(sessionId);
    return {};
}

Result<QString> SessionService::recordWalkIn(Attendance line, const std::optional<ServiceUser>& newPerson)
{
    m_problems.clear();
    Result<std::optional<GroupSession>> session = SessionRepository(m_context.database).find(line.sessionId);
    if (!session)
        return session.error();
    if (!session->has_value())
        return Error{QCoreApplication::translate("SessionService", "The session is no longer on record."), {}};
    ServiceUser person;
    if (newPerson) {
        person = *newPerson;
        person.givenName = person.givenName.trimmed();
        person.familyName = person.familyName.trimmed();
        person.id = RecordWriter::newId();
        m_problems = RecordChecks::serviceUser(person, LocalTime::londonDate(m_context.clock.now()), std::nullopt);
        line.serviceUserId = person.id;
    }
    line.attended = true;
    line.discussed = line.discussed.trimmed();
    m_problems += RecordChecks::walkIn(line);
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    // Seen again at the same session: what was discussed and the time add to the first visit.
    if (!newPerson) {
        Result<QVector<Attendance>> stored = SessionRepository(m_context.database).attendance(line.sessionId);
        if (!stored)
            return stored.error();
        for (const Attendance& before : stored.value())
            if (before.serviceUserId == line.serviceUserId && !before.discussed.isEmpty()) {
                line.discussed = before.discussed + QStringLiteral("; ") + line.discussed;
                line.minutes = before.minutes.value_or(0) + line.minutes.value_or(0);
                if (*line.minutes > 720)
                    line.minutes = 720;
            }
    }
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (newPerson)
            if (Status s = writer.save(QStringLiteral("service_users"), person.id, RecordValues::of(person)); !s)
                return s;
        return writer.save(QStringLiteral("attendance"), attendanceId(line.sessionId, line.serviceUserId),
                           RecordValues::of(line));
    });
    if (!written)
        return written.error();
    if (newPerson)
        emit m_context.notifier.serviceUserChanged(person.id);
    emit m_context.notifier.sessionChanged(line.sessionId);
    return line.serviceUserId;
}

} // namespace waymark
