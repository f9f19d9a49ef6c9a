#include "core/storage/HospitalStayRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

Result<QVector<HospitalStay>>
HospitalStayRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<HospitalStay>(
        QStringLiteral("SELECT * FROM hospital_stays WHERE deleted = 0 AND service_user_id = ? "
                       "ORDER BY admitted_on DESC, id"),
        {serviceUserId}, [](const QSqlQuery& q) {
            using namespace SqlValues;
            return HospitalStay{text(q, "id"), text(q, "service_user_id"), date(q, "admitted_on"),
                                date(q, "discharged_on"), text(q, "kind"), flag(q, "planned")};
        });
}

} // namespace waymark
