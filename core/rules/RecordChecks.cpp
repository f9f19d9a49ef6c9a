#include "core/rules/RecordChecks.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/IdentityChecks.h"
#include "core/rules/SupportDuration.h"

#include <QCoreApplication>

namespace waymark::RecordChecks {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("RecordChecks", text);
}

void error(FieldProblems& problems, const char* field, const QString& message)
{
    problems << FieldProblem{QString::fromLatin1(field), message, FieldProblem::Severity::Error};
}

void warning(FieldProblems& problems, const char* field, const QString& message)
{
    problems << FieldProblem{QString::fromLatin1(field), message, FieldProblem::Severity::Warning};
}

void code(FieldProblems& problems, const char* field, const char* list, const QString& value)
{
    if (!value.isEmpty() && !ReferenceCodes::list(QString::fromLatin1(list)).contains(value))
        error(problems, field, t(QT_TRANSLATE_NOOP("RecordChecks", "Choose one of the answers in the list.")));
}

// Homes the floating support specification does not serve: institutions (T 4.1).
bool isInstitution(const QString& tenure)
{
    static const QStringList institutions = {
        QStringLiteral("residential_care"),     QStringLiteral("nursing_home"),
        QStringLiteral("psychiatric_hospital"), QStringLiteral("general_hospital"),
        QStringLiteral("custody")};
    return institutions.contains(tenure);
}

} // namespace

FieldProblems serviceUser(const ServiceUser& p, const QDate& today, std::optional<int> minimumAge)
{
    FieldProblems problems;
    if (p.givenName.trimmed().isEmpty())
        error(problems, "given_name", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the person's given name.")));
    if (p.familyName.trimmed().isEmpty())
        error(problems, "family_name", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the person's family name.")));
    if (p.dateOfBirth.isValid()) {
        if (p.dateOfBirth > today)
            error(problems, "date_of_birth",
                  t(QT_TRANSLATE_NOOP("RecordChecks", "The date of birth is in the future.")));
        else if (LocalTime::ageOn(p.dateOfBirth, today) > 120)
            error(problems, "date_of_birth",
                  t(QT_TRANSLATE_NOOP("RecordChecks", "The date of birth makes the person over 120: check the year.")));
        else if (minimumAge && LocalTime::ageOn(p.dateOfBirth, today) < *minimumAge)
            warning(problems, "date_of_birth",
                    t(QT_TRANSLATE_NOOP("RecordChecks", "The person is under %1, the contract's minimum age."))
                        .arg(*minimumAge));
    }
    if (!p.nhsNumber.trimmed().isEmpty() && !IdentityChecks::isValidNhsNumber(p.nhsNumber))
        error(problems, "nhs_number",
              t(QT_TRANSLATE_NOOP("RecordChecks", "This is not a valid NHS number: it has ten digits and the last is a "
                                  "check digit. Check it against a letter from the GP or hospital.")));
    if (!p.postcode.trimmed().isEmpty() && !IdentityChecks::isValidUkPostcode(p.postcode))
        error(problems, "postcode",
              t(QT_TRANSLATE_NOOP("RecordChecks", "This is not a UK postcode (for example RM17 6SL or NW1 2DB).")));
    if (p.gpRegistered == QLatin1String("yes") && p.gpPractice.trimmed().isEmpty())
        warning(problems, "gp_practice", t(QT_TRANSLATE_NOOP("RecordChecks", "Which practice is the person registered with?")));
    if (p.gpRegistered == QLatin1String("no") && !p.gpPractice.trimmed().isEmpty())
        warning(problems, "gp_practice",
                t(QT_TRANSLATE_NOOP("RecordChecks", "A practice is named but the person is recorded as not registered.")));
    code(problems, "gender", ReferenceCodes::Gender, p.gender);
    code(problems, "ethnicity", ReferenceCodes::Ethnicity, p.ethnicity);
    code(problems, "religion", ReferenceCodes::Religion, p.religion);
    code(problems, "sexual_orientation", ReferenceCodes::SexualOrientation, p.sexualOrientation);
    code(problems, "disability", ReferenceCodes::Disability, p.disability);
    code(problems, "gp_registered", ReferenceCodes::GpRegistered, p.gpRegistered);
    code(problems, "cpa", ReferenceCodes::Cpa, p.cpa);
    code(problems, "tenure", ReferenceCodes::Accommodation, p.tenure);
    return problems;
}

FieldProblems referral(const Referral& r, const QDateTime& now)
{
    FieldProblems problems;
    if (r.serviceUserId.isEmpty())
        error(problems, "service_user_id", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose who the referral is for.")));
    if (r.contractId.isEmpty())
        error(problems, "contract_id", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose the service the person is referred to.")));
    if (!r.receivedAt.isValid())
        error(problems, "received_at", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter when the referral was received.")));
    else if (r.receivedAt > now)
        error(problems, "received_at", t(QT_TRANSLATE_NOOP("RecordChecks", "The referral cannot be received in the future.")));
    if (r.source.isEmpty())
        error(problems, "source", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose who made the referral.")));
    else
        code(problems, "source", ReferenceCodes::ReferralSource, r.source);
    if (r.firstContactAt.isValid() && r.receivedAt.isValid() && r.firstContactAt < r.receivedAt)
        error(problems, "first_contact_at",
              t(QT_TRANSLATE_NOOP("RecordChecks", "First contact cannot be before the referral was received.")));
    if (r.firstContactAt.isValid() && r.firstContactAt > now)
        error(problems, "first_contact_at", t(QT_TRANSLATE_NOOP("RecordChecks", "First contact cannot be in the future.")));
    return problems;
}

FieldProblems eligibility(const ServiceUser& person, const Referral& referral,
                          const Contract& contract, std::optional<bool> livesInArea,
                          std::optional<bool> willingToEngage)
{
    FieldProblems problems;
    const QDate on = referral.receivedAt.isValid() ? LocalTime::londonDate(referral.receivedAt)
                                                   : QDate();
    if (contract.minimumAge) {
        if (!person.dateOfBirth.isValid())
            warning(problems, "date_of_birth",
                    t(QT_TRANSLATE_NOOP("RecordChecks", "Date of birth not recorded: the service is for people aged %1 or over."))
                        .arg(*contract.minimumAge));
        else if (on.isValid() && LocalTime::ageOn(person.dateOfBirth, on) < *contract.minimumAge)
            warning(problems, "date_of_birth",
                    t(QT_TRANSLATE_NOOP("RecordChecks", "Under %1 on the date of the referral.")).arg(*contract.minimumAge));
    }
    if (livesInArea == false)
        warning(problems, "lives_in_area",
                t(QT_TRANSLATE_NOOP("RecordChecks", "Lives outside the borough and is not in temporary accommodation "
                                    "placed by it.")));
    if (referral.consent == false)
        warning(problems, "consent", t(QT_TRANSLATE_NOOP("RecordChecks", "The person has not consented to the referral.")));
    else if (!referral.consent)
        warning(problems, "consent", t(QT_TRANSLATE_NOOP("RecordChecks", "Consent to the referral is not recorded.")));
    if (willingToEngage == false)
        warning(problems, "willing_to_engage",
                t(QT_TRANSLATE_NOOP("RecordChecks", "Not willing to engage with support planning.")));
    if (isInstitution(person.tenure))
        warning(problems, "tenure",
                t(QT_TRANSLATE_NOOP("RecordChecks", "Lives in %1: the service supports people in their own home."))
                    .arg(ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::Accommodation))
                             .displayLabel(person.tenure)
                             .toLower()));
    return problems;
}

FieldProblems triage(const Referral& r, const QString& decision, const QString& reason,
                     const QString& keyWorkerId, const QDate& startDate, const QDate& today)
{
    FieldProblems problems;
    if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralDecision)).contains(decision))
        error(problems, "decision", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose a decision.")));
    if (decision == QLatin1String("accepted")) {
        if (keyWorkerId.isEmpty())
            error(problems, "key_worker_id", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose the key worker.")));
        if (!startDate.isValid())
            error(problems, "start_date", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the date support starts.")));
        else if (r.receivedAt.isValid() && startDate < LocalTime::londonDate(r.receivedAt))
            error(problems, "start_date",
                  t(QT_TRANSLATE_NOOP("RecordChecks", "Support cannot start before the referral was received.")));
        else if (startDate > today.addDays(365))
            error(problems, "start_date", t(QT_TRANSLATE_NOOP("RecordChecks", "The start is more than a year away.")));
    }
    if (decision == QLatin1String("signposted") && reason.trimmed().isEmpty())
        error(problems, "decision_reason",
              t(QT_TRANSLATE_NOOP("RecordChecks", "Name the service the person was signposted to.")));
    if (decision == QLatin1String("declined") && reason.trimmed().isEmpty())
        error(problems, "decision_reason", t(QT_TRANSLATE_NOOP("RecordChecks", "Give the reason for declining.")));
    return problems;
}

FieldProblems firstContact(const Referral& r, const QDateTime& at, const QDateTime& now)
{
    FieldProblems problems;
    if (!at.isValid())
        error(problems, "first_contact_at", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter when the person was first contacted.")));
    else if (r.receivedAt.isValid() && at < r.receivedAt)
        error(problems, "first_contact_at",
              t(QT_TRANSLATE_NOOP("RecordChecks", "First contact cannot be before the referral was received (%1)."))
                  .arg(LocalTime::formatDateTime(r.receivedAt)));
    else if (at > now)
        error(problems, "first_contact_at", t(QT_TRANSLATE_NOOP("RecordChecks", "First contact cannot be in the future.")));
    return problems;
}

FieldProblems extension(const SupportPeriod& period, const Contract& contract, const QDate& until,
                        const QString& agreedWith, const QString& reason)
{
    FieldProblems problems;
    if (!contract.maxDurationMonths)
        error(problems, "extension_until",
              t(QT_TRANSLATE_NOOP("RecordChecks", "This contract has no maximum length of support to extend.")));
    if (!until.isValid())
        error(problems, "extension_until", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the new end date.")));
    else if (contract.maxDurationMonths) {
        SupportPeriod unextended = period;
        unextended.extensionUntil = QDate();
        const QDate standard = SupportDuration::endDue(unextended, contract);
        if (until <= standard)
            error(problems, "extension_until",
                  t(QT_TRANSLATE_NOOP("RecordChecks", "The new end must be after %1, when support would end anyway."))
                      .arg(LocalTime::formatDate(standard)));
    }
    if (agreedWith.trimmed().isEmpty())
        error(problems, "extension_agreed_with",
              t(QT_TRANSLATE_NOOP("RecordChecks", "Name the care practitioner or team who agreed the extension.")));
    if (reason.trimmed().isEmpty())
        error(problems, "extension_reason", t(QT_TRANSLATE_NOOP("RecordChecks", "Give the reason for the extension.")));
    return problems;
}

FieldProblems closure(const SupportPeriod& p, bool stillVulnerable, const QDate& today)
{
    FieldProblems problems;
    if (!p.endDate.isValid())
        error(problems, "end_date", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the date support ended.")));
    else if (p.startDate.isValid() && p.endDate < p.startDate)
        error(problems, "end_date",
              t(QT_TRANSLATE_NOOP("RecordChecks", "Support cannot end before it started (%1)."))
                  .arg(LocalTime::formatDate(p.startDate)));
    else if (p.endDate > today)
        error(problems, "end_date", t(QT_TRANSLATE_NOOP("RecordChecks", "Support cannot be closed with a date in the future.")));
    if (p.endReason.isEmpty())
        error(problems, "end_reason", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose why support ended.")));
    else
        code(problems, "end_reason", ReferenceCodes::EndReason, p.endReason);
    if (!p.plannedDeparture)
        error(problems, "planned_departure", t(QT_TRANSLATE_NOOP("RecordChecks", "Say whether the departure was planned.")));
    if (p.exitAccommodation.isEmpty())
        error(problems, "exit_accommodation",
              t(QT_TRANSLATE_NOOP("RecordChecks", "Choose where the person lives now (\"Not known\" if you do not know).")));
    else
        code(problems, "exit_accommodation", ReferenceCodes::Accommodation, p.exitAccommodation);
    if (stillVulnerable && p.onwardReferral.trimmed().isEmpty())
        error(problems, "onward_referral",
              t(QT_TRANSLATE_NOOP("RecordChecks", "The person is still vulnerable: name the organisation they were "
                                  "referred on to.")));
    return problems;
}

FieldProblems hospitalStay(const HospitalStay& h, const QDate& today)
{
    FieldProblems problems;
    if (!h.admittedOn.isValid())
        error(problems, "admitted_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the date of admission.")));
    else if (h.admittedOn > today)
        error(problems, "admitted_on", t(QT_TRANSLATE_NOOP("RecordChecks", "The admission cannot be in the future.")));
    if (h.dischargedOn.isValid() && h.admittedOn.isValid() && h.dischargedOn < h.admittedOn)
        error(problems, "discharged_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Discharge cannot be before admission.")));
    else if (h.dischargedOn.isValid() && h.dischargedOn > today)
        error(problems, "discharged_on", t(QT_TRANSLATE_NOOP("RecordChecks", "The discharge cannot be in the future.")));
    if (h.kind.isEmpty())
        error(problems, "kind", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose mental or physical health.")));
    else
        code(problems, "kind", ReferenceCodes::HospitalStayKind, h.kind);
    return problems;
}

FieldProblems complaint(const Complaint& c, const QDate& today)
{
    FieldProblems problems;
    if (!c.receivedOn.isValid())
        error(problems, "received_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter when the complaint was received.")));
    else if (c.receivedOn > today)
        error(problems, "received_on", t(QT_TRANSLATE_NOOP("RecordChecks", "The complaint cannot be received in the future.")));
    if (c.summary.trimmed().isEmpty())
        error(problems, "summary", t(QT_TRANSLATE_NOOP("RecordChecks", "Say what the complaint is about.")));
    if (!c.serious)
        error(problems, "serious", t(QT_TRANSLATE_NOOP("RecordChecks", "Say whether the complaint is serious.")));
    if (c.sentToCommissionerOn.isValid() && c.receivedOn.isValid() && c.sentToCommissionerOn < c.receivedOn)
        error(problems, "sent_to_commissioner_on",
              t(QT_TRANSLATE_NOOP("RecordChecks", "It cannot be sent before it was received.")));
    if (c.closedOn.isValid() && c.receivedOn.isValid() && c.closedOn < c.receivedOn)
        error(problems, "closed_on", t(QT_TRANSLATE_NOOP("RecordChecks", "It cannot be closed before it was received.")));
    if (c.closedOn.isValid() && c.outcome.trimmed().isEmpty())
        error(problems, "outcome", t(QT_TRANSLATE_NOOP("RecordChecks", "Record the outcome before closing the complaint.")));
    if (c.awaitsSending())
        warning(problems, "sent_to_commissioner_on",
                t(QT_TRANSLATE_NOOP("RecordChecks", "A serious complaint must go to the commissioner's authorised officer at "
                                    "once (C 12). Record the date it was sent.")));
    return problems;
}

FieldProblems incident(const Incident& i, const QDate& today)
{
    FieldProblems problems;
    if (!i.occurredOn.isValid())
        error(problems, "occurred_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter when it happened.")));
    else if (i.occurredOn > today)
        error(problems, "occurred_on", t(QT_TRANSLATE_NOOP("RecordChecks", "It cannot have happened in the future.")));
    if (i.kind.isEmpty())
        error(problems, "kind", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose the kind of incident.")));
    else
        code(problems, "kind", ReferenceCodes::IncidentKind, i.kind);
    if (i.summary.trimmed().isEmpty())
        error(problems, "summary", t(QT_TRANSLATE_NOOP("RecordChecks", "Say what happened.")));
    if (i.reportedToCommissionerOn.isValid() && i.occurredOn.isValid() && i.reportedToCommissionerOn < i.occurredOn)
        error(problems, "reported_to_commissioner_on",
              t(QT_TRANSLATE_NOOP("RecordChecks", "It cannot be reported before it happened.")));
    return problems;
}

FieldProblems supportPlan(const SupportPlan& plan, const QVector<Goal>& goals, const SupportPeriod& period)
{
    FieldProblems problems;
    const CodeList& areas = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::NeedArea));
    for (auto it = plan.needs.constBegin(); it != plan.needs.constEnd(); ++it)
        if (!areas.contains(it.key()))
            problems << FieldProblem{QStringLiteral("needs.") + it.key(),
                                     t(QT_TRANSLATE_NOOP("RecordChecks", "Not an area of need of a support plan."))};
    const CodeList& outcomes = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::OutcomeCode));
    const CodeList& statuses = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::GoalStatus));
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const Goal& g = goals.at(i);
        const QString at = QStringLiteral("goals[%1].").arg(i);
        auto goalError = [&](const char* field, const char* message) {
            problems << FieldProblem{at + QString::fromLatin1(field), t(message)};
        };
        if (g.what.trimmed().isEmpty())
            goalError("what", QT_TRANSLATE_NOOP("RecordChecks", "Say specifically what the goal is."));
        if (g.measure.trimmed().isEmpty())
            goalError("measure", QT_TRANSLATE_NOOP("RecordChecks", "Say how progress will be measured."));
        if (g.who.trimmed().isEmpty())
            goalError("who", QT_TRANSLATE_NOOP("RecordChecks", "Say who does what."));
        if (!g.targetDate.isValid())
            goalError("target_date", QT_TRANSLATE_NOOP("RecordChecks", "Give a target date."));
        else if (period.startDate.isValid() && g.targetDate < period.startDate)
            goalError("target_date", QT_TRANSLATE_NOOP("RecordChecks", "The target date is before support started."));
        if (!g.outcomeCode.isEmpty() && !outcomes.contains(g.outcomeCode))
            goalError("outcome_code", QT_TRANSLATE_NOOP("RecordChecks", "Choose an Outcomes Framework code from the list."));
        if (!g.status.isEmpty() && !statuses.contains(g.status))
            goalError("status", QT_TRANSLATE_NOOP("RecordChecks", "Choose the goal's status from the list."));
    }
    return problems;
}

FieldProblems agreement(const SupportPlan& plan, const QVector<Goal>& goals, const SupportPeriod& period,
                        const QDate& on, const QDate& today)
{
    FieldProblems problems = supportPlan(plan, goals, period);
    for (const Code& area : ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::NeedArea)).codes())
        if (plan.needs.value(area.code).trimmed().isEmpty())
            problems << FieldProblem{QStringLiteral("needs.") + area.code,
                                     t(QT_TRANSLATE_NOOP("RecordChecks", "Describe the needs arising from %1, or mark "
                                                         "them \"None identified\"."))
                                         .arg(area.label.toLower())};
    if (goals.isEmpty())
        error(problems, "goals", t(QT_TRANSLATE_NOOP("RecordChecks", "A plan has at least one goal.")));
    if (!on.isValid() || on > today)
        error(problems, "agreed_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the date the person agreed the plan (today or earlier).")));
    else if (period.startDate.isValid() && on < period.startDate)
        error(problems, "agreed_on", t(QT_TRANSLATE_NOOP("RecordChecks", "The plan cannot be agreed before support started.")));
    return problems;
}

FieldProblems planReview(const PlanReview& r, const QDate& today)
{
    FieldProblems problems;
    if (!r.heldOn.isValid() || r.heldOn > today)
        error(problems, "held_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the date of the review (today or earlier).")));
    if (r.attendees.trimmed().isEmpty())
        error(problems, "attendees", t(QT_TRANSLATE_NOOP("RecordChecks", "Say who took part.")));
    if (r.summary.trimmed().isEmpty())
        error(problems, "summary", t(QT_TRANSLATE_NOOP("RecordChecks", "Say what the review found.")));
    if (r.nextReviewOn.isValid() && r.heldOn.isValid() && r.nextReviewOn <= r.heldOn)
        error(problems, "next_review_on", t(QT_TRANSLATE_NOOP("RecordChecks", "The next review comes after this one.")));
    return problems;
}

FieldProblems groupSession(const GroupSession& s)
{
    FieldProblems problems;
    if (s.contractId.isEmpty())
        error(problems, "contract_id", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose the contract the session is run for.")));
    if (s.kind.isEmpty())
        error(problems, "kind", t(QT_TRANSLATE_NOOP("RecordChecks", "Choose the kind of session.")));
    else
        code(problems, "kind", ReferenceCodes::SessionKind, s.kind);
    if (!s.startsAt.isValid())
        error(problems, "starts_at", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter when the session starts.")));
    if (s.durationMinutes < 1 || s.durationMinutes > 720)
        error(problems, "duration_minutes", t(QT_TRANSLATE_NOOP("RecordChecks", "A session lasts from 1 minute to 12 hours.")));
    code(problems, "led_by", ReferenceCodes::LedBy, s.ledBy);
    if (s.title.trimmed().isEmpty() && s.venue.trimmed().isEmpty())
        warning(problems, "title", t(QT_TRANSLATE_NOOP("RecordChecks", "Give the session a name or a venue so that people can tell it apart.")));
    return problems;
}

FieldProblems walkIn(const Attendance& line)
{
    FieldProblems problems;
    if (line.serviceUserId.isEmpty())
        error(problems, "service_user_id", t(QT_TRANSLATE_NOOP("RecordChecks", "Find the person, or enter a new person's name.")));
    if (line.discussed.trimmed().isEmpty())
        error(problems, "x_discussed", t(QT_TRANSLATE_NOOP("RecordChecks", "Say in a few words what was discussed.")));
    if (!line.minutes || *line.minutes < 1 || *line.minutes > 720)
        error(problems, "x_minutes", t(QT_TRANSLATE_NOOP("RecordChecks", "Say how long it took, in minutes (1 to 720).")));
    return problems;
}

FieldProblems riskAssessment(const RiskAssessment& a, const SupportPeriod& period, const QDate& today)
{
    FieldProblems problems;
    if (!a.assessedOn.isValid() || a.assessedOn > today)
        error(problems, "assessed_on", t(QT_TRANSLATE_NOOP("RecordChecks", "Enter the date of the assessment (today or earlier).")));
    else if (period.startDate.isValid() && a.assessedOn < period.startDate
             && period.startDate.daysTo(a.assessedOn) < -90)
        // The assessment comes first, often in the weeks before support starts; one from months
        // before is more likely a typing slip.
        warning(problems, "assessed_on", t(QT_TRANSLATE_NOOP("RecordChecks", "This is months before support started: check the date.")));
    if (a.assessedBy.trimmed().isEmpty())
        error(problems, "assessed_by", t(QT_TRANSLATE_NOOP("RecordChecks", "Say who made the assessment.")));
    if (a.nextReviewOn.isValid() && a.assessedOn.isValid() && a.nextReviewOn <= a.assessedOn)
        error(problems, "next_review_on", t(QT_TRANSLATE_NOOP("RecordChecks", "The next review comes after the assessment.")));
    for (qsizetype i = 0; i < a.risks.size(); ++i) {
        const Risk& r = a.risks.at(i);
        const QString at = QStringLiteral("risks[%1].").arg(i);
        auto riskError = [&](const char* field, const char* message) {
            problems << FieldProblem{at + QString::fromLatin1(field), t(message)};
        };
        if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::RiskTowards)).contains(r.towards))
            riskError("towards", QT_TRANSLATE_NOOP("RecordChecks", "Say whether the risk is to the person, to others or to staff."));
        if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::RiskLevel)).contains(r.level))
            riskError("level", QT_TRANSLATE_NOOP("RecordChecks", "Choose the level of the risk."));
        if (r.description.trimmed().isEmpty())
            riskError("description", QT_TRANSLATE_NOOP("RecordChecks", "Describe the risk."));
        if (r.management.trimmed().isEmpty())
            riskError("management", QT_TRANSLATE_NOOP("RecordChecks", "Say how the risk will be managed."));
    }
    return problems;
}

} // namespace waymark::RecordChecks
