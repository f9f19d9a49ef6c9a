#include "core/services/RecordValues.h"

#include "core/domain/LocalTime.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/interchange/RecordConversion.h"

namespace waymark::RecordValues {

namespace {

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(LocalTime::isoDate(value)) : QVariant();
}

QVariant moment(const QDateTime& value)
{
    return value.isValid() ? QVariant(LocalTime::isoDateTimeUtc(value)) : QVariant();
}

QVariant flag(const std::optional<bool>& value)
{
    return value ? QVariant(qlonglong(*value ? 1 : 0)) : QVariant();
}

} // namespace

QVariantMap of(const ServiceUser& p)
{
    return {
        {QStringLiteral("given_name"), text(p.givenName)},
        {QStringLiteral("family_name"), text(p.familyName)},
        {QStringLiteral("preferred_name"), text(p.preferredName)},
        {QStringLiteral("date_of_birth"), date(p.dateOfBirth)},
        {QStringLiteral("gender"), text(p.gender)},
        {QStringLiteral("ethnicity"), text(p.ethnicity)},
        {QStringLiteral("religion"), text(p.religion)},
        {QStringLiteral("sexual_orientation"), text(p.sexualOrientation)},
        {QStringLiteral("disability"), text(p.disability)},
        {QStringLiteral("first_language"), text(p.firstLanguage)},
        {QStringLiteral("interpreter_needed"), flag(p.interpreterNeeded)},
        {QStringLiteral("address"), text(p.address)},
        {QStringLiteral("postcode"), text(p.postcode)},
        {QStringLiteral("phone"), text(p.phone)},
        {QStringLiteral("nhs_number"), text(p.nhsNumber)},
        {QStringLiteral("gp_registered"), text(p.gpRegistered)},
        {QStringLiteral("gp_practice"), text(p.gpPractice)},
        {QStringLiteral("cpa"), text(p.cpa)},
        {QStringLiteral("tenure"), text(p.tenure)},
    };
}

QVariantMap of(const Referral& r)
{
    return {
        {QStringLiteral("service_user_id"), text(r.serviceUserId)},
        {QStringLiteral("contract_id"), text(r.contractId)},
        {QStringLiteral("received_at"), moment(r.receivedAt)},
        {QStringLiteral("source"), text(r.source)},
        {QStringLiteral("referrer"), text(r.referrer)},
        {QStringLiteral("consent"), flag(r.consent)},
        {QStringLiteral("first_contact_at"), moment(r.firstContactAt)},
        {QStringLiteral("decision"), text(r.decision)},
        {QStringLiteral("decision_reason"), text(r.decisionReason)},
        {QStringLiteral("decided_on"), date(r.decidedOn)},
        {QStringLiteral("x_lives_in_area"), flag(r.livesInArea)},
        {QStringLiteral("x_willing_to_engage"), flag(r.willingToEngage)},
    };
}

QVariantMap of(const SupportPeriod& p)
{
    return {
        {QStringLiteral("service_user_id"), text(p.serviceUserId)},
        {QStringLiteral("contract_id"), text(p.contractId)},
        {QStringLiteral("referral_id"), text(p.referralId)},
        {QStringLiteral("key_worker_id"), text(p.keyWorkerId)},
        {QStringLiteral("start_date"), date(p.startDate)},
        {QStringLiteral("end_date"), date(p.endDate)},
        {QStringLiteral("end_reason"), text(p.endReason)},
        {QStringLiteral("planned_departure"), flag(p.plannedDeparture)},
        {QStringLiteral("accommodation_based"), flag(p.accommodationBased)},
        {QStringLiteral("exit_accommodation"), text(p.exitAccommodation)},
        {QStringLiteral("onward_referral"), text(p.onwardReferral)},
        {QStringLiteral("extension_until"), date(p.extensionUntil)},
        {QStringLiteral("extension_agreed_with"), text(p.extensionAgreedWith)},
        {QStringLiteral("extension_reason"), text(p.extensionReason)},
    };
}

QVariantMap of(const Appointment& a)
{
    return {
        {QStringLiteral("support_period_id"), text(a.supportPeriodId)},
        {QStringLiteral("staff_id"), text(a.staffId)},
        {QStringLiteral("starts_at"), moment(a.startsAt)},
        {QStringLiteral("duration_minutes"), qlonglong(a.durationMinutes)},
        {QStringLiteral("kind"), text(a.kind)},
        {QStringLiteral("status"), text(a.status)},
        {QStringLiteral("over_cap_reason"), text(a.overCapReason)},
    };
}

QVariantMap of(const WithdrawalReview& w)
{
    return {
        {QStringLiteral("support_period_id"), text(w.supportPeriodId)},
        {QStringLiteral("held_on"), date(w.heldOn)},
        {QStringLiteral("decision"), text(w.decision)},
        {QStringLiteral("decided_by"), text(w.decidedBy)},
        {QStringLiteral("reason"), text(w.reason)},
    };
}

QVariantMap of(const CaseNote& n)
{
    return {
        {QStringLiteral("support_period_id"), text(n.supportPeriodId)},
        {QStringLiteral("written_at"), moment(n.writtenAt)},
        {QStringLiteral("author_id"), text(n.authorId)},
        {QStringLiteral("text"), text(n.text)},
        {QStringLiteral("x_corrects_note_id"), text(n.correctsNoteId)},
    };
}

QVariantMap of(const OutcomeRecord& o)
{
    return {
        {QStringLiteral("support_period_id"), text(o.supportPeriodId)},
        {QStringLiteral("code"), text(o.code)},
        {QStringLiteral("need_identified"), flag(o.needIdentified)},
        {QStringLiteral("achieved"), flag(o.achieved)},
    };
}

QVariantMap of(const HospitalStay& h)
{
    return {
        {QStringLiteral("service_user_id"), text(h.serviceUserId)},
        {QStringLiteral("admitted_on"), date(h.admittedOn)},
        {QStringLiteral("discharged_on"), date(h.dischargedOn)},
        {QStringLiteral("kind"), text(h.kind)},
        {QStringLiteral("planned"), flag(h.planned)},
    };
}

QVariantMap of(const Complaint& c)
{
    return {
        {QStringLiteral("service_user_id"), text(c.serviceUserId)},
        {QStringLiteral("received_on"), date(c.receivedOn)},
        {QStringLiteral("x_complainant"), text(c.complainant)},
        {QStringLiteral("summary"), text(c.summary)},
        {QStringLiteral("serious"), flag(c.serious)},
        {QStringLiteral("x_sent_to_commissioner_on"), date(c.sentToCommissionerOn)},
        {QStringLiteral("outcome"), text(c.outcome)},
        {QStringLiteral("closed_on"), date(c.closedOn)},
    };
}

QVariantMap of(const Incident& i)
{
    return {
        {QStringLiteral("service_user_id"), text(i.serviceUserId)},
        {QStringLiteral("occurred_on"), date(i.occurredOn)},
        {QStringLiteral("kind"), text(i.kind)},
        {QStringLiteral("summary"), text(i.summary)},
        {QStringLiteral("reported_to_commissioner_on"), date(i.reportedToCommissionerOn)},
    };
}

QVariantMap of(const SupportPlan& p)
{
    QVariantMap values{
        {QStringLiteral("support_period_id"), text(p.supportPeriodId)},
        {QStringLiteral("agreed_on"), date(p.agreedOn)},
        {QStringLiteral("next_review_on"), date(p.nextReviewOn)},
    };
    for (const QString& need : InterchangeSchema::needKeys())
        values.insert(QStringLiteral("need_") + need, text(p.needs.value(need)));
    return values;
}

QVariantMap of(const Goal& g)
{
    return {
        {QStringLiteral("support_plan_id"), text(g.supportPlanId)},
        {QStringLiteral("what"), text(g.what)},
        {QStringLiteral("measure"), text(g.measure)},
        {QStringLiteral("who"), text(g.who)},
        {QStringLiteral("target_date"), date(g.targetDate)},
        {QStringLiteral("outcome_code"), text(g.outcomeCode)},
        {QStringLiteral("star_area"), text(g.starArea)},
        {QStringLiteral("status"), text(g.status)},
    };
}

QVector<QVariantMap> taskRows(const Goal& g)
{
    QVector<QVariantMap> rows;
    for (qsizetype i = 0; i < g.tasks.size(); ++i)
        rows << QVariantMap{
            {QStringLiteral("id"),
             RecordConversion::derivedId(QStringLiteral("goals/%1/task/%2").arg(g.id).arg(i))},
            {QStringLiteral("position"), qlonglong(i)},
            {QStringLiteral("task"), g.tasks.at(i)},
        };
    return rows;
}

QVariantMap of(const PlanReview& r)
{
    return {
        {QStringLiteral("support_plan_id"), text(r.supportPlanId)},
        {QStringLiteral("held_on"), date(r.heldOn)},
        {QStringLiteral("attendees"), text(r.attendees)},
        {QStringLiteral("summary"), text(r.summary)},
        {QStringLiteral("next_review_on"), date(r.nextReviewOn)},
    };
}

QVariantMap of(const RiskAssessment& a)
{
    return {
        {QStringLiteral("support_period_id"), text(a.supportPeriodId)},
        {QStringLiteral("assessed_on"), date(a.assessedOn)},
        {QStringLiteral("assessed_by"), text(a.assessedBy)},
        {QStringLiteral("next_review_on"), date(a.nextReviewOn)},
    };
}

QVariantMap of(const Risk& r, const QString& riskAssessmentId)
{
    return {
        {QStringLiteral("risk_assessment_id"), text(riskAssessmentId)},
        {QStringLiteral("towards"), text(r.towards)},
        {QStringLiteral("level"), text(r.level)},
        {QStringLiteral("description"), text(r.description)},
        {QStringLiteral("management"), text(r.management)},
    };
}

QVariantMap of(const GroupSession& s)
{
    return {
        {QStringLiteral("contract_id"), text(s.contractId)},
        {QStringLiteral("kind"), text(s.kind)},
        {QStringLiteral("title"), text(s.title)},
        {QStringLiteral("starts_at"), moment(s.startsAt)},
        {QStringLiteral("duration_minutes"), qlonglong(s.durationMinutes)},
        {QStringLiteral("led_by"), text(s.ledBy)},
        {QStringLiteral("venue"), text(s.venue)},
    };
}

QVariantMap of(const Attendance& a)
{
    return {
        {QStringLiteral("session_id"), text(a.sessionId)},
        {QStringLiteral("service_user_id"), text(a.serviceUserId)},
        {QStringLiteral("attended"), flag(a.attended)},
        {QStringLiteral("x_discussed"), text(a.discussed)},
        {QStringLiteral("x_minutes"), a.minutes ? QVariant(qlonglong(*a.minutes)) : QVariant()},
    };
}

} // namespace waymark::RecordValues
