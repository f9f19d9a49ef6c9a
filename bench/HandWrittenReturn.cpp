#include "bench/HandWrittenReturn.h"

#include "core/reports/KpiReturn.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariantMap>

#include <cstdlib>

namespace waymark {

namespace {

// What the statements below are given: the contract and its settings, the period's first and last
// days ("2026-07-01", for the date columns) and the UTC moments its London days begin and end at
// (for the date-time columns, stored as UTC text).
struct Period {
    QString contractId;
    QString starTemplateId;
    qint64 firstContactHours = 0;
    QString firstDay;
    QString lastDay;
    QString startUtc; // the first day's London midnight, inclusive
    QString endUtc;   // the London midnight after the last day, exclusive

    QVariantMap binds() const
    {
        return {{QStringLiteral("contract"), contractId},
                {QStringLiteral("template"), starTemplateId},
                {QStringLiteral("hours"), firstContactHours},
                {QStringLiteral("firstDay"), firstDay},
                {QStringLiteral("lastDay"), lastDay},
                {QStringLiteral("startUtc"), startUtc},
                {QStringLiteral("endUtc"), endUtc}};
    }
};

// The stored form of date-times: "2026-07-01T08:00:00Z". Text in this one shape orders as the
// moments do, so a date-time is within the period when startUtc <= it < endUtc.
QString storedUtc(const QDate& londonDay)
{
    static const QTimeZone london(QByteArrayLiteral("Europe/London"));
    // London's clocks change at 01:00 UTC, never at midnight, so every London midnight exists.
    const QDateTime midnight(londonDay, QTime(0, 0), london);
    return midnight.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

// A support period (alias `p`) of the contract in the period, as spec/kpi.md's Words define it.
// Written as two cases, open and ended since the first day, so that SQLite finds each from the
// contract's periods by their end (support_periods_contract_end); the start is an expression (a
// unary +) so that it does not read every period of the contract's years that started before the
// last day instead.
QString inPeriod(const QString& p)
{
    return QStringLiteral("((%1.contract_id = :contract AND %1.end_date IS NULL) "
                          "OR (%1.contract_id = :contract AND %1.end_date >= :firstDay)) "
                          "AND +%1.start_date <= :lastDay AND %1.deleted = 0")
        .arg(p);
}

// The same of one person's periods (alias `p`, its person given elsewhere): each term made an
// expression with a unary +, so that SQLite looks the person's few periods up by their person
// and does not search the contract's instead, once for every person.
QString personsInPeriod(const QString& p)
{
    return QStringLiteral("+%1.contract_id = :contract AND +%1.deleted = 0 AND +%1.start_date <= :lastDay "
                          "AND (+%1.end_date IS NULL OR +%1.end_date >= :firstDay)")
        .arg(p);
}

// The person a column names is on record: a deleted person never counts in a return.
QString livePerson(const QString& column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM service_users alive WHERE alive.id = %1 AND alive.deleted = 0)")
        .arg(column);
}

// Independent living, the yes column of spec/kpi.md's accommodation codes. A missing code is
// `unknown`, not independent: `NULL IN (...)` is not true.
const QString IndependentCodes =
    QStringLiteral("('owner_occupier', 'private_rented', 'council_tenancy', 'housing_association', "
                   "'sheltered_housing', 'supported_long_term', 'family_or_friends_long_term', 'mobile_home')");

// The one row of an aggregate statement, each column as a whole number. SUM over no rows is NULL
// in SQL; here it is 0, what the spec counts.
Result<QVector<qint64>> aggregateRow(Database& database, const QString& sql, const QVariantMap& binds)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QStringLiteral("hand-written return: %1").arg(query.lastError().text()), {sql}};
    static const QRegularExpression placeholder(QStringLiteral(":([A-Za-z]+)\\b"));
    for (auto match = placeholder.globalMatch(sql); match.hasNext();) {
        const QString name = match.next().captured(1);
        query.bindValue(QLatin1Char(':') + name, binds.value(name));
    }
    if (!query.exec() || !query.next())
        return Error{QStringLiteral("hand-written return: %1").arg(query.lastError().text()), {sql}};
    QVector<qint64> row;
    for (int column = 0; column < query.record().count(); ++column)
        row << (query.isNull(column) ? 0 : query.value(column).toLongLong());
    return row;
}

// numerator / denominator (denominator > 0) rounded once, half away from zero, to `places`
// decimals, in whole numbers so that nothing is rounded on the way.
double roundedQuotient(qint64 numerator, qint64 denominator, int places)
{
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    const qint64 scaled = std::llabs(numerator) * scale;
    const qint64 units = (2 * scaled + denominator) / (2 * denominator);
    return double(numerator < 0 ? -units : units) / double(scale);
}

HandWrittenReturn::Figure percent(const QString& id, qint64 numerator, qint64 denominator)
{
    HandWrittenReturn::Figure f{id, numerator, denominator, std::nullopt};
    if (denominator > 0)
        f.value = roundedQuotient(100 * numerator, denominator, 1);
    return f;
}

HandWrittenReturn::Figure amount(const QString& id, double value)
{
    return {id, std::nullopt, std::nullopt, value};
}

HandWrittenReturn::Figure hours(const QString& id, qint64 minutes)
{
    return amount(id, roundedQuotient(minutes, 60, 1));
}

// N, and how many of N each condition on the person (`su`) holds for.
Result<QVector<qint64>> people(Database& database, const Period& period, const QStringList& conditions)
{
    QString counted;
    for (const QString& condition : conditions)
        counted += QStringLiteral(", SUM(%1)").arg(condition);
    return aggregateRow(database,
                        QStringLiteral("SELECT COUNT(*)%1 FROM service_users su WHERE su.deleted = 0 AND su.id IN "
                                       "(SELECT sp.service_user_id FROM support_periods sp WHERE %2)")
                            .arg(counted, inPeriod(QStringLiteral("sp"))),
                        period.binds());
}

// Nights in hospital within the period over every stay of the people in N: the nights from the
// later of admission and the first day to the earlier of the night before discharge and the last
// day (the last day when not discharged), none when that is empty.
Result<QVector<qint64>> hospitalNights(Database& database, const Period& period)
{
    return aggregateRow(
        database,
        QStringLiteral("SELECT SUM(MAX(0, CAST(julianday(last_night) - julianday(first_night) AS INTEGER) + 1)) "
                       "FROM (SELECT MAX(h.admitted_on, :firstDay) AS first_night, "
                       "CASE WHEN h.discharged_on IS NULL THEN :lastDay "
                       "ELSE MIN(date(h.discharged_on, '-1 day'), :lastDay) END AS last_night "
                       "FROM hospital_stays h WHERE h.deleted = 0 AND h.admitted_on <= :lastDay "
                       "AND (h.discharged_on IS NULL OR h.discharged_on > :firstDay) AND h.service_user_id IN "
                       "(SELECT sp.service_user_id FROM support_periods sp WHERE %1 AND %2))")
            .arg(inPeriod(QStringLiteral("sp")), livePerson(QStringLiteral("sp.service_user_id"))),
        period.binds());
}

// Of the leavers (periods in period that ended within it): with 1c identified, and achieved; with
// 2a identified, and achieved; with either identified, and one identified achieved; accommodation
// based and not ended by death, and of those a planned departure.
Result<QVector<qint64>> leavers(Database& database, const Period& period)
{
    const auto outcome = [](const char* code, bool achieved) {
        return QStringLiteral("EXISTS (SELECT 1 FROM outcomes o WHERE o.support_period_id = sp.id AND o.deleted = 0 "
                              "AND o.code = '%1' AND o.need_identified = 1%2)")
            .arg(QLatin1String(code), achieved ? QStringLiteral(" AND o.achieved = 1") : QString());
    };
    return aggregateRow(
        database,
        QStringLiteral("SELECT SUM(work_identified), SUM(work_achieved), SUM(training_identified), "
                       "SUM(training_achieved), SUM(work_identified OR training_identified), "
                       "SUM(work_achieved OR training_achieved), SUM(move_on), SUM(move_on AND planned) "
                       "FROM (SELECT %1 AS work_identified, %2 AS work_achieved, %3 AS training_identified, "
                       "%4 AS training_achieved, "
                       "(sp.accommodation_based = 1 AND COALESCE(sp.end_reason, '') <> 'died') AS move_on, "
                       "COALESCE(sp.planned_departure = 1, 0) AS planned "
                       "FROM support_periods sp WHERE %5 AND sp.end_date <= :lastDay AND %6)")
            .arg(outcome("1c", false), outcome("1c", true), outcome("2a", false), outcome("2a", true),
                 inPeriod(QStringLiteral("sp")), livePerson(QStringLiteral("sp.service_user_id"))),
        period.binds());
}

// Maintained independent living over each person's current period (the one of theirs in period
// with the latest start; ties: the latest end, open the latest; then the greatest id): people in
// N; those whose current period ended within the period by death; and those counted: still open
// at the end (or ended after it) with an independent tenure, or ended within it, not by death,
// to independent accommodation.
Result<QVector<qint64>> currentPeriods(Database& database, const Period& period)
{
    return aggregateRow(
        database,
        QStringLiteral("SELECT COUNT(*), "
                       "SUM(c.end_date IS NOT NULL AND c.end_date <= :lastDay AND c.end_reason = 'died'), "
                       "SUM(CASE WHEN c.end_date IS NOT NULL AND c.end_date <= :lastDay "
                       "THEN COALESCE(c.end_reason, '') <> 'died' AND COALESCE(c.exit_accommodation IN %1, 0) "
                       "ELSE COALESCE(su.tenure IN %1, 0) END) "
                       "FROM support_periods c JOIN service_users su ON su.id = c.service_user_id "
                       "WHERE %2 AND su.deleted = 0 AND c.id = (SELECT o.id FROM support_periods o "
                       "WHERE o.service_user_id = c.service_user_id AND %3 "
                       "ORDER BY o.start_date DESC, o.end_date IS NULL DESC, o.end_date DESC, o.id DESC LIMIT 1)")
            .arg(IndependentCodes, inPeriod(QStringLiteral("c")), personsInPeriod(QStringLiteral("o"))),
        period.binds());
}

// Referrals received within the period (on their London date), whatever their decision: all, those
// first contacted within the contract's hours of being received (elapsed seconds, so whatever the
// clocks do), and those from a community mental health team.
Result<QVector<qint64>> referrals(Database& database, const Period& period)
{
    return aggregateRow(database,
                        QStringLiteral("SELECT COUNT(*), SUM(r.first_contact_at IS NOT NULL AND "
                                       "CAST(strftime('%s', r.first_contact_at) AS INTEGER) - "
                                       "CAST(strftime('%s', r.received_at) AS INTEGER) <= :hours * 3600), "
                                       "SUM(r.source = 'cmht') "
                                       "FROM referrals r WHERE r.contract_id = :contract AND r.deleted = 0 "
                                       "AND r.received_at >= :startUtc AND r.received_at < :endUtc AND %1")
                            .arg(livePerson(QStringLiteral("r.service_user_id"))),
                        period.binds());
}

// Minutes of attended appointments starting within the period, of any of the contract's periods;
// summed a period at a time first, so that each period is looked up once, not once an appointment,
// and by its id (CROSS JOIN keeps SQLite from reading all the contract's periods instead).
Result<QVector<qint64>> contactMinutes(Database& database, const Period& period)
{
    return aggregateRow(database,
                        QStringLiteral("SELECT SUM(a.minutes) FROM (SELECT support_period_id, "
                                       "SUM(duration_minutes) AS minutes FROM appointments "
                                       "WHERE status = 'attended' AND deleted = 0 "
                                       "AND starts_at >= :startUtc AND starts_at < :endUtc "
                                       "GROUP BY support_period_id) a "
                                       "CROSS JOIN support_periods sp ON sp.id = a.support_period_id "
                                       "WHERE sp.contract_id = :contract AND sp.deleted = 0 AND %1")
                            .arg(livePerson(QStringLiteral("sp.service_user_id"))),
                        period.binds());
}

// People whose earliest period with the contract starts within the period: one starts within it
// and none starts before it (looked for among the person's own periods: the unary + keeps SQLite
// from searching the contract's years of periods for each).
Result<QVector<qint64>> newPeople(Database& database, const Period& period)
{
    return aggregateRow(database,
                        QStringLiteral("SELECT COUNT(DISTINCT sp.service_user_id) FROM support_periods sp "
                                       "WHERE sp.contract_id = :contract AND sp.deleted = 0 "
                                       "AND sp.start_date BETWEEN :firstDay AND :lastDay AND %1 "
                                       "AND NOT EXISTS (SELECT 1 FROM support_periods earlier "
                                       "WHERE earlier.service_user_id = sp.service_user_id "
                                       "AND +earlier.contract_id = :contract AND +earlier.deleted = 0 "
                                       "AND +earlier.start_date < :firstDay)")
                            .arg(livePerson(QStringLiteral("sp.service_user_id"))),
                        period.binds());
}

// The contract's sessions starting within the period, counted by kind, and the minutes of those
// led by peers or of kind peer_led.
Result<QVector<qint64>> sessions(Database& database, const Period& period)
{
    return aggregateRow(database,
                        QStringLiteral("SELECT SUM(kind = 'structured'), SUM(kind = 'therapeutic'), "
                                       "SUM(kind = 'mainstream_access'), "
                                       "SUM(kind IN ('social_club', 'drop_in', 'peer_led')), "
                                       "SUM(kind = 'education_training'), "
                                       "SUM(CASE WHEN led_by = 'peer' OR kind = 'peer_led' "
                                       "THEN duration_minutes ELSE 0 END) "
                                       "FROM sessions WHERE contract_id = :contract AND deleted = 0 "
                                       "AND starts_at >= :startUtc AND starts_at < :endUtc"),
                        period.binds());
}

// Distinct people who attended a befriending session starting within the period.
Result<QVector<qint64>> befriended(Database& database, const Period& period)
{
    return aggregateRow(database,
                        QStringLiteral("SELECT COUNT(DISTINCT a.service_user_id) FROM sessions s "
                                       "JOIN attendance a ON a.session_id = s.id "
                                       "WHERE s.contract_id = :contract AND s.deleted = 0 AND s.kind = 'befriending' "
                                       "AND s.starts_at >= :startUtc AND s.starts_at < :endUtc "
                                       "AND a.deleted = 0 AND a.attended = 1 AND %1")
                            .arg(livePerson(QStringLiteral("a.service_user_id"))),
                        period.binds());
}

// Of the periods in period with two or more assessments on the contract's star dated by the last
// day: how many, and the sum of their total distance. Each period's first and latest assessment
// is the least and the greatest "assessed_on|id" (a date is ten characters, so these order by date
// and then id); its total the sum, over the template's areas scored in both, of latest - first.
Result<QVector<qint64>> starDistance(Database& database, const Period& period)
{
    return aggregateRow(
        database,
        QStringLiteral("SELECT COUNT(*), SUM((SELECT SUM(latest.score - first.score) "
                       "FROM star_assessment_scores first JOIN star_assessment_scores latest "
                       "ON latest.area_key = first.area_key "
                       "WHERE first.assessment_id = substr(pair.first_key, instr(pair.first_key, '|') + 1) "
                       "AND latest.assessment_id = substr(pair.latest_key, instr(pair.latest_key, '|') + 1) "
                       "AND first.deleted = 0 AND latest.deleted = 0 "
                       "AND first.score IS NOT NULL AND latest.score IS NOT NULL "
                       "AND first.area_key IN (SELECT area_key FROM star_template_areas "
                       "WHERE template_id = :template AND deleted = 0))) "
                       "FROM (SELECT MIN(a.assessed_on || '|' || a.id) AS first_key, "
                       "MAX(a.assessed_on || '|' || a.id) AS latest_key "
                       "FROM star_assessments a WHERE a.deleted = 0 AND a.template_id = :template "
                       "AND a.assessed_on <= :lastDay AND a.support_period_id IN "
                       "(SELECT sp.id FROM support_periods sp WHERE %1 AND %2) "
                       "GROUP BY a.support_period_id HAVING COUNT(*) >= 2) pair")
            .arg(inPeriod(QStringLiteral("sp")), livePerson(QStringLiteral("sp.service_user_id"))),
        period.binds());
}

// Each of the statements a figure is worked out from, in the order of spec/kpi.md's tables.
Result<HandWrittenReturn> thurrock(Database& database, const Period& period)
{
    const Result<QVector<qint64>> n =
        people(database, period,
               {QStringLiteral("su.gp_registered = 'yes'"),
                QStringLiteral("EXISTS (SELECT 1 FROM hospital_stays h WHERE h.service_user_id = su.id "
                               "AND h.deleted = 0 AND h.admitted_on BETWEEN :firstDay AND :lastDay)")});
    const Result<QVector<qint64>> nights = hospitalNights(database, period);
    const Result<QVector<qint64>> left = leavers(database, period);
    const Result<QVector<qint64>> current = currentPeriods(database, period);
    const Result<QVector<qint64>> referred = referrals(database, period);
    for (const auto* read : {&n, &nights, &left, &current, &referred})
        if (!*read)
            return read->error();
    HandWrittenReturn r;
    r.serviceUsers = n->at(0);
    const QVector<qint64>& l = *left;
    r.figures = {
        percent(QStringLiteral("paid_work"), l[1], l[0]),
        percent(QStringLiteral("training_education"), l[3], l[2]),
        percent(QStringLiteral("meaningful_occupation"), l[5], l[4]),
        percent(QStringLiteral("gp_registered"), n->at(1), n->at(0)),
        percent(QStringLiteral("hospital_admissions"), n->at(2), n->at(0)),
        amount(QStringLiteral("hospital_days"), double(nights->at(0))),
        percent(QStringLiteral("maintained_independence"), current->at(2), current->at(0) - current->at(1)),
        percent(QStringLiteral("planned_move_on"), l[7], l[6]),
        percent(QStringLiteral("first_contact_48h"), referred->at(1), referred->at(0)),
    };
    return r;
}

Result<HandWrittenReturn> camden(Database& database, const Period& period)
{
    const Result<QVector<qint64>> n = people(database, period, {QStringLiteral("su.cpa = 'enhanced'")});
    const Result<QVector<qint64>> referred = referrals(database, period);
    const Result<QVector<qint64>> minutes = contactMinutes(database, period);
    const Result<QVector<qint64>> newcomers = newPeople(database, period);
    const Result<QVector<qint64>> held = sessions(database, period);
    const Result<QVector<qint64>> befriending = befriended(database, period);
    const Result<QVector<qint64>> star = starDistance(database, period);
    for (const auto* read : {&n, &referred, &minutes, &newcomers, &held, &befriending, &star})
        if (!*read)
            return read->error();
    HandWrittenReturn r;
    r.serviceUsers = n->at(0);
    const QVector<qint64>& s = *held;
    HandWrittenReturn::Figure distance{QStringLiteral("star_mean_distance"), std::nullopt, star->at(0), std::nullopt};
    if (star->at(0) > 0)
        distance.value = roundedQuotient(star->at(1), star->at(0), 2);
    r.figures = {
        percent(QStringLiteral("enhanced_cpa"), n->at(1), n->at(0)),
        percent(QStringLiteral("cmht_referrals"), referred->at(2), referred->at(0)),
        hours(QStringLiteral("contact_hours"), minutes->at(0)),
        amount(QStringLiteral("new_service_users"), double(newcomers->at(0))),
        amount(QStringLiteral("structured_sessions"), double(s[0])),
        hours(QStringLiteral("peer_led_hours"), s[5]),
        amount(QStringLiteral("befriending_participants"), double(befriending->at(0))),
        amount(QStringLiteral("therapeutic_interventions"), double(s[1])),
        amount(QStringLiteral("mainstream_access"), double(s[2])),
        amount(QStringLiteral("social_and_drop_in"), double(s[3])),
        amount(QStringLiteral("education_training"), double(s[4])),
        distance,
    };
    return r;
}

QString shown(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QStringLiteral("null");
}

QString shown(const std::optional<double>& v)
{
    // Fifteen digits: two roundings of the same figure agree, whatever the last bit of the double;
    // a figure rounded differently (by 0.1, or 0.01) does not.
    return v ? QString::number(*v, 'g', 15) : QStringLiteral("null");
}

} // namespace

Result<HandWrittenReturn> HandWrittenReturn::compute(Database& database, const QString& contractCode, const QDate& from,
                                                     const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{QStringLiteral("hand-written return: the period must end on or after its start"), {}};
    if (database.isServer()) // the statements use SQLite's own date functions
        return Error{QStringLiteral("hand-written return: for a database file, not a team server"), {}};
    QSqlQuery contract(database.connection());
    contract.prepare(QStringLiteral("SELECT id, kpi_set, COALESCE(star_template_id, ''), "
                                    "COALESCE(first_contact_hours, 0) FROM contracts WHERE code = ? AND deleted = 0"));
    contract.addBindValue(contractCode);
    if (!contract.exec() || !contract.next())
        return Error{QStringLiteral("hand-written return: no contract %1").arg(contractCode), {}};
    Period period;
    period.contractId = contract.value(0).toString();
    const QString kpiSet = contract.value(1).toString();
    period.starTemplateId = contract.value(2).toString();
    period.firstContactHours = contract.value(3).toLongLong();
    period.firstDay = from.toString(Qt::ISODate);
    period.lastDay = to.toString(Qt::ISODate);
    period.startUtc = storedUtc(from);
    period.endUtc = storedUtc(to.addDays(1));
    contract.finish();

    // One moment of the database for every statement, even while another connection writes.
    const bool reading = database.beginReading();
    Result<HandWrittenReturn> result =
        kpiSet == QLatin1String("thurrock-floating-support") ? thurrock(database, period)
        : kpiSet == QLatin1String("camden-day-services")
            ? camden(database, period)
            : Result<HandWrittenReturn>(Error{QStringLiteral("hand-written return: no figures for the KPI set %1 "
                                                             "of %2")
                                                  .arg(kpiSet, contractCode),
                                              {}});
    if (reading)
        database.endReading();
    return result;
}

const HandWrittenReturn::Figure* HandWrittenReturn::figure(const QString& id) const
{
    for (const Figure& f : figures)
        if (f.id == id)
            return &f;
    return nullptr;
}

QStringList HandWrittenReturn::disagreements(const KpiReturn& app) const
{
    QStringList out;
    const auto differ = [&out](const QString& what, const QString& appValue, const QString& sqlValue) {
        if (appValue != sqlValue)
            out << QStringLiteral("%1: app %2, hand-written SQL %3").arg(what, appValue, sqlValue);
    };
    differ(QStringLiteral("service_users (N)"), QString::number(app.serviceUsers), QString::number(serviceUsers));
    for (const Figure& mine : figures) {
        const KpiFigure* theirs = app.figure(mine.id);
        if (!theirs) {
            out << QStringLiteral("%1: not in the app's return").arg(mine.id);
            continue;
        }
        differ(mine.id + QStringLiteral(" numerator"), shown(theirs->numerator), shown(mine.numerator));
        differ(mine.id + QStringLiteral(" denominator"), shown(theirs->denominator), shown(mine.denominator));
        differ(mine.id + QStringLiteral(" value"), shown(theirs->value), shown(mine.value));
    }
    for (const KpiFigure& theirs : app.figures)
        if (!figure(theirs.definition.id))
            out << QStringLiteral("%1: in the app's return, not worked out here").arg(theirs.definition.id);
    return out;
}

} // namespace waymark
