#include "core/reports/KpiCalculator.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

// Small datasets whose every figure is worked out by hand in the comments, against the
// definitions of spec/kpi.md.

namespace {

const ReportingPeriod Quarter{QDate(2026, 4, 1), QDate(2026, 6, 30)};

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

struct Builder {
    ReturnData data;

    explicit Builder(const Contract& contract, const ReportingPeriod& period = Quarter)
    {
        data.contract = contract;
        data.period = period;
    }
    ServiceUser& person(const char* id)
    {
        ServiceUser& p = data.people[QString::fromLatin1(id)];
        p.id = QString::fromLatin1(id);
        p.givenName = p.id;
        return p;
    }
    SupportPeriod& period(const char* id, const char* personId, const QDate& start, const QDate& end = {})
    {
        SupportPeriod p;
        p.id = QString::fromLatin1(id);
        p.serviceUserId = QString::fromLatin1(personId);
        p.contractId = data.contract.id;
        p.startDate = start;
        p.endDate = end;
        data.supportPeriods << p;
        return data.supportPeriods.last();
    }
    void outcome(const char* periodId, const char* code, bool identified, std::optional<bool> achieved)
    {
        data.outcomes << OutcomeRecord{QString::fromLatin1(periodId), QString::fromLatin1(code), identified, achieved};
    }
    void stay(const char* id, const char* personId, const QDate& admitted, const QDate& discharged = {})
    {
        data.hospitalStays << HospitalStay{QString::fromLatin1(id), QString::fromLatin1(personId), admitted, discharged,
                                           QStringLiteral("mental_health"), false};
    }
    Referral& referral(const char* id, const QDateTime& received, const QDateTime& firstContact = {})
    {
        Referral r;
        r.id = QString::fromLatin1(id);
        r.serviceUserId = QStringLiteral("person-") + r.id;
        r.contractId = data.contract.id;
        r.receivedAt = received;
        r.firstContactAt = firstContact;
        r.decision = QStringLiteral("accepted");
        data.referrals << r;
        return data.referrals.last();
    }
    void attended(const char* id, const char* periodId, const char* personId, const QDateTime& at, int minutes,
                  const char* status = "attended")
    {
        data.appointments << appointment(QString::fromLatin1(id), at, minutes, QString::fromLatin1(status),
                                         QString::fromLatin1(periodId));
        if (personId)
            data.appointmentPeriodPerson.insert(QString::fromLatin1(periodId), QString::fromLatin1(personId));
    }
    GroupSession& session(const char* id, const char* kind, const QDateTime& at, int minutes = 60,
                          const char* ledBy = "staff")
    {
        GroupSession s;
        s.id = QString::fromLatin1(id);
        s.contractId = data.contract.id;
        s.kind = QString::fromLatin1(kind);
        s.startsAt = at;
        s.durationMinutes = minutes;
        s.ledBy = QString::fromLatin1(ledBy);
        data.sessions << s;
        return data.sessions.last();
    }
    void attendance(const char* sessionId, const char* personId, bool came = true)
    {
        data.attendance << Attendance{QString::fromLatin1(sessionId), QString::fromLatin1(personId), came, {}, {}};
    }
};

Contract thurrock()
{
    Contract c = thurrockContract();
    c.kpiSet = QStringLiteral("thurrock-floating-support");
    return c;
}

Contract camden()
{
    Contract c = camdenContract();
    c.kpiSet = QStringLiteral("camden-day-services");
    c.starTemplateId = QStringLiteral("star");
    return c;
}

// Five people in the quarter (A, B, C, D, G); E left before it and F starts after it.
ReturnData thurrockQuarter()
{
    Builder b(thurrock());
    b.person("A").gpRegistered = QStringLiteral("yes");
    b.data.people[QStringLiteral("A")].tenure = QStringLiteral("council_tenancy");
    b.period("pA", "A", QDate(2025, 1, 10));
    b.stay("sA", "A", QDate(2026, 3, 30), QDate(2026, 4, 3)); // nights of 1 and 2 April: 2; admitted before

    // B: two periods in the quarter; the second (open) is current. N counts B once.
    b.person("B").gpRegistered = QStringLiteral("unknown");
    b.data.people[QStringLiteral("B")].tenure = QStringLiteral("private_rented");
    SupportPeriod& b1 = b.period("pB1", "B", QDate(2026, 4, 1), QDate(2026, 4, 20));
    b1.endReason = QStringLiteral("completed");
    b1.exitAccommodation = QStringLiteral("rough_sleeping");
    b.period("pB2", "B", QDate(2026, 5, 1));
    b.outcome("pB1", "1c", true, true);
    b.outcome("pB1", "2a", true, false);

    // C died in the quarter, in accommodation-based support, in hospital since 10 June.
    b.person("C").gpRegistered = QStringLiteral("yes");
    SupportPeriod& c = b.period("pC", "C", QDate(2025, 6, 1), QDate(2026, 6, 15));
    c.endReason = QStringLiteral("died");
    c.accommodationBased = true;
    c.plannedDeparture = false;
    b.stay("sC", "C", QDate(2026, 6, 10)); // open: 10 to 30 June, 21 nights

    // D left on the last day, planned, to a housing association tenancy.
    b.person("D").gpRegistered = QStringLiteral("no");
    SupportPeriod& d = b.period("pD", "D", QDate(2024, 1, 1), QDate(2026, 6, 30));
    d.endReason = QStringLiteral("completed");
    d.accommodationBased = true;
    d.plannedDeparture = true;
    d.exitAccommodation = QStringLiteral("housing_association");
    b.outcome("pD", "2a", true, true);
    b.stay("sD", "D", QDate(2026, 5, 5), QDate(2026, 5, 5)); // admitted and discharged the same day: 0 nights

    // E left the day before the quarter: not in N, nor their stay.
    b.person("E").gpRegistered = QStringLiteral("yes");
    b.period("pE", "E", QDate(2025, 1, 1), QDate(2026, 3, 31));
    b.stay("sE", "E", QDate(2026, 5, 1), QDate(2026, 5, 10));
    b.outcome("pE", "1c", true, true);

    // F starts the day after.
    b.person("F").gpRegistered = QStringLiteral("yes");
    b.period("pF", "F", QDate(2026, 7, 1));

    // G's period ends after the quarter; tenure not recorded counts as unknown.
    b.person("G").gpRegistered = QStringLiteral("yes");
    b.period("pG", "G", QDate(2026, 2, 1), QDate(2026, 7, 15));

    // Referrals: in time at exactly 48 hours; received 23:30 UTC on 31 March (00:30 on 1 April
    // in London: in); received 22:59 UTC on 30 June (23:59 in London: in) and declined, first
    // contact a minute late; received 23:30 UTC on 30 June (1 July in London: out).
    b.referral("r1", utc(2026, 4, 1, 10), utc(2026, 4, 3, 10));
    b.referral("r2", utc(2026, 3, 31, 23, 30));
    b.referral("r3", utc(2026, 6, 30, 22, 59), utc(2026, 7, 2, 23, 0)).decision = QStringLiteral("declined");
    b.referral("r4", utc(2026, 6, 30, 23, 30), utc(2026, 7, 1, 9, 0));
    return b.data;
}

const KpiFigure& figure(const KpiReturn& r, const char* id)
{
    const KpiFigure* f = r.figure(QString::fromLatin1(id));
    EXPECT_NE(f, nullptr) << id;
    static const KpiFigure none;
    return f ? *f : none;
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

QStringList recordIds(const QVector<KpiRecord>& records)
{
    QStringList ids;
    for (const KpiRecord& r : records)
        ids << r.recordId;
    return ids;
}

} // namespace

TEST(KpiCalculator, RoundsPercentsOnceHalfAwayFromZero)
{
    EXPECT_EQ(KpiCalculator::percent(2, 3), 66.7);
    EXPECT_EQ(KpiCalculator::percent(1, 8), 12.5);     // exactly 12.5
    EXPECT_EQ(KpiCalculator::percent(1, 16), 6.3);     // 6.25 rounds away from zero
    EXPECT_EQ(KpiCalculator::percent(28, 29), 96.6);   // the spec's example
    EXPECT_EQ(KpiCalculator::percent(0, 4), 0.0);
    EXPECT_FALSE(KpiCalculator::percent(0, 0).has_value());
    EXPECT_EQ(KpiCalculator::hours(155), 2.6);  // 2.583...
    EXPECT_EQ(KpiCalculator::hours(3), 0.1);    // 0.05 rounds up
    EXPECT_EQ(KpiCalculator::hours(2), 0.0);
}

TEST(KpiCalculator, CountsNightsInHospitalWithinThePeriod)
{
    const auto nights = [](const QDate& in, const QDate& out) {
        return KpiCalculator::nightsInHospital(HospitalStay{{}, {}, in, out, {}, {}}, Quarter);
    };
    EXPECT_EQ(nights(QDate(2026, 5, 5), QDate(2026, 5, 5)), 0);
    EXPECT_EQ(nights(QDate(2026, 5, 5), QDate(2026, 5, 6)), 1);
    EXPECT_EQ(nights(QDate(2026, 3, 30), QDate(2026, 4, 3)), 2);  // 1 and 2 April
    EXPECT_EQ(nights(QDate(2026, 6, 29), QDate(2026, 7, 9)), 2);  // 29 and 30 June
    EXPECT_EQ(nights(QDate(2026, 6, 10), QDate()), 21);           // still in: to 30 June
    EXPECT_EQ(nights(QDate(2026, 1, 1), QDate()), 91);            // the whole quarter
    EXPECT_EQ(nights(QDate(2026, 7, 1), QDate()), 0);
    EXPECT_EQ(nights(QDate(2026, 3, 1), QDate(2026, 4, 1)), 0);   // discharged on the first day
}

TEST(KpiCalculator, ThurrockQuarterByHand)
{
    const KpiReturn r = KpiCalculator::compute(thurrockQuarter());
    EXPECT_EQ(r.serviceUsers, 5); // A, B, C, D, G

    QStringList ids;
    for (const KpiFigure& f : r.figures)
        ids << f.definition.id;
    EXPECT_EQ(ids, names({"paid_work", "training_education", "meaningful_occupation", "gp_registered",
                                "hospital_admissions", "hospital_days", "maintained_independence", "planned_move_on",
                                "first_contact_48h"}));

    // Leavers pB1, pC, pD (pE left before the quarter). 1c identified: pB1, achieved.
    const KpiFigure& paid = figure(r, "paid_work");
    EXPECT_EQ(paid.numerator, 1);
    EXPECT_EQ(paid.denominator, 1);
    EXPECT_EQ(paid.value, 100.0);
    EXPECT_FALSE(paid.met.has_value()); // no target

    // 2a identified: pB1 (not achieved), pD (achieved).
    const KpiFigure& training = figure(r, "training_education");
    EXPECT_EQ(training.numerator, 1);
    EXPECT_EQ(training.denominator, 2);
    EXPECT_EQ(training.value, 50.0);
    EXPECT_EQ(recordIds(training.denominatorRecords), names({"pB1", "pD"}));

    // 1c or 2a: pB1 achieved 1c, pD achieved 2a.
    const KpiFigure& combined = figure(r, "meaningful_occupation");
    EXPECT_EQ(combined.numerator, 2);
    EXPECT_EQ(combined.denominator, 2);
    EXPECT_EQ(combined.met, true); // 100 >= 90

    // A, C, G are registered; B unknown, D no.
    const KpiFigure& gp = figure(r, "gp_registered");
    EXPECT_EQ(gp.numerator, 3);
    EXPECT_EQ(gp.denominator, 5);
    EXPECT_EQ(gp.value, 60.0);
    EXPECT_EQ(gp.met, false);
    EXPECT_EQ(recordIds(gp.numeratorRecords), names({"A", "C", "G"}));

    // Admitted within the quarter: C (10 June) and D (5 May); A was admitted before it.
    const KpiFigure& admissions = figure(r, "hospital_admissions");
    EXPECT_EQ(admissions.numerator, 2);
    EXPECT_EQ(admissions.value, 40.0);

    // Nights: A 2, C 21 (still in), D 0; E's stay is not counted.
    const KpiFigure& days = figure(r, "hospital_days");
    EXPECT_EQ(days.value, 23.0);
    EXPECT_FALSE(days.numerator.has_value());
    EXPECT_FALSE(days.denominator.has_value());
    EXPECT_EQ(recordIds(days.numeratorRecords), names({"sA", "sC"}));

    // Denominator: N less C, who died. A (council tenancy) and B (current period pB2 open,
    // private rented) live independently; D left to a housing association; G's tenure is unknown.
    const KpiFigure& independence = figure(r, "maintained_independence");
    EXPECT_EQ(independence.numerator, 3);
    EXPECT_EQ(independence.denominator, 4);
    EXPECT_EQ(independence.value, 75.0);
    EXPECT_EQ(independence.met, false);
    EXPECT_EQ(recordIds(independence.numeratorRecords), names({"A", "B", "D"}));

    // Accommodation-based leavers: pC (died: left out) and pD (planned).
    const KpiFigure& moveOn = figure(r, "planned_move_on");
    EXPECT_EQ(moveOn.numerator, 1);
    EXPECT_EQ(moveOn.denominator, 1);
    EXPECT_EQ(moveOn.met, true);

    // Received in the quarter on their London date: r1, r2, r3; only r1 in time.
    const KpiFigure& contact = figure(r, "first_contact_48h");
    EXPECT_EQ(recordIds(contact.denominatorRecords), names({"r2", "r1", "r3"}));
    EXPECT_EQ(recordIds(contact.numeratorRecords), names({"r1"}));
    EXPECT_EQ(contact.value, 33.3);
    EXPECT_EQ(contact.met, false);
}

TEST(KpiCalculator, FirstContactCountsElapsedHoursAcrossTheClockChange)
{
    // Clocks go back at 02:00 on Sunday 25 October 2026. Received 10:00 BST on the Saturday;
    // 48 elapsed hours later is 09:00 GMT on the Monday, which looks like 47 on the wall clock.
    Builder b(thurrock(), {QDate(2026, 10, 1), QDate(2026, 12, 31)});
    b.referral("in-time", london(2026, 10, 24, 10), london(2026, 10, 26, 9));
    b.referral("late", london(2026, 10, 24, 10), london(2026, 10, 26, 9, 1));
    // The return is held: a reference into a temporary would dangle.
    const KpiReturn computed = KpiCalculator::compute(b.data);
    const KpiFigure& contact = figure(computed, "first_contact_48h");
    EXPECT_EQ(recordIds(contact.numeratorRecords), names({"in-time"}));
    EXPECT_EQ(contact.denominator, 2);
}

TEST(KpiCalculator, EmptyQuarterGivesNullPercentsAndNoMet)
{
    const KpiReturn r = KpiCalculator::compute(Builder(thurrock()).data);
    EXPECT_EQ(r.serviceUsers, 0);
    for (const KpiFigure& f : r.figures) {
        if (f.definition.unit == KpiDefinition::Unit::Percent) {
            EXPECT_EQ(f.denominator, 0) << f.definition.id.toStdString();
            EXPECT_FALSE(f.value.has_value()) << f.definition.id.toStdString();
        }
        EXPECT_FALSE(f.met.has_value()) << f.definition.id.toStdString();
    }
    EXPECT_EQ(figure(r, "hospital_days").value, 0.0);
}

TEST(KpiCalculator, CamdenQuarterByHand)
{
    Builder b(camden());
    // N: P1 (enhanced), P2 (standard), P3 (enhanced); P4's period is of another contract.
    b.person("P1").cpa = QStringLiteral("enhanced");
    b.person("P2").cpa = QStringLiteral("standard");
    b.person("P3").cpa = QStringLiteral("enhanced");
    b.period("c1", "P1", QDate(2026, 4, 1));
    b.period("c2", "P2", QDate(2025, 4, 1), QDate(2026, 5, 31));
    b.period("c3", "P3", QDate(2026, 6, 30));
    b.period("old", "P4", QDate(2024, 1, 1), QDate(2025, 1, 1));
    SupportPeriod other = b.period("x1", "P4", QDate(2026, 4, 1));
    b.data.supportPeriods.last().contractId = QStringLiteral("thurrock-fs");
    Q_UNUSED(other)

    // 90 + 45 (a period out of the quarter still counts) + 20 (23:30 UTC on 31 March is
    // 00:30 on 1 April in London) = 155 minutes = 2.6 hours. Out: a DNA, 23:30 UTC on 30 June
    // (1 July in London), another contract's appointment.
    b.attended("a1", "c1", "P1", utc(2026, 5, 1, 10), 90);
    b.attended("a2", "old", "P4", utc(2026, 5, 2, 10), 45);
    b.attended("a3", "c2", "P2", utc(2026, 3, 31, 23, 30), 20);
    b.attended("a4", "c1", "P1", utc(2026, 6, 30, 23, 30), 30);
    b.attended("a5", "c1", "P1", utc(2026, 5, 3, 10), 60, "dna");
    b.attended("a6", "x1", nullptr, utc(2026, 5, 3, 10), 60);

    b.data.earliestStart = {{QStringLiteral("P1"), QDate(2026, 4, 1)}, {QStringLiteral("P3"), QDate(2026, 6, 30)}};

    // Referrals: two of three from a CMHT.
    b.referral("r1", utc(2026, 4, 2, 9)).source = QStringLiteral("cmht");
    b.referral("r2", utc(2026, 4, 3, 9)).source = QStringLiteral("gp");
    b.referral("r3", utc(2026, 4, 4, 9)).source = QStringLiteral("cmht");

    // Sessions: structured twice (one is 1 July in London), peer-led (kind) 60 min, a drop-in led
    // by a peer 90 min, a social club, befriending twice, therapeutic, mainstream, education.
    b.session("s1", "structured", utc(2026, 4, 10, 10));
    b.session("s2", "structured", utc(2026, 6, 30, 23, 30));
    b.session("s3", "peer_led", utc(2026, 4, 11, 10), 60, "volunteer");
    b.session("s4", "drop_in", utc(2026, 4, 12, 10), 90, "peer");
    b.session("s5", "social_club", utc(2026, 4, 13, 10));
    b.session("s6", "befriending", utc(2026, 4, 14, 10));
    b.session("s7", "befriending", utc(2026, 5, 14, 10));
    b.session("s8", "therapeutic", utc(2026, 4, 15, 10));
    b.session("s9", "mainstream_access", utc(2026, 4, 16, 10));
    b.session("s10", "education_training", utc(2026, 4, 17, 10));
    // Befriending: P1 twice, P5 (no support period), P2 on the register but did not come.
    b.attendance("s6", "P1");
    b.attendance("s7", "P1");
    b.attendance("s7", "P5");
    b.attendance("s6", "P2", false);

    // Stars: c1 +3, c2 -1; c3 has one assessment; x1 is another contract's.
    StarTemplate star;
    star.id = QStringLiteral("star");
    star.areas = {{QStringLiteral("mood"), QStringLiteral("Mood"), {}}, {QStringLiteral("home"), QStringLiteral("Home"), {}}};
    b.data.star = star;
    const auto assess = [&](const char* id, const char* period, const QDate& on, int mood, int home) {
        StarAssessment a;
        a.id = QString::fromLatin1(id);
        a.supportPeriodId = QString::fromLatin1(period);
        a.templateId = QStringLiteral("star");
        a.assessedOn = on;
        a.scores = {{QStringLiteral("mood"), mood}, {QStringLiteral("home"), home}};
        b.data.starAssessments << a;
    };
    assess("st1", "c1", QDate(2026, 4, 2), 3, 4);
    assess("st2", "c1", QDate(2026, 6, 2), 5, 5);
    assess("st3", "c2", QDate(2025, 5, 1), 6, 6);
    assess("st4", "c2", QDate(2026, 5, 1), 5, 6);
    assess("st5", "c3", QDate(2026, 6, 30), 5, 5);
    assess("st6", "c3", QDate(2026, 7, 1), 9, 9); // after the quarter

    const KpiReturn r = KpiCalculator::compute(b.data);
    EXPECT_EQ(r.serviceUsers, 3);
    const auto value = [&](const char* id) { return figure(r, id).value; };
    EXPECT_EQ(figure(r, "enhanced_cpa").numerator, 2);
    EXPECT_EQ(value("enhanced_cpa"), 66.7);
    EXPECT_EQ(figure(r, "enhanced_cpa").met, false);
    EXPECT_EQ(value("cmht_referrals"), 66.7);
    EXPECT_EQ(value("contact_hours"), 2.6);
    EXPECT_EQ(recordIds(figure(r, "contact_hours").numeratorRecords), names({"a3", "a1", "a2"}));
    EXPECT_EQ(value("new_service_users"), 2.0);
    EXPECT_EQ(value("structured_sessions"), 1.0);
    EXPECT_EQ(value("peer_led_hours"), 2.5);
    EXPECT_EQ(value("befriending_participants"), 2.0);
    EXPECT_EQ(value("therapeutic_interventions"), 1.0);
    EXPECT_EQ(value("mainstream_access"), 1.0);
    EXPECT_EQ(value("social_and_drop_in"), 3.0); // peer-led, drop-in, social club
    EXPECT_EQ(value("education_training"), 1.0);
    EXPECT_EQ(value("star_mean_distance"), 1.0); // (3 + -1) / 2
    EXPECT_EQ(figure(r, "star_mean_distance").denominator, 2);
    EXPECT_FALSE(figure(r, "contact_hours").numerator.has_value());
    EXPECT_FALSE(figure(r, "contact_hours").met.has_value());
}

TEST(ReportingPeriod, QuartersAndTheOneBefore)
{
    const ReportingPeriod q = ReportingPeriod::quarterOf(QDate(2026, 2, 14));
    EXPECT_EQ(q.from, QDate(2026, 1, 1));
    EXPECT_EQ(q.to, QDate(2026, 3, 31));
    EXPECT_TRUE(q.isQuarter());
    EXPECT_EQ(q.previous(), (ReportingPeriod{QDate(2025, 10, 1), QDate(2025, 12, 31)}));
    EXPECT_EQ(Quarter.previous(), (ReportingPeriod{QDate(2026, 1, 1), QDate(2026, 3, 31)}));
    const ReportingPeriod days{QDate(2026, 5, 11), QDate(2026, 5, 20)};
    EXPECT_FALSE(days.isQuarter());
    EXPECT_EQ(days.previous(), (ReportingPeriod{QDate(2026, 5, 1), QDate(2026, 5, 10)}));
    EXPECT_EQ(ReportingPeriod::recentQuarters(QDate(2026, 11, 23), 2).last(), (ReportingPeriod{QDate(2026, 7, 1), QDate(2026, 9, 30)}));
    EXPECT_EQ(Quarter.label(), QStringLiteral("Apr to Jun 2026"));
}

#include "core/reports/DataQuality.h"

TEST(DataQuality, ListsWhatMakesTheThurrockFiguresUncertain)
{
    ReturnData data = thurrockQuarter();
    // G has been in hospital since March 2025, and a second stay overlaps it.
    data.hospitalStays << HospitalStay{QStringLiteral("sG1"), QStringLiteral("G"), QDate(2025, 3, 1), {}, {}, {}}
                       << HospitalStay{QStringLiteral("sG2"), QStringLiteral("G"), QDate(2026, 4, 10), QDate(2026, 4, 12), {}, {}};
    QStringList found;
    for (const DataQualityIssue& issue : DataQuality::check(data))
        found << issue.serviceUserId + QLatin1Char(':') + issue.recordId + QLatin1Char(':')
                     + DataQuality::whereToFix(issue.kind);
    // B's GP status is unknown; C left (died) with no outcomes, tenure unknown; D's and G's
    // tenure unknown; G's long stay and the overlap; referral r2 has no first contact. C's exit
    // accommodation is not asked for (died); E's period is outside the quarter.
    EXPECT_EQ(found, names({"B:B:profile", "C:pC:outcomes", "C:C:profile", "D:D:profile", "G:G:profile", "G:sG1:health",
                            "G:sG2:health", "person-r2:r2:referral"}));
}

TEST(DataQuality, ChecksOnlyWhatTheContractsFiguresRead)
{
    Builder b(camden());
    b.person("P1"); // GP and tenure unknown, left without an exit accommodation: no Camden figure reads them
    b.period("c1", "P1", QDate(2026, 1, 1), QDate(2026, 5, 1));
    b.referral("r1", utc(2026, 4, 2, 9)); // no first contact: Camden has no first-contact figure
    EXPECT_TRUE(DataQuality::check(b.data).isEmpty());
}

TEST(DataQuality, FindsAStayInsideAnEarlierLongerOne)
{
    Builder b(thurrock());
    b.person("A").gpRegistered = QStringLiteral("yes");
    b.data.people[QStringLiteral("A")].tenure = QStringLiteral("council_tenancy");
    b.period("pA", "A", QDate(2025, 1, 1));
    b.stay("long", "A", QDate(2026, 4, 1), QDate(2026, 4, 30));
    b.stay("inside", "A", QDate(2026, 4, 5), QDate(2026, 4, 10));
    b.stay("later", "A", QDate(2026, 4, 15), QDate(2026, 4, 20)); // inside the first, after the second
    b.stay("after", "A", QDate(2026, 4, 30), QDate(2026, 5, 2));  // admitted the day the first ended
    QStringList found;
    for (const DataQualityIssue& issue : DataQuality::check(b.data))
        found << issue.recordId;
    EXPECT_EQ(found, names({"inside", "later"}));
}

#include "core/reports/OutputsReport.h"

TEST(OutputsReport, HidesSmallGroupsAndWhatWouldGiveThemAway)
{
    // 6 women, 7 men, 2 non-binary people in support: the 2 are "<5", and the women are hidden
    // too, or the 2 would be the total (15) less 6 and 7.
    Builder b(camden());
    int n = 0;
    for (const auto& [gender, count] : {std::pair{"female", 6}, std::pair{"male", 7}, std::pair{"non_binary", 2}})
        for (int i = 0; i < count; ++i) {
            const QByteArray id = QByteArray("P") + QByteArray::number(++n);
            b.person(id.constData()).gender = QString::fromLatin1(gender);
            b.period(QByteArray("p" + id).constData(), id.constData(), QDate(2026, 1, 1));
        }
    const OutputsReport report = OutputsReport::compute(b.data, OutputsReport::By::Gender);
    QStringList shown;
    for (const OutputsReport::Row& row : report.rows)
        shown << row.group + QLatin1Char('=')
                     + (row.serviceUsers.suppressed() ? QStringLiteral("<5") : QString::number(row.serviceUsers.value));
    EXPECT_EQ(shown, names({"female=<5", "male=7", "non_binary=<5", "other=0", "prefer_not_to_say=0", "not_recorded=0"}));
    EXPECT_FALSE(report.total.serviceUsers.suppressed());
    EXPECT_EQ(report.total.serviceUsers.value, 15.0);
    // The screen still has every figure.
    EXPECT_EQ(report.rows.at(0).serviceUsers.value, 6.0);
}
