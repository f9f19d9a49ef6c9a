#include "bench/LargeCaseload.h"

#include "core/domain/LocalTime.h"
#include "core/interchange/DemoRandom.h"
#include "core/interchange/InterchangeSchema.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace waymark {

namespace {

// Kinds of record, each with ids and random streams of its own.
enum Kind : int {
    StaffKind = 1,
    PersonKind,
    ReferralKind,
    PeriodKind,
    AppointmentKind,
    StayKind,
    StarKind,
    PlanKind,
    GoalKind,
    SessionKind,
    NoteKind,
};

constexpr std::array kGiven = {"Aisha", "Ben",   "Chloe", "Daniel",   "Ella",  "Farid",  "Grace", "Harry", "Imran",
                               "Jade",  "Kofi",  "Leah",  "Mohammed", "Nadia", "Oliver", "Priya", "Quinn", "Rosa",
                               "Sam",   "Tariq", "Uma",   "Victor",   "Wendy", "Yusuf",  "Zara"};
constexpr std::array kFamily = {"Ahmed", "Brown",   "Campbell", "Davies", "Evans",  "Fraser", "Green",  "Hussain",
                                "Islam", "Jones",   "Khan",     "Lewis",  "Murphy", "Nowak",  "Okafor", "Patel",
                                "Quinn", "Roberts", "Smith",    "Taylor", "Uddin",  "Walker", "Wilson", "Young"};
constexpr std::array kGender = {"female", "male", "male", "female", "non_binary", "prefer_not_to_say"};
constexpr std::array kEthnicity = {
    "white_british", "white_british", "white_irish",        "white_other",      "bangladeshi",
    "indian",        "pakistani",     "black_african",      "black_caribbean",  "mixed_white_black_caribbean",
    "chinese",       "arab",          "other_ethnic_group", "prefer_not_to_say"};
constexpr std::array kTenure = {"council_tenancy",
                                "housing_association",
                                "private_rented",
                                "owner_occupier",
                                "supported_short_term",
                                "temporary_accommodation",
                                "family_or_friends_long_term",
                                "sofa_surfing"};
constexpr std::array kExit = {"council_tenancy",     "housing_association",     "private_rented",
                              "supported_long_term", "temporary_accommodation", "unknown"};
constexpr std::array kThurrockSources = {"care_trust", "citizens_advice", "health",    "housing",
                                         "self",       "social_services", "probation", "other"};
constexpr std::array kCamdenSources = {
    "cmht", "cmht", "cmht", "gp", "housing_worker", "voluntary_sector", "other_health_professional", "self"};
constexpr std::array kEndReasons = {"completed",         "completed",          "completed",  "disengaged",
                                    "different_service", "no_further_service", "moved_away", "other"};
constexpr std::array kAppointmentKinds = {"home_visit", "home_visit", "office", "phone", "drop_in", "outreach"};
constexpr std::array kOutcomeCodes = {"1a", "1b", "1c", "2a", "2b", "2d", "3a", "3b", "4a", "5a"};
constexpr std::array kSessionKinds = {"structured",       "structured",  "peer_led",           "drop_in",
                                      "social_club",      "befriending", "education_training", "therapeutic",
                                      "mainstream_access"};
constexpr std::array kLedBy = {"staff", "staff", "staff", "peer", "volunteer"};
constexpr std::array kStarAreas = {"mood",         "physical_health", "home",    "money",
                                   "daily_living", "connections",     "purpose", "safety"};

template <typename T, std::size_t N> QString pick(DemoRandom& rng, const std::array<T, N>& choices)
{
    return QString::fromLatin1(choices[std::size_t(rng.below(qint64(N)))]);
}

QString stamp(const QDate& date, int minuteOfDay)
{
    return LocalTime::isoDateTimeUtc(QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC));
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// One list of the file, its records written as they are made.
class ListWriter {
public:
    ListWriter(QIODevice& out, const char* name, QMap<QString, qint64>& counts)
        : m_out(out)
        , m_name(QString::fromLatin1(name))
        , m_counts(counts)
    {
        m_out.write(",\n\"");
        m_out.write(name);
        m_out.write("\": [");
    }
    ~ListWriter() { m_out.write("]"); }
    void add(const QJsonObject& record)
    {
        if (m_written++ > 0)
            m_out.write(",\n");
        m_out.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
        ++m_counts[m_name];
    }

private:
    QIODevice& m_out;
    QString m_name;
    QMap<QString, qint64>& m_counts;
    qint64 m_written = 0;
};

} // namespace

LargeCaseload::LargeCaseload(const LargeCaseloadOptions& options)
    : m_options(options)
    , m_from(options.asOf.addYears(-options.years))
{
    planPeriods();
}

QString LargeCaseload::idOf(int kind, qint64 index) const
{
    // A UUID's shape, drawn from the kind and place: the same file every run, and keys that
    // land all over the index as a real caseload's do.
    DemoRandom rng(m_options.seed, (quint64(kind) << 40) ^ quint64(index));
    const quint64 high = rng.next();
    const quint64 low = rng.next();
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(high >> 32, 8, 16, QLatin1Char('0'))
        .arg((high >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(high & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg((low >> 48) & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg(low & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'));
}

void LargeCaseload::planPeriods()
{
    const int span = int(m_from.daysTo(m_options.asOf)) - 7;
    const int perPerson = std::max(1, m_options.periodsPerPerson);
    const int slot = span / perPerson;
    m_periods.reserve(qsizetype(m_options.people) * perPerson);
    m_personThurrock.reserve(m_options.people);
    for (int person = 0; person < m_options.people; ++person) {
        DemoRandom rng(m_options.seed, (quint64(PersonKind) << 40) ^ quint64(person) ^ (1ULL << 39));
        const bool thurrock = rng.percent(40);
        m_personThurrock << thurrock;
        // Each of a person's periods falls in a slot of its own, so they never overlap; the last
        // is often still open.
        for (int j = 0; j < perPerson; ++j) {
            Period p;
            p.person = person;
            p.thurrock = thurrock;
            p.keyWorker = 10 + rng.below(std::max(1, m_options.staff - 10));
            const QDate slotStart = m_from.addDays(qint64(j) * slot);
            p.start = slotStart.addDays(rng.below(slot / 2));
            const bool last = j == perPerson - 1;
            const int length = thurrock ? rng.between(90, 700) : rng.between(180, 1100);
            QDate end = p.start.addDays(length);
            if (!last && end >= slotStart.addDays(slot))
                end = slotStart.addDays(slot - 1);
            if (last && (end > m_options.asOf || rng.percent(18)))
                end = QDate(); // still in support
            if (last && p.start > m_options.asOf.addDays(-30))
                end = QDate();
            p.end = end;
            m_periods << p;
        }
    }
}

Status LargeCaseload::write(QIODevice& out)
{
    m_counts.clear();
    out.write("{\"format\": \"waymark\", \"version\": 1");
    out.write(QStringLiteral(", \"exported_at\": \"%1\"").arg(stamp(m_options.asOf, 9 * 60)).toUtf8());
    const QString thurrock = QStringLiteral("thurrock-fs");
    const QString camden = QStringLiteral("camden-day");
    const QString star = QStringLiteral("waymark-wellbeing");

    {
        ListWriter list(out, "staff", m_counts);
        for (int s = 0; s < m_options.staff; ++s) {
            DemoRandom rng(m_options.seed, (quint64(StaffKind) << 40) ^ quint64(s));
            list.add({{QStringLiteral("id"), idOf(StaffKind, s)},
                      {QStringLiteral("name"), pick(rng, kGiven) + QLatin1Char(' ') + pick(rng, kFamily)},
                      {QStringLiteral("role"), s < 10 ? QStringLiteral("team_leader") : QStringLiteral("key_worker")},
                      {QStringLiteral("active"), true}});
        }
    }
    {
        ListWriter list(out, "service_users", m_counts);
        for (int person = 0; person < m_options.people; ++person) {
            DemoRandom rng(m_options.seed, (quint64(PersonKind) << 40) ^ quint64(person));
            const bool inThurrock = m_personThurrock.at(person);
            QJsonObject o{
                {QStringLiteral("id"), idOf(PersonKind, person)},
                {QStringLiteral("given_name"), pick(rng, kGiven)},
                {QStringLiteral("family_name"), pick(rng, kFamily)},
                {QStringLiteral("date_of_birth"), day(m_options.asOf.addDays(-rng.between(19 * 365, 80 * 365)))},
                {QStringLiteral("gender"), pick(rng, kGender)},
                {QStringLiteral("ethnicity"), pick(rng, kEthnicity)},
                {QStringLiteral("gp_registered"), rng.percent(88) ? QStringLiteral("yes") : QStringLiteral("unknown")},
                {QStringLiteral("cpa"),
                 rng.percent(inThurrock ? 20 : 72) ? QStringLiteral("enhanced") : QStringLiteral("standard")},
                {QStringLiteral("tenure"), pick(rng, kTenure)},
                {QStringLiteral("postcode"), inThurrock ? QStringLiteral("RM17 %1ZZ").arg(rng.below(10))
                                                        : QStringLiteral("NW1 %1ZZ").arg(rng.below(10))},
                {QStringLiteral("phone"), QStringLiteral("07700 900%1").arg(rng.below(1000), 3, 10, QLatin1Char('0'))}};
            list.add(o);
        }
    }
    {
        ListWriter list(out, "referrals", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            DemoRandom rng(m_options.seed, (quint64(ReferralKind) << 40) ^ quint64(i));
            const QDateTime received =
                QDateTime(p.start.addDays(-rng.between(7, 21)), QTime(9 + rng.below(7), 0), Qt::UTC);
            const QDateTime contact =
                received.addSecs(3600LL * (rng.percent(90) ? rng.between(1, 40) : rng.between(49, 90)));
            list.add({{QStringLiteral("id"), idOf(ReferralKind, i)},
                      {QStringLiteral("service_user_id"), idOf(PersonKind, p.person)},
                      {QStringLiteral("contract_id"), p.thurrock ? thurrock : camden},
                      {QStringLiteral("received_at"), LocalTime::isoDateTimeUtc(received)},
                      {QStringLiteral("source"), p.thurrock ? pick(rng, kThurrockSources) : pick(rng, kCamdenSources)},
                      {QStringLiteral("consent"), true},
                      {QStringLiteral("first_contact_at"), LocalTime::isoDateTimeUtc(contact)},
                      {QStringLiteral("decision"), QStringLiteral("accepted")},
                      {QStringLiteral("decided_on"), day(p.start)}});
        }
    }
    {
        ListWriter list(out, "support_periods", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            DemoRandom rng(m_options.seed, (quint64(PeriodKind) << 40) ^ quint64(i));
            QJsonObject o{{QStringLiteral("id"), idOf(PeriodKind, i)},
                          {QStringLiteral("service_user_id"), idOf(PersonKind, p.person)},
                          {QStringLiteral("contract_id"), p.thurrock ? thurrock : camden},
                          {QStringLiteral("referral_id"), idOf(ReferralKind, i)},
                          {QStringLiteral("key_worker_id"), idOf(StaffKind, p.keyWorker)},
                          {QStringLiteral("start_date"), day(p.start)},
                          {QStringLiteral("accommodation_based"), p.thurrock && rng.percent(20)}};
            if (p.end.isValid()) {
                o.insert(QStringLiteral("end_date"), day(p.end));
                o.insert(QStringLiteral("end_reason"), pick(rng, kEndReasons));
                o.insert(QStringLiteral("planned_departure"), rng.percent(75));
                o.insert(QStringLiteral("exit_accommodation"), pick(rng, kExit));
            }
            list.add(o);
        }
    }
    {
        ListWriter list(out, "appointments", m_counts);
        const int count = m_options.appointmentsPerPeriod;
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            DemoRandom rng(m_options.seed, (quint64(AppointmentKind) << 40) ^ quint64(i));
            // Spread over the period (an open one's last few still to come).
            const QDate last = p.end.isValid() ? p.end : m_options.asOf.addDays(28);
            const qint64 days = std::max<qint64>(1, p.start.daysTo(last));
            for (int a = 0; a < count; ++a) {
                const QDate on = p.start.addDays(days * a / count + rng.below(3));
                const bool past = on < m_options.asOf;
                const int roll = rng.below(100);
                const char* status = !past       ? "planned"
                                     : roll < 80 ? "attended"
                                     : roll < 90 ? "dna"
                                     : roll < 95 ? "cancelled_by_person"
                                                 : "cancelled_by_provider";
                list.add({{QStringLiteral("id"), idOf(AppointmentKind, i * count + a)},
                          {QStringLiteral("support_period_id"), idOf(PeriodKind, i)},
                          {QStringLiteral("staff_id"), idOf(StaffKind, p.keyWorker)},
                          {QStringLiteral("starts_at"), stamp(on, (9 + rng.below(7)) * 60 + 30 * rng.below(2))},
                          {QStringLiteral("duration_minutes"), p.thurrock ? 30 + 15 * rng.below(4) : 60},
                          {QStringLiteral("kind"), pick(rng, kAppointmentKinds)},
                          {QStringLiteral("status"), QString::fromLatin1(status)}});
            }
        }
    }
    {
        ListWriter list(out, "hospital_stays", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            DemoRandom rng(m_options.seed, (quint64(StayKind) << 40) ^ quint64(i));
            if (!rng.percent(8))
                continue;
            const QDate admitted = p.start.addDays(rng.below(90));
            QJsonObject o{{QStringLiteral("id"), idOf(StayKind, i)},
                          {QStringLiteral("service_user_id"), idOf(PersonKind, p.person)},
                          {QStringLiteral("admitted_on"), day(admitted)},
                          {QStringLiteral("kind"),
                           rng.percent(70) ? QStringLiteral("mental_health") : QStringLiteral("physical")},
                          {QStringLiteral("planned"), rng.percent(30)}};
            if (admitted.addDays(40) < m_options.asOf)
                o.insert(QStringLiteral("discharged_on"), day(admitted.addDays(rng.between(1, 40))));
            list.add(o);
        }
    }
    {
        ListWriter list(out, "star_assessments", m_counts);
        const int count = m_options.starsPerPeriod;
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            DemoRandom rng(m_options.seed, (quint64(StarKind) << 40) ^ quint64(i));
            const QDate last = p.end.isValid() ? p.end : m_options.asOf.addDays(-1);
            const qint64 days = std::max<qint64>(1, p.start.daysTo(last));
            std::array<int, kStarAreas.size()> first{};
            for (int& score : first)
                score = rng.between(2, 6);
            for (int a = 0; a < count; ++a) {
                QJsonObject scores;
                for (std::size_t area = 0; area < kStarAreas.size(); ++area) {
                    const int moved = a == 0 ? 0 : rng.between(-1, 4) * a / std::max(1, count - 1);
                    scores.insert(QString::fromLatin1(kStarAreas[area]), std::clamp(first[area] + moved, 1, 10));
                }
                list.add({{QStringLiteral("id"), idOf(StarKind, i * count + a)},
                          {QStringLiteral("support_period_id"), idOf(PeriodKind, i)},
                          {QStringLiteral("template_id"), star},
                          {QStringLiteral("assessed_on"),
                           day(p.start.addDays(std::min<qint64>(days, 7 + days * a / count)))},
                          {QStringLiteral("completed_by"), QStringLiteral("together")},
                          {QStringLiteral("scores"), scores}});
            }
        }
    }
    {
        ListWriter list(out, "outcomes", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            if (!p.thurrock)
                continue;
            DemoRandom rng(m_options.seed, (quint64(PeriodKind) << 40) ^ quint64(i) ^ (1ULL << 38));
            const int firstCode = rng.below(qint64(kOutcomeCodes.size()));
            for (int c = 0; c < 3; ++c) {
                QJsonObject o{{QStringLiteral("support_period_id"), idOf(PeriodKind, i)},
                              {QStringLiteral("code"),
                               QString::fromLatin1(kOutcomeCodes[std::size_t(firstCode + c) % kOutcomeCodes.size()])},
                              {QStringLiteral("need_identified"), true}};
                if (p.end.isValid())
                    o.insert(QStringLiteral("achieved"), rng.percent(65));
                list.add(o);
            }
        }
    }
    {
        ListWriter list(out, "support_plans", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            const QDate agreed = p.start.addDays(14);
            if (agreed > m_options.asOf)
                continue;
            QJsonObject needs;
            for (const QString& need : InterchangeSchema::needKeys())
                needs.insert(need, QStringLiteral("None identified"));
            list.add({{QStringLiteral("id"), idOf(PlanKind, i)},
                      {QStringLiteral("support_period_id"), idOf(PeriodKind, i)},
                      {QStringLiteral("agreed_on"), day(agreed)},
                      {QStringLiteral("needs"), needs},
                      {QStringLiteral("next_review_on"), day(agreed.addDays(84))}});
        }
    }
    {
        ListWriter list(out, "goals", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            if (p.start.addDays(14) > m_options.asOf)
                continue;
            DemoRandom rng(m_options.seed, (quint64(GoalKind) << 40) ^ quint64(i));
            for (int g = 0; g < 2; ++g)
                list.add({{QStringLiteral("id"), idOf(GoalKind, i * 2 + g)},
                          {QStringLiteral("support_plan_id"), idOf(PlanKind, i)},
                          {QStringLiteral("what"), g == 0 ? QStringLiteral("Keep my tenancy")
                                                          : QStringLiteral("Get out of the house twice a week")},
                          {QStringLiteral("measure"), QStringLiteral("Talked through at each review")},
                          {QStringLiteral("who"), QStringLiteral("Together with my key worker")},
                          {QStringLiteral("target_date"), day(p.start.addDays(180))},
                          {QStringLiteral("outcome_code"),
                           QString::fromLatin1(kOutcomeCodes[std::size_t(rng.below(qint64(kOutcomeCodes.size())))])},
                          {QStringLiteral("tasks"),
                           QJsonArray{QStringLiteral("Budgeting"), QStringLiteral("Accessing community services")}},
                          {QStringLiteral("status"),
                           p.end.isValid() ? QStringLiteral("achieved") : QStringLiteral("open")}});
        }
    }
    {
        ListWriter list(out, "sessions", m_counts);
        const int span = int(m_from.daysTo(m_options.asOf));
        for (int s = 0; s < m_options.sessions; ++s) {
            DemoRandom rng(m_options.seed, (quint64(SessionKind) << 40) ^ quint64(s));
            const QDate on = m_from.addDays(qint64(span) * s / std::max(1, m_options.sessions));
            const QString kind = pick(rng, kSessionKinds);
            list.add({{QStringLiteral("id"), idOf(SessionKind, s)},
                      {QStringLiteral("contract_id"), camden},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("title"), QStringLiteral("Group %1").arg(s % 40 + 1)},
                      {QStringLiteral("starts_at"), stamp(on, rng.percent(50) ? 10 * 60 : 13 * 60 + 30)},
                      {QStringLiteral("duration_minutes"), 60 + 30 * rng.below(4)},
                      {QStringLiteral("led_by"), pick(rng, kLedBy)},
                      {QStringLiteral("venue"), QStringLiteral("Camden day centre")}});
        }
    }
    {
        // Four to six people at each session, drawn from those in Camden support at the time
        // (approximately: a person's first period's neighbours in the plan).
        ListWriter list(out, "attendance", m_counts);
        const qsizetype periods = m_periods.size();
        for (int s = 0; s < m_options.sessions && periods > 0; ++s) {
            DemoRandom rng(m_options.seed, (quint64(SessionKind) << 40) ^ quint64(s) ^ (1ULL << 38));
            QVector<int> people;
            const int wanted = rng.between(4, 6);
            for (int tries = 0; people.size() < wanted && tries < 30; ++tries) {
                const Period& p = m_periods.at(rng.below(periods));
                if (p.thurrock || people.contains(p.person))
                    continue;
                people << p.person;
            }
            for (int person : people)
                list.add({{QStringLiteral("session_id"), idOf(SessionKind, s)},
                          {QStringLiteral("service_user_id"), idOf(PersonKind, person)},
                          {QStringLiteral("attended"), rng.percent(85)}});
        }
    }
    {
        ListWriter list(out, "notes", m_counts);
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const Period& p = m_periods.at(i);
            list.add(
                {{QStringLiteral("id"), idOf(NoteKind, i)},
                 {QStringLiteral("support_period_id"), idOf(PeriodKind, i)},
                 {QStringLiteral("written_at"), stamp(p.start.addDays(1), 16 * 60)},
                 {QStringLiteral("author_id"), idOf(StaffKind, p.keyWorker)},
                 {QStringLiteral("text"),
                  QStringLiteral("First meeting: talked about what support would help and agreed to meet weekly.")}});
        }
    }
    if (out.write("}\n") < 0)
        return Error{QObject::tr("Writing the caseload failed: %1").arg(out.errorString()), {}};
    return {};
}

} // namespace waymark
