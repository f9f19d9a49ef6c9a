#include "core/storage/HospitalStayRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

HospitalStay toStay(const QSqlQuery& q)
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
    return fetch<HospitalStay>(
        QStringLiteral("SELECT * FROM hospital_stays WHERE deleted = 0 AND admitted_on <= ? AND "
                       "(discharged_on IS NULL OR discharged_on >= ?) AND service_user_id IN (SELECT service_user_id "
                       "FROM support_periods WHERE deleted = 0 AND contract_id = ? AND start_date <= ? AND "
                       "(end_date IS NULL OR end_date >= ?)) AND %1 ORDER BY admitted_on, id")
            .arg(LiveServiceUser.arg(QStringLiteral("service_user_id"))),
        {LocalTime::isoDate(to), LocalTime::isoDate(from), contractId, LocalTime::isoDate(to), LocalTime::isoDate(from)},
        toStay);
}

} // namespace waymark
