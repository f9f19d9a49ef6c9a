#include "tests/support/InterchangeFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace waymark::test {

namespace {

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto& [key, value] : pairs)
        o.insert(key, value);
    return o;
}

struct Step {
    QString key;
    int index = -1;
};

QVector<Step> parse(const QString& path)
{
    QVector<Step> steps;
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)(?:\\[(\\d+)\\])?$"));
    for (const QString& piece : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = part.match(piece);
        steps << Step{m.captured(1), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt()};
    }
    return steps;
}

// Rebuilds the JSON along the path, since QJsonObject and QJsonArray are values.
QJsonValue apply(const QJsonValue& current, const QVector<Step>& steps, int at,
                 const QJsonValue& value, bool remove)
{
    QJsonObject o = current.toObject();
    const Step& step = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (step.index < 0) {
        if (last) {
            if (remove)
                o.remove(step.key);
            else
                o.insert(step.key, value);
        } else {
            o.insert(step.key, apply(o.value(step.key), steps, at + 1, value, remove));
        }
        return o;
    }
    QJsonArray array = o.value(step.key).toArray();
    if (last) {
        if (remove)
            array.removeAt(step.index);
        else
            array[step.index] = value;
    } else {
        array[step.index] = apply(array.at(step.index), steps, at + 1, value, remove);
    }
    o.insert(step.key, array);
    return o;
}

} // namespace

void setAt(QJsonObject& document, const QString& path, const QJsonValue& value)
{
    document = apply(document, parse(path), 0, value, false).toObject();
}

void removeAt(QJsonObject& document, const QString& path)
{
    document = apply(document, parse(path), 0, QJsonValue(), true).toObject();
}

QJsonObject smallCaseload()
{
    QJsonObject d;
    d.insert(QStringLiteral("format"), QStringLiteral("waymark"));
    d.insert(QStringLiteral("version"), 1);
    d.insert(QStringLiteral("exported_at"), QStringLiteral("2026-07-01T09:00:00Z"));
    d.insert(QStringLiteral("staff"),
             QJsonArray{object({{u"id"_qs, u"kw-1"_qs}, {u"name"_qs, u"Jo Marsh"_qs},
                                {u"role"_qs, u"key_worker"_qs}, {u"active"_qs, true}})});
    d.insert(QStringLiteral("service_users"),
             QJsonArray{object({{u"id"_qs, u"su-1"_qs}, {u"given_name"_qs, u"Alexandra"_qs},
                                {u"family_name"_qs, u"Tester"_qs}, {u"preferred_name"_qs, u"Lexi"_qs},
                                {u"date_of_birth"_qs, u"1980-03-14"_qs}, {u"gender"_qs, u"female"_qs},
                                {u"ethnicity"_qs, u"white_irish"_qs}, {u"gp_registered"_qs, u"yes"_qs},
                                {u"cpa"_qs, u"standard"_qs}, {u"tenure"_qs, u"council_tenancy"_qs},
                                {u"interpreter_needed"_qs, false}}),
                        object({{u"id"_qs, u"su-2"_qs}, {u"given_name"_qs, u"Bartholomew"_qs},
                                {u"family_name"_qs, u"Sample"_qs}, {u"gender"_qs, u"male"_qs},
                                {u"gp_registered"_qs, u"unknown"_qs}})});
    d.insert(QStringLiteral("referrals"),
             QJsonArray{object({{u"id"_qs, u"ref-1"_qs}, {u"service_user_id"_qs, u"su-1"_qs},
                                {u"contract_id"_qs, u"thurrock-fs"_qs},
                                {u"received_at"_qs, u"2026-04-01T10:00:00Z"_qs},
                                {u"source"_qs, u"housing"_qs}, {u"consent"_qs, true},
                                {u"first_contact_at"_qs, u"2026-04-02T11:30:00Z"_qs},
                                {u"decision"_qs, u"accepted"_qs}, {u"decided_on"_qs, u"2026-04-03"_qs}}),
                        object({{u"id"_qs, u"ref-2"_qs}, {u"service_user_id"_qs, u"su-2"_qs},
                                {u"contract_id"_qs, u"camden-day"_qs},
                                {u"received_at"_qs, u"2026-05-10T08:15:00Z"_qs},
                                {u"source"_qs, u"cmht"_qs}, {u"decision"_qs, u"accepted"_qs}})});
    d.insert(QStringLiteral("support_periods"),
             QJsonArray{object({{u"id"_qs, u"sp-1"_qs}, {u"service_user_id"_qs, u"su-1"_qs},
                                {u"contract_id"_qs, u"thurrock-fs"_qs}, {u"referral_id"_qs, u"ref-1"_qs},
                                {u"key_worker_id"_qs, u"kw-1"_qs}, {u"start_date"_qs, u"2026-04-03"_qs}}),
                        object({{u"id"_qs, u"sp-2"_qs}, {u"service_user_id"_qs, u"su-2"_qs},
                                {u"contract_id"_qs, u"camden-day"_qs}, {u"referral_id"_qs, u"ref-2"_qs},
                                {u"start_date"_qs, u"2026-05-12"_qs}, {u"end_date"_qs, u"2026-06-20"_qs},
                                {u"end_reason"_qs, u"moved_away"_qs}, {u"planned_departure"_qs, true},
                                {u"exit_accommodation"_qs, u"private_rented"_qs}})});
    d.insert(QStringLiteral("appointments"),
             QJsonArray{object({{u"id"_qs, u"ap-1"_qs}, {u"support_period_id"_qs, u"sp-1"_qs},
                                {u"staff_id"_qs, u"kw-1"_qs}, {u"starts_at"_qs, u"2026-06-29T09:30:00Z"_qs},
                                {u"duration_minutes"_qs, 60}, {u"kind"_qs, u"home_visit"_qs},
                                {u"status"_qs, u"attended"_qs}}),
                        object({{u"id"_qs, u"ap-2"_qs}, {u"support_period_id"_qs, u"sp-1"_qs},
                                {u"staff_id"_qs, u"kw-1"_qs}, {u"starts_at"_qs, u"2026-07-06T13:00:00Z"_qs},
                                {u"duration_minutes"_qs, 90}, {u"kind"_qs, u"office"_qs},
                                {u"status"_qs, u"planned"_qs}})});
    d.insert(QStringLiteral("hospital_stays"),
             QJsonArray{object({{u"id"_qs, u"hs-1"_qs}, {u"service_user_id"_qs, u"su-1"_qs},
                                {u"admitted_on"_qs, u"2026-05-01"_qs}, {u"discharged_on"_qs, u"2026-05-09"_qs},
                                {u"kind"_qs, u"mental_health"_qs}, {u"planned"_qs, false}})});
    d.insert(QStringLiteral("star_assessments"),
             QJsonArray{object({{u"id"_qs, u"st-1"_qs}, {u"support_period_id"_qs, u"sp-2"_qs},
                                {u"template_id"_qs, u"waymark-wellbeing"_qs},
                                {u"assessed_on"_qs, u"2026-05-12"_qs}, {u"completed_by"_qs, u"together"_qs},
                                {u"scores"_qs, object({{u"mood"_qs, 3}, {u"home"_qs, 5}})},
                                {u"notes"_qs, object({{u"mood"_qs, u"Low since the move."_qs}})}}),
                        object({{u"id"_qs, u"st-2"_qs}, {u"support_period_id"_qs, u"sp-2"_qs},
                                {u"template_id"_qs, u"waymark-wellbeing"_qs},
                                {u"assessed_on"_qs, u"2026-06-19"_qs}, {u"completed_by"_qs, u"person"_qs},
                                {u"scores"_qs, object({{u"mood"_qs, 6}, {u"home"_qs, 7}})}})});
    d.insert(QStringLiteral("outcomes"),
             QJsonArray{object({{u"support_period_id"_qs, u"sp-1"_qs}, {u"code"_qs, u"1c"_qs},
                                {u"need_identified"_qs, true}, {u"achieved"_qs, QJsonValue::Null}})});
    d.insert(QStringLiteral("support_plans"),
             QJsonArray{object({{u"id"_qs, u"pl-1"_qs}, {u"support_period_id"_qs, u"sp-1"_qs},
                                {u"agreed_on"_qs, u"2026-04-20"_qs},
                                {u"needs"_qs, object({{u"ethnicity"_qs, u"none identified"_qs},
                                                      {u"religion"_qs, u"Attends Mass on Sundays."_qs}})},
                                {u"next_review_on"_qs, u"2026-07-13"_qs}})});
    d.insert(QStringLiteral("goals"),
             QJsonArray{object({{u"id"_qs, u"go-1"_qs}, {u"support_plan_id"_qs, u"pl-1"_qs},
                                {u"what"_qs, u"Find part-time work"_qs},
                                {u"measure"_qs, u"Two applications a month"_qs},
                                {u"who"_qs, u"Lexi applies; Jo helps with the CV"_qs},
                                {u"target_date"_qs, u"2026-10-01"_qs}, {u"outcome_code"_qs, u"1c"_qs},
                                {u"star_area"_qs, u"purpose"_qs},
                                {u"tasks"_qs, QJsonArray{u"Advice, advocacy and liaison"_qs}},
                                {u"status"_qs, u"open"_qs}})});
    d.insert(QStringLiteral("reviews"),
             QJsonArray{object({{u"id"_qs, u"rv-1"_qs}, {u"support_plan_id"_qs, u"pl-1"_qs},
                                {u"held_on"_qs, u"2026-06-15"_qs}, {u"attendees"_qs, u"Lexi, Jo"_qs},
                                {u"summary"_qs, u"CV finished."_qs}, {u"next_review_on"_qs, u"2026-09-07"_qs}})});
    d.insert(QStringLiteral("sessions"),
             QJsonArray{object({{u"id"_qs, u"se-1"_qs}, {u"contract_id"_qs, u"camden-day"_qs},
                                {u"kind"_qs, u"befriending"_qs}, {u"title"_qs, u"Tuesday walk"_qs},
                                {u"starts_at"_qs, u"2026-06-02T10:00:00Z"_qs}, {u"duration_minutes"_qs, 120},
                                {u"led_by"_qs, u"peer"_qs}, {u"venue"_qs, u"Regent's Park gate"_qs}})});
    d.insert(QStringLiteral("attendance"),
             QJsonArray{object({{u"session_id"_qs, u"se-1"_qs}, {u"service_user_id"_qs, u"su-2"_qs},
                                {u"attended"_qs, true}})});
    d.insert(QStringLiteral("withdrawal_reviews"), QJsonArray{});
    d.insert(QStringLiteral("complaints"),
             QJsonArray{object({{u"id"_qs, u"co-1"_qs}, {u"service_user_id"_qs, u"su-2"_qs},
                                {u"received_on"_qs, u"2026-06-03"_qs}, {u"summary"_qs, u"Session started late."_qs},
                                {u"serious"_qs, false}})});
    d.insert(QStringLiteral("incidents"), QJsonArray{});
    d.insert(QStringLiteral("notes"),
             QJsonArray{object({{u"id"_qs, u"no-1"_qs}, {u"support_period_id"_qs, u"sp-1"_qs},
                                {u"written_at"_qs, u"2026-06-29T11:00:00Z"_qs}, {u"author_id"_qs, u"kw-1"_qs},
                                {u"text"_qs, u"Visited at home; talked through the job centre letter."_qs}})});
    return d;
}

QJsonObject keyWorkers(const QList<QPair<QString, QString>>& idsAndNames)
{
    QJsonArray staff;
    for (const auto& [id, name] : idsAndNames)
        staff.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("role"), QStringLiteral("key_worker")},
                                 {QStringLiteral("active"), true}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("staff"), staff}};
}

} // namespace waymark::test
