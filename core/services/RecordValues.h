#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/CaseNote.h"
#include "core/domain/Complaint.h"
#include "core/domain/Goal.h"
#include "core/domain/GroupSession.h"
#include "core/domain/HospitalStay.h"
#include "core/domain/Incident.h"
#include "core/domain/OutcomeRecord.h"
#include "core/domain/PlanReview.h"
#include "core/domain/Referral.h"
#include "core/domain/RiskAssessment.h"
#include "core/domain/ServiceUser.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/SupportPlan.h"
#include "core/domain/WithdrawalReview.h"

#include <QVariantMap>
#include <QVector>

namespace waymark {

// Domain values as the columns they are stored in (the interchange keys), in the forms the
// database holds: ISO dates, UTC date-times with a Z, booleans as 0/1, null for not recorded.
namespace RecordValues {

QVariantMap of(const ServiceUser& person);
QVariantMap of(const Referral& referral);
QVariantMap of(const SupportPeriod& period);
QVariantMap of(const Appointment& appointment);
QVariantMap of(const WithdrawalReview& review);
QVariantMap of(const CaseNote& note);
QVariantMap of(const OutcomeRecord& outcome);
QVariantMap of(const HospitalStay& stay);
QVariantMap of(const Complaint& complaint);
QVariantMap of(const Incident& incident);
QVariantMap of(const SupportPlan& plan);
QVariantMap of(const Goal& goal);
// A goal's tasks as the rows of goal_tasks, with the ids an import of the goal would give them.
QVector<QVariantMap> taskRows(const Goal& goal);
QVariantMap of(const PlanReview& review);
// The assessment without its risks; each risk with the id of its assessment.
QVariantMap of(const RiskAssessment& assessment);
QVariantMap of(const Risk& risk, const QString& riskAssessmentId);
QVariantMap of(const GroupSession& session);
QVariantMap of(const Attendance& line);

} // namespace RecordValues

} // namespace waymark
