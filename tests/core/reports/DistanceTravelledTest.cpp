#include "core/reports/DistanceTravelled.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::DistanceTravelled;

namespace {

StarTemplate threeAreas()
{
    StarTemplate t;
    t.id = QStringLiteral("star");
    t.areas = {{QStringLiteral("mood"), QStringLiteral("Mood"), {}},
               {QStringLiteral("home"), QStringLiteral("Home"), {}},
               {QStringLiteral("money"), QStringLiteral("Money"), {}}};
    return t;
}

StarAssessment scored(const char* id, const char* period, const QDate& on, std::initializer_list<std::pair<const char*, int>> scores,
                      const char* templateId = "star")
{
    StarAssessment a;
    a.id = QString::fromLatin1(id);
    a.supportPeriodId = QString::fromLatin1(period);
    a.templateId = QString::fromLatin1(templateId);
    a.assessedOn = on;
    for (const auto& [key, score] : scores)
        a.scores.insert(QString::fromLatin1(key), score);
    return a;
}

const QDate To(2026, 6, 30);

} // namespace

TEST(DistanceTravelled, LatestMinusFirstForAreasScoredInBoth)
{
    const QVector<StarAssessment> a = {
        scored("a1", "sp-1", QDate(2026, 1, 10), {{"mood", 3}, {"home", 5}}),
        scored("a2", "sp-1", QDate(2026, 3, 10), {{"mood", 9}, {"home", 1}, {"money", 4}}),
        scored("a3", "sp-1", QDate(2026, 5, 10), {{"mood", 6}, {"home", 7}, {"money", 8}}),
    };
    const PeriodDistance d = forPeriod(QStringLiteral("sp-1"), threeAreas(), a, To);
    EXPECT_EQ(d.assessments, 3);
    EXPECT_EQ(d.changes.value(QStringLiteral("mood")), 3);
    EXPECT_EQ(d.changes.value(QStringLiteral("home")), 2);
    // Money was not scored in the first: it has no change, and the total leaves it out.
    EXPECT_FALSE(d.changes.contains(QStringLiteral("money")));
    EXPECT_EQ(d.total(), 5);
}

TEST(DistanceTravelled, TwoOnTheSameDayAreOrderedById)
{
    const QVector<StarAssessment> a = {
        scored("b", "sp-1", QDate(2026, 2, 1), {{"mood", 8}}),
        scored("a", "sp-1", QDate(2026, 2, 1), {{"mood", 2}}),
    };
    const PeriodDistance d = forPeriod(QStringLiteral("sp-1"), threeAreas(), a, To);
    EXPECT_EQ(d.first.value(QStringLiteral("mood")), 2);
    EXPECT_EQ(d.latest.value(QStringLiteral("mood")), 8);
    EXPECT_EQ(d.total(), 6);
}

TEST(DistanceTravelled, ASingleAssessmentHasNoDistance)
{
    const PeriodDistance d = forPeriod(QStringLiteral("sp-1"), threeAreas(),
                                       {scored("a1", "sp-1", QDate(2026, 1, 10), {{"mood", 3}})}, To);
    EXPECT_EQ(d.assessments, 1);
    EXPECT_FALSE(d.total().has_value());
}

TEST(DistanceTravelled, AssessmentsAfterThePeriodOrWithAnotherTemplateAreLeftOut)
{
    const QVector<StarAssessment> a = {
        scored("a1", "sp-1", QDate(2025, 1, 10), {{"mood", 3}}), // long before `from`: still the first
        scored("a2", "sp-1", QDate(2026, 6, 30), {{"mood", 5}}), // on `to`: counts
        scored("a3", "sp-1", QDate(2026, 7, 1), {{"mood", 10}}), // after `to`
        scored("a4", "sp-1", QDate(2026, 6, 1), {{"mood", 1}}, "licensed-star"),
    };
    const PeriodDistance d = forPeriod(QStringLiteral("sp-1"), threeAreas(), a, To);
    EXPECT_EQ(d.assessments, 2);
    EXPECT_EQ(d.total(), 2);
}

TEST(DistanceTravelled, TheCaseloadMeansAreOverPeriodsInPeriodWithTwoAssessments)
{
    QVector<SupportPeriod> periods = {test::openPeriod(QDate(2025, 10, 1), QStringLiteral("c"), QStringLiteral("sp-1")),
                                      test::openPeriod(QDate(2025, 11, 1), QStringLiteral("c"), QStringLiteral("sp-2")),
                                      test::openPeriod(QDate(2026, 1, 1), QStringLiteral("c"), QStringLiteral("sp-3")),
                                      test::openPeriod(QDate(2024, 1, 1), QStringLiteral("c"), QStringLiteral("sp-4"))};
    periods[3].endDate = QDate(2025, 12, 31); // ended before the period
    const QVector<StarAssessment> a = {
        scored("1a", "sp-1", QDate(2025, 10, 5), {{"mood", 2}, {"home", 4}, {"money", 5}}),
        scored("1b", "sp-1", QDate(2026, 4, 5), {{"mood", 5}, {"home", 4}, {"money", 6}}),
        scored("2a", "sp-2", QDate(2025, 11, 5), {{"mood", 3}, {"home", 6}}),
        scored("2b", "sp-2", QDate(2026, 5, 5), {{"mood", 4}, {"home", 9}, {"money", 2}}),
        scored("3a", "sp-3", QDate(2026, 1, 5), {{"mood", 1}}), // one only: not averaged
        scored("4a", "sp-4", QDate(2024, 2, 1), {{"mood", 1}}),
        scored("4b", "sp-4", QDate(2025, 2, 1), {{"mood", 9}}),
    };
    const CaseloadDistance c = forCaseload(periods, threeAreas(), a, QDate(2026, 4, 1), To);
    EXPECT_EQ(c.periods, 2);
    // Totals: sp-1 3 + 0 + 1 = 4; sp-2 1 + 3 = 4.
    EXPECT_EQ(c.meanTotalChange, 4.0);
    ASSERT_EQ(c.areas.size(), 3);
    EXPECT_EQ(c.areas[0].key, QStringLiteral("mood"));
    EXPECT_EQ(c.areas[0].periods, 2);
    EXPECT_EQ(c.areas[0].meanFirst, 2.5);
    EXPECT_EQ(c.areas[0].meanLatest, 4.5);
    EXPECT_EQ(c.areas[0].meanChange, 2.0);
    EXPECT_EQ(c.areas[2].periods, 1); // money: sp-2 had none first
    EXPECT_EQ(c.areas[2].meanChange, 1.0);
    // Without `from`, sp-4 counts too.
    EXPECT_EQ(forCaseload(periods, threeAreas(), a, std::nullopt, To).periods, 3);
}

TEST(DistanceTravelled, AnAreaNobodyHasTwoScoresForIsNull)
{
    const CaseloadDistance c = forCaseload({test::openPeriod(QDate(2026, 1, 1), QStringLiteral("c"))}, threeAreas(),
                                           {scored("a", "sp-1", QDate(2026, 1, 2), {{"mood", 1}}),
                                            scored("b", "sp-1", QDate(2026, 2, 2), {{"mood", 2}})},
                                           std::nullopt, To);
    EXPECT_EQ(c.areas[1].periods, 0);
    EXPECT_FALSE(c.areas[1].meanChange.has_value());
    EXPECT_FALSE(forCaseload({}, threeAreas(), {}, std::nullopt, To).meanTotalChange.has_value());
}

TEST(DistanceTravelled, MeansRoundOnceHalfAwayFromZero)
{
    EXPECT_EQ(roundedMean(2, 3), 0.67);
    EXPECT_EQ(roundedMean(-2, 3), -0.67);
    EXPECT_EQ(roundedMean(107, 40), 2.68); // 2.675 exactly
    EXPECT_EQ(roundedMean(-107, 40), -2.68);
    EXPECT_EQ(roundedMean(1, 8), 0.13);    // 0.125
    EXPECT_EQ(roundedMean(0, 5), 0.0);
}

TEST(DistanceTravelled, TheCaseloadIsTheSumOfEachPeriodsOwnDistance)
{
    // Many periods, each with its assessments in any order, some with another template, after
    // the period or missing areas: the caseload's figures are those of forPeriod summed.
    StarTemplate star = threeAreas();
    QVector<SupportPeriod> periods;
    QVector<StarAssessment> assessments;
    quint32 seed = 12345;
    const auto next = [&seed](quint32 below) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % below;
    };
    const QStringList keys{QStringLiteral("mood"), QStringLiteral("home"), QStringLiteral("money")};
    for (int p = 0; p < 60; ++p) {
        const QString id = QStringLiteral("sp-%1").arg(p);
        periods << test::openPeriod(QDate(2025, 1, 1).addDays(int(next(500))), QStringLiteral("c"), id);
        if (next(4) == 0)
            periods.last().endDate = periods.last().startDate.addDays(int(next(200)));
        for (quint32 n = next(5); n > 0; --n) {
            StarAssessment a;
            a.id = QStringLiteral("%1-%2").arg(id).arg(n);
            a.supportPeriodId = id;
            a.templateId = next(6) == 0 ? QStringLiteral("other") : star.id;
            a.assessedOn = QDate(2025, 1, 1).addDays(int(next(600)));
            for (const QString& key : keys)
                if (next(5) != 0)
                    a.scores.insert(key, int(next(10)) + 1);
            assessments.insert(qsizetype(next(quint32(assessments.size()) + 1)), a);
        }
    }
    const QDate from(2026, 1, 1);
    const CaseloadDistance c = forCaseload(periods, star, assessments, from, To);

    int counted = 0;
    qint64 total = 0;
    QMap<QString, std::array<qint64, 4>> sums; // first, latest, change, periods
    for (const SupportPeriod& p : std::as_const(periods)) {
        if (p.startDate > To || (p.endDate.isValid() && p.endDate < from))
            continue;
        const PeriodDistance d = forPeriod(p.id, star, assessments, To);
        if (d.assessments < 2)
            continue;
        ++counted;
        total += *d.total();
        for (auto it = d.changes.constBegin(); it != d.changes.constEnd(); ++it) {
            std::array<qint64, 4>& s = sums[it.key()];
            s[0] += d.first.value(it.key());
            s[1] += d.latest.value(it.key());
            s[2] += it.value();
            ++s[3];
        }
    }
    ASSERT_GT(counted, 10) << "the data should have many periods to sum";
    EXPECT_EQ(c.periods, counted);
    EXPECT_EQ(c.meanTotalChange, roundedMean(total, counted));
    ASSERT_EQ(c.areas.size(), keys.size());
    for (const AreaMean& area : c.areas) {
        const std::array<qint64, 4> s = sums.value(area.key);
        EXPECT_EQ(area.periods, s[3]) << area.key.toStdString();
        ASSERT_GT(s[3], 0);
        EXPECT_EQ(area.meanFirst, roundedMean(s[0], s[3])) << area.key.toStdString();
        EXPECT_EQ(area.meanLatest, roundedMean(s[1], s[3])) << area.key.toStdString();
        EXPECT_EQ(area.meanChange, roundedMean(s[2], s[3])) << area.key.toStdString();
    }

    // A return reads the scores of each period's first and latest assessment only: with every
    // other assessment's scores gone, every figure is the same.
    const QSet<QString> ends = scoredEnds(assessments, star, To);
    QVector<StarAssessment> endsOnly = assessments;
    for (StarAssessment& a : endsOnly)
        if (!ends.contains(a.id))
            a.scores.clear();
    ASSERT_LT(ends.size() + 20, assessments.size()) << "the data should have assessments between the ends";
    const CaseloadDistance fromEnds = forCaseload(periods, star, endsOnly, from, To);
    EXPECT_EQ(fromEnds.periods, c.periods);
    EXPECT_EQ(fromEnds.meanTotalChange, c.meanTotalChange);
    ASSERT_EQ(fromEnds.areas.size(), c.areas.size());
    for (qsizetype i = 0; i < c.areas.size(); ++i) {
        EXPECT_EQ(fromEnds.areas.at(i).periods, c.areas.at(i).periods);
        EXPECT_EQ(fromEnds.areas.at(i).meanFirst, c.areas.at(i).meanFirst);
        EXPECT_EQ(fromEnds.areas.at(i).meanLatest, c.areas.at(i).meanLatest);
        EXPECT_EQ(fromEnds.areas.at(i).meanChange, c.areas.at(i).meanChange);
    }
    for (const SupportPeriod& p : std::as_const(periods)) {
        const PeriodDistance all = forPeriod(p.id, star, assessments, To);
        const PeriodDistance some = forPeriod(p.id, star, endsOnly, To);
        EXPECT_EQ(some.assessments, all.assessments) << p.id.toStdString();
        EXPECT_EQ(some.total(), all.total()) << p.id.toStdString();
        EXPECT_EQ(some.changes, all.changes) << p.id.toStdString();
    }
}

TEST(DistanceTravelled, APeriodsTotalAloneIsForPeriodsTotal)
{
    // What a return counts of each period (totalFor) against the whole of forPeriod, over
    // periods with none, one or many assessments in any order, other templates, dates after the
    // end, areas missing, and a template that gives a key twice (counted once).
    StarTemplate star = threeAreas();
    StarTemplate twice = star;
    twice.areas.append({QStringLiteral("mood"), QStringLiteral("Mood again"), {}});
    quint32 seed = 777;
    const auto next = [&seed](quint32 below) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % below;
    };
    const QStringList keys{QStringLiteral("mood"), QStringLiteral("home"), QStringLiteral("money"),
                           QStringLiteral("work")};
    QVector<StarAssessment> assessments;
    for (int p = 0; p < 80; ++p)
        for (quint32 n = next(5); n > 0; --n) {
            StarAssessment a;
            a.id = QStringLiteral("a-%1-%2").arg(p).arg(next(3));
            a.supportPeriodId = QStringLiteral("sp-%1").arg(p);
            a.templateId = next(6) == 0 ? QStringLiteral("other") : star.id;
            a.assessedOn = To.addDays(qint64(next(400)) - 360);
            for (const QString& key : keys)
                if (next(4) != 0)
                    a.scores.insert(key, int(next(10)) + 1);
            assessments.insert(qsizetype(next(quint32(assessments.size()) + 1)), a);
        }
    const QHash<QString, QVector<const StarAssessment*>> own = byPeriod(assessments);
    int withTotals = 0;
    for (const StarTemplate& t : {star, twice})
        for (int p = 0; p < 80; ++p) {
            const QString id = QStringLiteral("sp-%1").arg(p);
            const PeriodDistance whole = forPeriod(id, t, assessments, To);
            const PeriodTotal alone = totalFor(t, own.value(id), To);
            EXPECT_EQ(alone.assessments, whole.assessments) << id.toStdString();
            EXPECT_EQ(alone.total, whole.total()) << id.toStdString();
            withTotals += whole.total() && *whole.total() != 0 ? 1 : 0;
        }
    EXPECT_GT(withTotals, 40) << "the data should have many periods with a distance";
}

TEST(DistanceTravelled, TheScoresReadAreEachPeriodsFirstAndLatestWithTheTemplateUpToTheEnd)
{
    const QVector<StarAssessment> a = {
        scored("a3", "sp-1", QDate(2026, 3, 1), {}),
        scored("a1", "sp-1", QDate(2026, 1, 1), {}),
        scored("a2", "sp-1", QDate(2026, 2, 1), {}),
        scored("z0", "sp-1", QDate(2025, 12, 1), {}, "other"), // another star
        scored("a4", "sp-1", QDate(2026, 7, 1), {}),           // after the end
        scored("c", "sp-2", QDate(2026, 4, 1), {}),
        scored("b", "sp-2", QDate(2026, 4, 1), {}), // the same day: the first by id
        scored("d", "sp-2", QDate(2026, 4, 1), {}),
        scored("only", "sp-3", QDate(2026, 5, 1), {}),
    };
    const QSet<QString> ends = scoredEnds(a, threeAreas(), To);
    EXPECT_EQ(ends, (QSet<QString>{QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("b"), QStringLiteral("d"),
                                   QStringLiteral("only")}));
    EXPECT_TRUE(scoredEnds({}, threeAreas(), To).isEmpty());
}
