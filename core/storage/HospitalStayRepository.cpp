#include "core/storage/HospitalStayRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

HospitalStay toStay(const SqlRow& q)
{
    using namespace SqlValues;
    return HospitalStay{text(q, "id"), text(q, "service_user_id"), date(q, "admitted_on"), date(q, "discharged_on"),
                        text(q, "kind"), flag(q, "planned")};
}

} // namespace

Result<QVector<HospitalStay>>
HospitalStayRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<HospitalStay>(
        QStringLiteral("SELECT * FROM hospital_stays WHERE deleted = 0 AND service_user_id = ? "
                       "ORDER BY admitted_on DESC, id"),
        {serviceUserId}, toStay);
}

Result<QVector<HospitalStay>> HospitalStayRepository::forReturn(const QString& contractId, const QDate& from,
                                                               const QDate& to) const
{
    QVariantList binds{LocalTime::isoDate(to), LocalTime::isoDate(from)};
    const QString within = inPeriod(QStringLiteral("p"), contractId, from, to, binds);
    return fetch<HospitalStay>(
        QStringLiteral("SELECT * FROM hospital_stays WHERE deleted = 0 AND admitted_on <= ? AND "
                       "(discharged_on IS NULL OR discharged_on >= ?) AND service_user_id IN (SELECT p.service_user_id "
                       "FROM support_periods p WHERE p.deleted = 0 AND %1) AND %2 ORDER BY admitted_on, id")
            .arg(within, LiveServiceUser.arg(QStringLiteral("service_user_id"))),
        binds, toStay);
}

} // namespace waymark
