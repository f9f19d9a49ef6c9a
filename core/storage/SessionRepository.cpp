#include "core/storage/SessionRepository.h"

#include "core/storage/SqlValues.h"

#include <algorithm>

namespace waymark {

namespace {

GroupSession toSession(const SqlRow& q)
{
    using namespace SqlValues;
    GroupSession s;
    s.id = text(q, "id");
    s.contractId = text(q, "contract_id");
    s.kind = text(q, "kind");
    s.title = text(q, "title");
    s.startsAt = dateTime(q, "starts_at");
    s.durationMinutes = integer(q, "duration_minutes").value_or(0);
    s.ledBy = text(q, "led_by");
    s.venue = text(q, "venue");
    return s;
}

Attendance toAttendance(const SqlRow& q)
{
    using namespace SqlValues;
    return Attendance{text(q, "session_id"), text(q, "service_user_id"), flag(q, "attended").value_or(false),
                      text(q, "x_discussed"), integer(q, "x_minutes")};
}

ServiceUser toPerson(const SqlRow& q)
{
    using namespace SqlValues;
    ServiceUser p;
    p.id = text(q, "id");
    p.givenName = text(q, "given_name");
    p.familyName = text(q, "family_name");
    p.preferredName = text(q, "preferred_name");
    p.dateOfBirth = date(q, "date_of_birth");
    return p;
}

} // namespace

Result<QVector<SessionSummary>> SessionRepository::between(const QString& contractId, const QDateTime& from,
                                                           const QDateTime& to) const
{
    return fetch<SessionSummary>(
        QStringLiteral("SELECT s.*, (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.deleted = 0 "
                       "AND a.attended = 1) AS attended_count FROM sessions s WHERE s.deleted = 0 AND "
                       "(COALESCE(?, '') = '' OR s.contract_id = ?) AND s.starts_at >= ? AND s.starts_at < ? "
                       "ORDER BY s.starts_at, s.id"),
        {contractId, contractId, LocalTime::isoDateTimeUtc(from), LocalTime::isoDateTimeUtc(to)}, [](const SqlRow& q) {
            return SessionSummary{toSession(q), SqlValues::integer(q, "attended_count").value_or(0)};
        });
}

Result<std::optional<GroupSession>> SessionRepository::find(const QString& id) const
{
    return fetchOne<GroupSession>(QStringLiteral("SELECT * FROM sessions WHERE deleted = 0 AND id = ?"), {id}, toSession);
}

Result<QVector<Attendance>> SessionRepository::attendance(const QString& sessionId) const
{
    return fetch<Attendance>(
        QStringLiteral("SELECT * FROM attendance WHERE deleted = 0 AND session_id = ? ORDER BY updated_at, id"),
        {sessionId}, toAttendance);
}

Result<QVector<RegisterLine>> SessionRepository::registerFor(const GroupSession& session) const
{
    const QString day = LocalTime::isoDate(LocalTime::londonDate(session.startsAt));
    Result<QVector<ServiceUser>> people = fetch<ServiceUser>(
        QStringLiteral("SELECT DISTINCT u.* FROM service_users u WHERE u.deleted = 0 AND (u.id IN ("
                       "  SELECT p.service_user_id FROM support_periods p WHERE p.deleted = 0 AND p.contract_id = ? "
                       "  AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)) "
                       "OR u.id IN (SELECT a.service_user_id FROM attendance a WHERE a.deleted = 0 AND a.session_id = ?))"),
        {session.contractId, day, day, session.id}, toPerson);
    if (!people)
        return people.error();
    Result<QVector<Attendance>> lines = attendance(session.id);
    if (!lines)
        return lines.error();
    QVector<RegisterLine> out;
    for (const ServiceUser& p : people.value()) {
        RegisterLine line{p, std::nullopt};
        for (const Attendance& a : lines.value())
            if (a.serviceUserId == p.id)
                line.attendance = a;
        out << line;
    }
    std::sort(out.begin(), out.end(), [](const RegisterLine& a, const RegisterLine& b) {
        const QString an = a.person.displayName() + QLatin1Char(' ') + a.person.familyName;
        const QString bn = b.person.displayName() + QLatin1Char(' ') + b.person.familyName;
        const int c = QString::localeAwareCompare(an, bn);
        return c != 0 ? c < 0 : a.person.id < b.person.id;
    });
    return out;
}

Result<QVector<QPair<GroupSession, Attendance>>> SessionRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<QPair<GroupSession, Attendance>>(
        QStringLiteral("SELECT s.*, a.session_id, a.service_user_id, a.attended, a.x_discussed, a.x_minutes "
                       "FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.deleted = 0 AND "
                       "s.deleted = 0 AND a.service_user_id = ? ORDER BY s.starts_at DESC"),
        {serviceUserId}, [](const SqlRow& q) { return qMakePair(toSession(q), toAttendance(q)); });
}

Result<QVector<GroupSession>> SessionRepository::startingBetween(const QString& contractId, const QDateTime& fromUtc,
                                                                 const QDateTime& toUtc) const
{
    return fetch<GroupSession>(QStringLiteral("SELECT * FROM sessions WHERE deleted = 0 AND contract_id = ? AND "
                                              "starts_at >= ? AND starts_at < ? ORDER BY starts_at, id"),
                               {contractId, LocalTime::isoDateTimeUtc(fromUtc), LocalTime::isoDateTimeUtc(toUtc)},
                               toSession);
}

Result<QVector<Attendance>> SessionRepository::attendanceBetween(const QString& contractId, const QDateTime& fromUtc,
                                                                 const QDateTime& toUtc) const
{
    return fetch<Attendance>(
        QStringLiteral("SELECT a.* FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.deleted = 0 AND "
                       "s.deleted = 0 AND s.contract_id = ? AND s.starts_at >= ? AND s.starts_at < ? AND %1 "
                       "ORDER BY a.session_id, a.service_user_id")
            .arg(LiveServiceUser.arg(QStringLiteral("a.service_user_id"))),
        {contractId, LocalTime::isoDateTimeUtc(fromUtc), LocalTime::isoDateTimeUtc(toUtc)}, toAttendance);
}

Result<QVector<Attendance>> SessionRepository::attendanceAt(QStringList sessionIds) const
{
    sessionIds.sort();
    sessionIds.removeDuplicates();
    QVector<Attendance> out;
    if (Status read = forEachRowIn(QStringLiteral("SELECT a.* FROM attendance a WHERE a.session_id IN (%1) AND "
                                                  "a.deleted = 0 AND ") +
                                       LiveServiceUser.arg(QStringLiteral("a.service_user_id")) +
                                       QStringLiteral(" ORDER BY a.session_id, a.service_user_id"),
                                   sessionIds, {}, [&out](const SqlRow& q) { out << toAttendance(q); });
        !read)
        return read.error();
    return out;
}

} // namespace waymark
