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
