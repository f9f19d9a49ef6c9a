#pragma once

#include "core/domain/Complaint.h"
#include "core/domain/Contract.h"
#include "core/domain/HospitalStay.h"
#include "core/domain/Incident.h"
#include "core/domain/FieldProblem.h"
#include "core/domain/Goal.h"
#include "core/domain/GroupSession.h"
#include "core/domain/PlanReview.h"
#include "core/domain/Referral.h"
#include "core/domain/RiskAssessment.h"
#include "core/domain/ServiceUser.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/SupportPlan.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace waymark {

// What a form checks before anything is stored: errors for what cannot be right, warnings for
// what a worker should look at. Pure: every answer depends on the arguments alone.
namespace RecordChecks {

// A person's profile. `minimumAge` is the contract's, when the person is referred to one.
FieldProblems serviceUser(const ServiceUser& person, const QDate& today,
                          std::optional<int> minimumAge = std::nullopt);

// A referral as recorded (not its eligibility: see eligibility()).
FieldProblems referral(const Referral& referral, const QDateTime& now);

// The eligibility questions of the floating support specification (T 4.1), as warnings only:
// the worker decides. `livesInArea` and `willingToEngage` are the worker's answers, if asked.
FieldProblems eligibility(const ServiceUser& person, const Referral& referral,
                          const Contract& contract, std::optional<bool> livesInArea,
                          std::optional<bool> willingToEngage);

// The triage decision: accepting needs a key worker and a start date not before the referral;
// signposting names the service; declining gives a reason.
FieldProblems triage(const Referral& referral, const QString& decision, const QString& reason,
                     const QString& keyWorkerId, const QDate& startDate, const QDate& today);

// First contact: not before the referral arrived, and not in the future.
FieldProblems firstContact(const Referral& referral, const QDateTime& at, const QDateTime& now);

// An extension of the maximum duration (T 1.9-1.10): agreed with whom, why, until when (after
// the end currently due).
FieldProblems extension(const SupportPeriod& period, const Contract& contract, const QDate& until,
                        const QString& agreedWith, const QString& reason);

// Closing a support period: an end date within the period and not in the future, an end reason,
// whether it was planned, where the person went, and an onward referral when they are still
// vulnerable.
FieldProblems closure(const SupportPeriod& closed, bool stillVulnerable, const QDate& today);

// A hospital stay: admitted not in the future, discharged (if yet) not before admission.
FieldProblems hospitalStay(const HospitalStay& stay, const QDate& today);

// A complaint: received (not in the future), what it is about, whether it is serious; closed
// not before it was received; sent to the commissioner not before it was received.
FieldProblems complaint(const Complaint& complaint, const QDate& today);

// An incident: when, what kind, what happened.
FieldProblems incident(const Incident& incident, const QDate& today);

// The text a need area holds when the worker has considered it and found nothing (T 5.1.1).
inline const char* NoneIdentified = "None identified";

// A support plan and its goals as written (a draft may leave needs unrecorded): each goal SMART,
// with what, how it is measured, who does what and a target date not before the plan's period
// started; codes from their lists. Fields are named "goals[2].what", "needs.age".
FieldProblems supportPlan(const SupportPlan& plan, const QVector<Goal>& goals,
                          const SupportPeriod& period);

// Agreeing a plan with the person: every need area described or "None identified", at least one
// goal, a date not in the future and not before support started.
FieldProblems agreement(const SupportPlan& plan, const QVector<Goal>& goals, const SupportPeriod& period,
                        const QDate& on, const QDate& today);

// A plan review: when (not in the future), who took part, what was said, the next review after it.
FieldProblems planReview(const PlanReview& review, const QDate& today);

// An assessment of risk (T 5.1): dated (not in the future, not before support started), who made
// it, and every risk with whom it is towards, a level, what it is and the plan to manage it.
// Problems of a risk are reported as "risks[i].field".
// A group session (C 6.2): its contract, kind, start, a duration of 1 to 720 minutes, who led it.
FieldProblems groupSession(const GroupSession& session);

// A walk-in at a drop-in surgery: who came, what was discussed and for how long (1 to 720
// minutes).
FieldProblems walkIn(const Attendance& line);

FieldProblems riskAssessment(const RiskAssessment& assessment, const SupportPeriod& period, const QDate& today);

} // namespace RecordChecks

} // namespace waymark
