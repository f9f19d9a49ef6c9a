#pragma once

#include "core/domain/Complaint.h"
#include "core/domain/FieldProblem.h"
#include "core/domain/HospitalStay.h"
#include "core/domain/Incident.h"
#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// Recording what happens to a person besides their support: hospital stays (T Appendix 1
// KPI 4), complaints (C 12) and incidents, each checked before it is stored.
class ConcernService {
public:
    explicit ConcernService(ServiceContext context);

    Result<QString> saveHospitalStay(HospitalStay stay);
    Result<QString> saveComplaint(Complaint complaint);
    // Records that a serious complaint went to the commissioner's authorised officer on `on`.
    Status markSentToCommissioner(const QString& complaintId, const QDate& on);
    Result<QString> saveIncident(Incident incident);

    const FieldProblems& problems() const { return m_problems; }

private:
    Result<QString> write(const QString& list, QString id, const QVariantMap& values,
                          const QString& serviceUserId);

    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
