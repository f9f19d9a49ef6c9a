#include "core/storage/ConcernRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

Complaint toComplaint(const SqlRow& q)
{
    using namespace SqlValues;
    Complaint c;
    c.id = text(q, "id");
    c.serviceUserId = text(q, "service_user_id");
    c.receivedOn = date(q, "received_on");
    c.complainant = text(q, "x_complainant");
    c.summary = text(q, "summary");
    c.serious = flag(q, "serious");
    c.sentToCommissionerOn = date(q, "x_sent_to_commissioner_on");
    c.outcome = text(q, "outcome");
    c.closedOn = date(q, "closed_on");
    return c;
}

Incident toIncident(const SqlRow& q)
{
    using namespace SqlValues;
    return Incident{text(q, "id"),   text(q, "service_user_id"), date(q, "occurred_on"),
                    text(q, "kind"), text(q, "summary"),         date(q, "reported_to_commissioner_on")};
}

} // namespace

Result<QVector<Complaint>> ConcernRepository::complaintsForServiceUser(const QString& serviceUserId) const
{
    return fetch<Complaint>(QStringLiteral("SELECT * FROM complaints WHERE deleted = 0 AND service_user_id = ? "
                                           "ORDER BY received_on DESC, id"),
                            {serviceUserId}, toComplaint);
}

Result<std::optional<Complaint>> ConcernRepository::findComplaint(const QString& id) const
{
    return fetchOne<Complaint>(
        QStringLiteral("SELECT * FROM complaints WHERE deleted = 0 AND id = ?"), {id}, toComplaint);
}

Result<QVector<Complaint>> ConcernRepository::seriousComplaintsNotSent() const
{
    return fetch<Complaint>(QStringLiteral("SELECT * FROM complaints WHERE deleted = 0 AND serious = 1 AND "
                                           "x_sent_to_commissioner_on IS NULL ORDER BY received_on, id"),
                            {}, toComplaint);
}

Result<QVector<Incident>> ConcernRepository::incidentsForServiceUser(const QString& serviceUserId) const
{
    return fetch<Incident>(QStringLiteral("SELECT * FROM incidents WHERE deleted = 0 AND service_user_id = ? "
                                          "ORDER BY occurred_on DESC, id"),
                           {serviceUserId}, toIncident);
}

} // namespace waymark
