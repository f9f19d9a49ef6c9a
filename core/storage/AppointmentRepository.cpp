#include "core/storage/AppointmentRepository.h"

#include "core/storage/SqlValues.h"

#include <QSet>

namespace waymark {

namespace {

Appointment toAppointment(const SqlRow& q)
{
    using namespace SqlValues;
    Appointment a;
    a.id = text(q, "id");
    a.supportPeriodId = text(q, "support_period_id");
    a.staffId = text(q, "staff_id");
    a.startsAt = dateTime(q, "starts_at");
    a.durationMinutes = integer(q, "duration_minutes").value_or(0);
    a.kind = text(q, "kind");
    a.status = text(q, "status");
    a.overCapReason = text(q, "over_cap_reason");
    return a;
}

} // namespace

Result<QVector<Appointment>>
AppointmentRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<Appointment>(
        QStringLiteral("SELECT a.* FROM appointments a JOIN support_periods p "
                       "ON p.id = a.support_period_id WHERE a.deleted = 0 AND p.deleted = 0 "
                       "AND p.service_user_id = ? ORDER BY a.starts_at DESC, a.id"),
        {serviceUserId}, toAppointment);
}

Result<QVector<Appointment>>
AppointmentRepository::forSupportPeriod(const QString& supportPeriodId) const
{
    return fetch<Appointment>(QStringLiteral("SELECT * FROM appointments WHERE deleted = 0 AND "
                                             "support_period_id = ? ORDER BY starts_at, id"),
                              {supportPeriodId}, toAppointment);
}

Result<std::optional<Appointment>> AppointmentRepository::find(const QString& id) const
{
    return fetchOne<Appointment>(
        QStringLiteral("SELECT * FROM appointments WHERE deleted = 0 AND id = ?"), {id}, toAppointment);
}

Result<QVector<DiaryEntry>> AppointmentRepository::diary(const QString& staffId, const QDateTime& from,
                                                         const QDateTime& to) const
{
    // ISO UTC text sorts as time does, so the range is a plain text comparison on the index.
    QString sql = QStringLiteral(
        "SELECT a.*, p.service_user_id AS person_id, s.given_name, s.family_name, s.preferred_name, "
        "c.id AS contract_key, c.name AS contract_name FROM appointments a "
        "JOIN support_periods p ON p.id = a.support_period_id "
        "JOIN service_users s ON s.id = p.service_user_id "
        "JOIN contracts c ON c.id = p.contract_id "
        "WHERE a.deleted = 0 AND p.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ?");
    QVariantList binds{LocalTime::isoDateTimeUtc(from), LocalTime::isoDateTimeUtc(to)};
    if (!staffId.isEmpty()) {
        sql += QStringLiteral(" AND a.staff_id = ?");
        binds << staffId;
    }
    sql += QStringLiteral(" ORDER BY a.starts_at, a.id");
    return fetch<DiaryEntry>(sql, binds, [](const SqlRow& q) {
        using namespace SqlValues;
        DiaryEntry e;
        e.appointment = toAppointment(q);
        e.serviceUserId = text(q, "person_id");
        e.givenName = text(q, "given_name");
        e.familyName = text(q, "family_name");
        e.preferredName = text(q, "preferred_name");
        e.contractId = text(q, "contract_key");
        e.contractName = text(q, "contract_name");
        return e;
    });
}

Result<QVector<Appointment>> AppointmentRepository::all(const QString& keyWorkerId) const
{
    return fetch<Appointment>(
        QStringLiteral("SELECT a.* FROM appointments a JOIN support_periods p ON p.id = "
                       "a.support_period_id WHERE a.deleted = 0 AND p.deleted = 0 ")
            + (keyWorkerId.isEmpty() ? QString() : QStringLiteral("AND p.key_worker_id = ? "))
            + QStringLiteral("ORDER BY a.starts_at, a.id"),
        keyWorkerId.isEmpty() ? QVariantList() : QVariantList{keyWorkerId}, toAppointment);
}

Result<QVector<Appointment>> AppointmentRepository::forToday(const QString& keyWorkerId, const QDate& openOn,
                                                            const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    // Two searches, not one with an OR (which SQLite answers by reading every appointment of
    // every open period): each period's missed appointments through appointments_missed, and
    // the others of the week through appointments_period_start.
    QVariantList binds;
    const QString scope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, binds);
    QVariantList weekBinds;
    const QString weekScope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, weekBinds);
    binds += weekBinds;
    binds << LocalTime::isoDateTimeUtc(fromUtc) << LocalTime::isoDateTimeUtc(toUtc);
    return fetch<Appointment>(QStringLiteral("SELECT a.* FROM support_periods p CROSS JOIN appointments a "
                                             "WHERE a.support_period_id = p.id AND a.status = 'dna' AND a.deleted = 0 "
                                             "AND p.deleted = 0%1 "
                                             "UNION ALL "
                                             "SELECT a.* FROM support_periods p CROSS JOIN appointments a "
                                             "WHERE a.support_period_id = p.id AND a.deleted = 0 AND p.deleted = 0%2 "
                                             "AND a.starts_at >= ? AND a.starts_at < ? AND a.status <> 'dna' "
                                             "ORDER BY starts_at, id")
                                  .arg(scope, weekScope),
                              binds, toAppointment);
}

Result<QVector<QPair<Appointment, QString>>>
AppointmentRepository::attendedForContract(const QString& contractId, const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const QHash<QString, QString>& knownPeriods) const
{
    // Every contract's attended appointments starting in the period, from appointments_attended
    // alone (it holds all a return counts of each). Whose period each is comes after: looking
    // each appointment's period up as it was read (a join) was four fifths of this read's time
    // at a large provider's size, and a return knows most of its periods already. The others
    // (another contract's, mostly) are each looked up once, not once for every appointment.
    QVector<Appointment> attended;
    if (Status read = forEachRow(
            QStringLiteral("SELECT id, support_period_id, starts_at, duration_minutes, status FROM appointments "
                           "WHERE status = 'attended' AND deleted = 0 AND starts_at >= ? AND starts_at < ? "
                           "ORDER BY starts_at, id"),
            {LocalTime::isoDateTimeUtc(fromUtc), LocalTime::isoDateTimeUtc(toUtc)},
            [&attended](const SqlRow& q) {
                using namespace SqlValues;
                Appointment a;
                a.id = text(q, "id");
                a.supportPeriodId = text(q, "support_period_id");
                a.startsAt = dateTime(q, "starts_at");
                a.durationMinutes = integer(q, "duration_minutes").value_or(0);
                a.status = text(q, "status");
                attended << std::move(a);
            });
        !read)
        return read.error();
    // The other periods, of the contract or not: the contract's live ones with their person.
    // The contract is compared as an expression, so that each period is looked up by its id,
    // not found among every period of the contract's years.
    QHash<QString, QString> people = knownPeriods;
    QSet<QString> unknown;
    for (const Appointment& a : std::as_const(attended))
        if (!people.contains(a.supportPeriodId))
            unknown.insert(a.supportPeriodId);
    QStringList lookUp(unknown.begin(), unknown.end());
    lookUp.sort();
    if (Status read =
            forEachRowIn(QStringLiteral("SELECT p.id, p.service_user_id FROM support_periods p WHERE p.id IN (%1) AND "
                                        "p.deleted = 0 AND p.contract_id || '' = ? AND %2")
                             .arg(QStringLiteral("%1"), LiveServiceUser.arg(QStringLiteral("p.service_user_id"))),
                         lookUp, {contractId},
                         [&people](const SqlRow& q) {
                             people.insert(SqlValues::text(q, "id"), SqlValues::text(q, "service_user_id"));
                         });
        !read)
        return read.error();
    QVector<QPair<Appointment, QString>> out;
    out.reserve(attended.size());
    for (Appointment& a : attended) {
        const auto person = people.constFind(a.supportPeriodId);
        if (person != people.constEnd())
            out.append({std::move(a), person.value()});
    }
    return out;
}

} // namespace waymark
