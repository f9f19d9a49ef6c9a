#include "core/storage/ReferralRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

Referral toReferral(const SqlRow& q)
{
    using namespace SqlValues;
    Referral r;
    r.id = text(q, "id");
    r.serviceUserId = text(q, "service_user_id");
    r.contractId = text(q, "contract_id");
    r.receivedAt = dateTime(q, "received_at");
    r.source = text(q, "source");
    r.referrer = text(q, "referrer");
    r.consent = flag(q, "consent");
    r.firstContactAt = dateTime(q, "first_contact_at");
    r.decision = text(q, "decision");
    r.decisionReason = text(q, "decision_reason");
    r.decidedOn = date(q, "decided_on");
    r.livesInArea = flag(q, "x_lives_in_area");
    r.willingToEngage = flag(q, "x_willing_to_engage");
    return r;
}

} // namespace

Result<QVector<Referral>> ReferralRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<Referral>(QStringLiteral("SELECT * FROM referrals WHERE deleted = 0 AND "
                                          "service_user_id = ? ORDER BY received_at DESC, id"),
                           {serviceUserId}, toReferral);
}

Result<QVector<Referral>> ReferralRepository::all() const
{
    return fetch<Referral>(
        QStringLiteral("SELECT * FROM referrals WHERE deleted = 0 ORDER BY received_at DESC, id"),
        {}, toReferral);
}

Result<QVector<Referral>> ReferralRepository::awaitingFirstContact() const
{
    return fetch<Referral>(QStringLiteral("SELECT * FROM referrals WHERE deleted = 0 AND first_contact_at IS NULL "
                                          "AND decision IN ('pending', 'accepted') ORDER BY received_at DESC, id"),
                           {}, toReferral);
}

Result<std::optional<Referral>> ReferralRepository::find(const QString& id) const
{
    return fetchOne<Referral>(
        QStringLiteral("SELECT * FROM referrals WHERE deleted = 0 AND id = ?"), {id}, toReferral);
}

Result<QVector<Referral>> ReferralRepository::receivedBetween(const QString& contractId, const QDateTime& fromUtc,
                                                             const QDateTime& toUtc) const
{
    return fetch<Referral>(QStringLiteral("SELECT * FROM referrals WHERE deleted = 0 AND contract_id = ? AND "
                                          "received_at >= ? AND received_at < ? AND %1 ORDER BY received_at, id")
                               .arg(LiveServiceUser.arg(QStringLiteral("service_user_id"))),
                           {contractId, LocalTime::isoDateTimeUtc(fromUtc), LocalTime::isoDateTimeUtc(toUtc)},
                           toReferral);
}

} // namespace waymark
