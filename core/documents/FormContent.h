#pragma once

#include "core/documents/PrintedForm.h"
#include "core/domain/Appointment.h"
#include "core/domain/ComplaintsProcedure.h"
#include "core/domain/Contract.h"
#include "core/domain/Goal.h"
#include "core/domain/PlanReview.h"
#include "core/domain/Referral.h"
#include "core/domain/RiskAssessment.h"
#include "core/domain/ServiceUser.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/SupportPlan.h"
#include "core/reports/DistanceTravelled.h"
#include "core/reports/ReturnTable.h"

#include <QHash>
#include <QVector>

namespace waymark {

// What every form says about whom and for which contract.
struct FormContext {
    QString organisation;
    Contract contract;
    ServiceUser person;
    SupportPeriod period; // may be empty (a referral not accepted)
    QString keyWorker;    // the key worker's name
    QDate today;          // London
    // The names of the contract's star areas by key, so that a goal's area reads as words.
    QHash<QString, QString> starAreaNames;
};

// The printed forms of T 5.1 and C 6.5 as content: pure functions over domain values, tested by
// their text. Painting them on pages is the ui's job.
namespace FormContent {

// The plan with its needs, SMART goals and reviews, and lines for the person's and the worker's
// signatures.
PrintedForm supportPlan(const FormContext& context, const SupportPlan& plan, const QVector<Goal>& goals,
                        const QVector<PlanReview>& reviews);
// The risks to the person, to others and to staff, each with its level and how it is managed.
PrintedForm riskAssessment(const FormContext& context, const RiskAssessment& assessment);
// A referral as received and decided, with the person's contact and health details.
PrintedForm referralSummary(const FormContext& context, const Referral& referral);
// A person's Outcome Star over one support period: the radar of the first and latest assessment,
// the distance travelled per area, the scores by date and what was noted at the latest.
// `assessments` earliest first, made with `star`.
PrintedForm starReport(const FormContext& context, const StarTemplate& star, const QVector<StarAssessment>& assessments);

// A caseload's distance travelled for a contract and period (and one key worker, if named): the
// mean first and latest stars, and per area the periods counted and the means (spec/kpi.md).
PrintedForm caseloadStarReport(const QString& organisation, const Contract& contract, const StarTemplate& star,
                               const DistanceTravelled::CaseloadDistance& distance, const std::optional<QDate>& from,
                               const QDate& to, const QString& keyWorker, const QDate& today);

// Where the painter puts the width of a chart, in the page's own pixels.
inline constexpr const char* ChartWidth = "{chart-width}";

// A letter to the person about one appointment, addressed to them by their preferred name.
PrintedForm appointmentLetter(const FormContext& context, const Appointment& appointment, const QString& withWhom);

// How to complain, for a person at the start of their support (Camden specification 12): to the
// service, how soon it answers, and directly to the council that pays for it.
PrintedForm complaintsProcedure(const FormContext& context, const ComplaintsProcedure& procedure);

// A return to the council as it expects it on paper: provider, contract, period, the figures
// (targets met or not in words as well as colour), footnotes with the definitions, date produced.
PrintedForm returnForm(const ReturnTable& table, const Contract& contract, const QString& period);

} // namespace FormContent
} // namespace waymark
