#include "core/interchange/InterchangeSchema.h"

#include "core/domain/ReferenceCodes.h"

namespace waymark {

namespace {

FieldSpec textField(const char* key, bool required = false)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.required = required;
    return f;
}

FieldSpec ofKind(const char* key, FieldKind kind, bool required = false)
{
    FieldSpec f = textField(key, required);
    f.kind = kind;
    return f;
}

FieldSpec code(const char* key, const char* list, bool required = false)
{
    FieldSpec f = ofKind(key, FieldKind::Code, required);
    f.codeList = QString::fromLatin1(list);
    return f;
}

FieldSpec ref(const char* key, const char* list, bool required = false)
{
    FieldSpec f = ofKind(key, FieldKind::Reference, required);
    f.refList = QString::fromLatin1(list);
    return f;
}

FieldSpec ranged(FieldSpec f, double min, double max)
{
    f.min = min;
    f.max = max;
    return f;
}

FieldSpec notBefore(FieldSpec f, const char* other)
{
    f.notBefore = QString::fromLatin1(other);
    return f;
}

FieldSpec id()
{
    return textField("id", true);
}

QVector<KindSpec> build()
{
    using namespace ReferenceCodes;
    using K = FieldKind;
    QVector<KindSpec> kinds;

    kinds << KindSpec{QStringLiteral("staff"),
                      {id(), textField("name", true), code("role", StaffRole, true), ofKind("active", K::Boolean)},
                      {}};
    kinds << KindSpec{QStringLiteral("star_templates"),
                      {id(), textField("name", true), ranged(ofKind("scale_min", K::Integer, true), 0, 100),
                       ranged(ofKind("scale_max", K::Integer, true), 1, 100), ofKind("areas", K::AreaList, true),
                       ofKind("stages", K::StageList)},
                      {}};
    FieldSpec contractCode = textField("code", true);
    contractCode.unique = true;
    kinds << KindSpec{QStringLiteral("contracts"),
                      {id(), contractCode, textField("name", true), textField("funder"), textField("funder_statement"),
                       ranged(ofKind("weekly_hours_cap", K::Number), 0.25, 168),
                       ranged(ofKind("max_duration_months", K::Integer), 1, 600),
                       ranged(ofKind("first_contact_hours", K::Integer), 1, 8760),
                       ranged(ofKind("ending_warning_weeks", K::Integer), 1, 520),
                       ranged(ofKind("dna_withdrawal_count", K::Integer), 1, 100),
                       ranged(ofKind("plan_review_weeks", K::Integer), 1, 520),
                       ranged(ofKind("star_interval_weeks", K::Integer), 1, 520),
                       ranged(ofKind("minimum_age", K::Integer), 0, 120), ref("star_template_id", "star_templates"),
                       code("kpi_set", KpiSet)},
                      {}};
    kinds << KindSpec{QStringLiteral("service_users"),
                      {id(),
                       textField("given_name", true),
                       textField("family_name", true),
                       textField("preferred_name"),
                       ofKind("date_of_birth", K::Date),
                       code("gender", Gender),
                       code("ethnicity", Ethnicity),
                       code("religion", Religion),
                       code("sexual_orientation", SexualOrientation),
                       code("disability", Disability),
                       textField("first_language"),
                       ofKind("interpreter_needed", K::Boolean),
                       textField("address"),
                       textField("postcode"),
                       textField("phone"),
                       textField("nhs_number"),
                       code("gp_registered", GpRegistered),
                       textField("gp_practice"),
                       code("cpa", Cpa),
                       code("tenure", Accommodation)},
                      {}};
    kinds << KindSpec{QStringLiteral("referrals"),
                      {id(), ref("service_user_id", "service_users", true), ref("contract_id", "contracts", true),
                       ofKind("received_at", K::DateTime, true), code("source", ReferralSource), textField("referrer"),
                       ofKind("consent", K::Boolean), notBefore(ofKind("first_contact_at", K::DateTime), "received_at"),
                       code("decision", ReferralDecision), textField("decision_reason"), ofKind("decided_on", K::Date),
                       ofKind("x_lives_in_area", K::Boolean), ofKind("x_willing_to_engage", K::Boolean)},
                      {}};
    kinds << KindSpec{QStringLiteral("support_periods"),
                      {id(), ref("service_user_id", "service_users", true), ref("contract_id", "contracts", true),
                       ref("referral_id", "referrals"), ref("key_worker_id", "staff"),
                       ofKind("start_date", K::Date, true), notBefore(ofKind("end_date", K::Date), "start_date"),
                       code("end_reason", EndReason), ofKind("planned_departure", K::Boolean),
                       ofKind("accommodation_based", K::Boolean), code("exit_accommodation", Accommodation),
                       textField("onward_referral"), notBefore(ofKind("extension_until", K::Date), "start_date"),
                       textField("extension_agreed_with"), textField("extension_reason")},
                      {}};
    kinds << KindSpec{QStringLiteral("appointments"),
                      {id(), ref("support_period_id", "support_periods", true), ref("staff_id", "staff"),
                       ofKind("starts_at", K::DateTime, true),
                       ranged(ofKind("duration_minutes", K::Integer, true), 1, 720), code("kind", AppointmentKind),
                       code("status", AppointmentStatus, true), textField("over_cap_reason")},
                      {}};
    kinds << KindSpec{QStringLiteral("hospital_stays"),
                      {id(), ref("service_user_id", "service_users", true),
                       ofKind("admitted_on", K::Date, true),
                       notBefore(ofKind("discharged_on", K::Date), "admitted_on"),
                       code("kind", HospitalStayKind), ofKind("planned", K::Boolean)},
                      {}};
    kinds << KindSpec{QStringLiteral("star_assessments"),
                      {id(), ref("support_period_id", "support_periods", true),
                       ref("template_id", "star_templates", true),
                       ofKind("assessed_on", K::Date, true), code("completed_by", CompletedBy),
                       ofKind("scores", K::ScoreMap), ofKind("notes", K::NoteMap)},
                      {}};
    kinds << KindSpec{QStringLiteral("outcomes"),
                      {ref("support_period_id", "support_periods", true),
                       code("code", OutcomeCode, true), ofKind("need_identified", K::Boolean),
                       ofKind("achieved", K::Boolean)},
                      {QStringLiteral("support_period_id"), QStringLiteral("code")}};
    kinds << KindSpec{QStringLiteral("support_plans"),
                      {id(), ref("support_period_id", "support_periods", true),
                       ofKind("agreed_on", K::Date), ofKind("needs", K::NeedMap),
                       ofKind("next_review_on", K::Date)},
                      {}};
    kinds << KindSpec{QStringLiteral("goals"),
                      {id(), ref("support_plan_id", "support_plans", true), textField("what"), textField("measure"),
                       textField("who"), ofKind("target_date", K::Date), code("outcome_code", OutcomeCode),
                       textField("star_area"), ofKind("tasks", K::StringList), code("status", GoalStatus)},
                      {}};
    kinds << KindSpec{QStringLiteral("reviews"),
                      {id(), ref("support_plan_id", "support_plans", true), ofKind("held_on", K::Date, true),
                       textField("attendees"), textField("summary"), ofKind("next_review_on", K::Date)},
                      {}};
    kinds << KindSpec{QStringLiteral("sessions"),
                      {id(), ref("contract_id", "contracts", true), code("kind", SessionKind, true), textField("title"),
                       ofKind("starts_at", K::DateTime, true),
                       ranged(ofKind("duration_minutes", K::Integer, true), 1, 720), code("led_by", LedBy),
                       textField("venue")},
                      {}};
    kinds << KindSpec{QStringLiteral("attendance"),
                      {ref("session_id", "sessions", true), ref("service_user_id", "service_users", true),
                       ofKind("attended", K::Boolean, true), textField("x_discussed"),
                       ranged(ofKind("x_minutes", K::Integer), 1, 720)},
                      {QStringLiteral("session_id"), QStringLiteral("service_user_id")}};
    // Waymark's own lists (x_: other tools ignore them): the risk assessment of T 5.1.
    kinds << KindSpec{QStringLiteral("x_risk_assessments"),
                      {id(), ref("support_period_id", "support_periods", true), ofKind("assessed_on", K::Date, true),
                       textField("assessed_by"), notBefore(ofKind("next_review_on", K::Date), "assessed_on")},
                      {}};
    kinds << KindSpec{QStringLiteral("x_risks"),
                      {id(), ref("risk_assessment_id", "x_risk_assessments", true), code("towards", RiskTowards, true),
                       code("level", RiskLevel, true), textField("description", true), textField("management")},
                      {}};
    kinds << KindSpec{QStringLiteral("withdrawal_reviews"),
                      {id(), ref("support_period_id", "support_periods", true), ofKind("held_on", K::Date, true),
                       code("decision", WithdrawalDecision), textField("decided_by"), textField("reason")},
                      {}};
    kinds << KindSpec{QStringLiteral("complaints"),
                      {id(), ref("service_user_id", "service_users"), ofKind("received_on", K::Date, true),
                       textField("summary"), ofKind("serious", K::Boolean), textField("outcome"),
                       notBefore(ofKind("closed_on", K::Date), "received_on"), textField("x_complainant"),
                       notBefore(ofKind("x_sent_to_commissioner_on", K::Date), "received_on")},
                      {}};
    kinds << KindSpec{QStringLiteral("incidents"),
                      {id(), ref("service_user_id", "service_users"), ofKind("occurred_on", K::Date, true),
                       code("kind", IncidentKind), textField("summary"),
                       notBefore(ofKind("reported_to_commissioner_on", K::Date), "occurred_on")},
                      {}};
    kinds << KindSpec{QStringLiteral("notes"),
                      {id(), ref("support_period_id", "support_periods", true), ofKind("written_at", K::DateTime, true),
                       ref("author_id", "staff"), textField("text", true), textField("x_corrects_note_id")},
                      {}};
    return kinds;
}

bool isNested(FieldKind kind)
{
    switch (kind) {
    case FieldKind::StringList:
    case FieldKind::NeedMap:
    case FieldKind::ScoreMap:
    case FieldKind::NoteMap:
    case FieldKind::AreaList:
    case FieldKind::StageList:
        return true;
    default:
        return false;
    }
}

} // namespace

const FieldSpec* KindSpec::field(const QString& key) const
{
    for (const FieldSpec& f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

TableLayout KindSpec::layout() const
{
    TableLayout layout;
    layout.table = list;
    for (const FieldSpec& f : fields) {
        if (f.key == QLatin1String("id"))
            continue;
        if (!isNested(f.kind)) {
            layout.columns << f.key;
            continue;
        }
        switch (f.kind) {
        case FieldKind::NeedMap:
            for (const QString& need : InterchangeSchema::needKeys())
                layout.columns << QStringLiteral("need_") + need;
            break;
        case FieldKind::StringList:
            layout.children << ChildLayout{QStringLiteral("goal_tasks"), QStringLiteral("goal_id"),
                                           {QStringLiteral("position"), QStringLiteral("task")},
                                           QStringLiteral("position")};
            break;
        case FieldKind::ScoreMap:
            layout.children << ChildLayout{QStringLiteral("star_assessment_scores"),
                                           QStringLiteral("assessment_id"),
                                           {QStringLiteral("area_key"), QStringLiteral("score"),
                                            QStringLiteral("note")},
                                           QStringLiteral("area_key")};
            break;
        case FieldKind::AreaList:
            layout.children << ChildLayout{
                QStringLiteral("star_template_areas"), QStringLiteral("template_id"),
                {QStringLiteral("position"), QStringLiteral("area_key"), QStringLiteral("name"),
                 QStringLiteral("description")},
                QStringLiteral("position")};
            break;
        case FieldKind::StageList:
            layout.children << ChildLayout{
                QStringLiteral("star_template_stages"), QStringLiteral("template_id"),
                {QStringLiteral("position"), QStringLiteral("score_from"),
                 QStringLiteral("score_to"), QStringLiteral("name")},
                QStringLiteral("position")};
            break;
        default: // NoteMap shares the scores' child table
            break;
        }
    }
    return layout;
}

namespace InterchangeSchema {

const QVector<KindSpec>& kinds()
{
    static const QVector<KindSpec> all = build();
    return all;
}

const KindSpec* kind(const QString& list)
{
    for (const KindSpec& k : kinds()) {
        if (k.list == list)
            return &k;
    }
    return nullptr;
}

QStringList needKeys()
{
    return {QStringLiteral("ethnicity"), QStringLiteral("religion"), QStringLiteral("culture"),
            QStringLiteral("gender"), QStringLiteral("sexuality"), QStringLiteral("disability"),
            QStringLiteral("age")};
}

} // namespace InterchangeSchema
} // namespace waymark
