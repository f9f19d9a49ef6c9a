#pragma once

#include "core/domain/CodeList.h"

#include <QStringList>

namespace waymark {

// Every reference code list of the interchange format, in one place. Import validates against
// these, export repeats them under `x_reference`, and the UI shows their labels.
namespace ReferenceCodes {

// Names of the lists, as used in `x_reference` and by the interchange schema.
inline constexpr const char* ReferralSource = "referral_source";
inline constexpr const char* ReferralDecision = "referral_decision";
inline constexpr const char* EndReason = "end_reason";
inline constexpr const char* Accommodation = "accommodation";
inline constexpr const char* Gender = "gender";
inline constexpr const char* Ethnicity = "ethnicity";
inline constexpr const char* Religion = "religion";
inline constexpr const char* SexualOrientation = "sexual_orientation";
inline constexpr const char* Disability = "disability";
inline constexpr const char* GpRegistered = "gp_registered";
inline constexpr const char* Cpa = "cpa";
inline constexpr const char* StaffRole = "staff_role";
inline constexpr const char* AppointmentKind = "appointment_kind";
inline constexpr const char* AppointmentStatus = "appointment_status";
inline constexpr const char* HospitalStayKind = "hospital_stay_kind";
inline constexpr const char* CompletedBy = "completed_by";
inline constexpr const char* OutcomeCode = "outcome_code";
inline constexpr const char* GoalStatus = "goal_status";
inline constexpr const char* SessionKind = "session_kind";
inline constexpr const char* LedBy = "led_by";
inline constexpr const char* WithdrawalDecision = "withdrawal_decision";
inline constexpr const char* IncidentKind = "incident_kind";
inline constexpr const char* KpiSet = "kpi_set";
inline constexpr const char* NeedArea = "need_area";
inline constexpr const char* RiskTowards = "risk_towards";
inline constexpr const char* RiskLevel = "risk_level";

// All list names, in a stable order.
QStringList listNames();
// The list of that name; an empty list for an unknown name.
const CodeList& list(const QString& name);

// The referral sources a contract offers (T 4.2.1 for floating support, C 6.4 for day services);
// every source code stays valid on any contract.
QStringList referralSourcesFor(const QString& kpiSet);

// Support tasks of the Thurrock specification's Appendix 2, offered when writing a goal.
QStringList supportTasks();

} // namespace ReferenceCodes
} // namespace waymark
