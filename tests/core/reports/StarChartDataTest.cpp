#include "core/reports/StarChartData.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

StarTemplate star()
{
    StarTemplate t;
    t.id = QStringLiteral("s");
    t.areas = {{QStringLiteral("mood"), QStringLiteral("Mood"), QStringLiteral("How you feel")},
               {QStringLiteral("home"), QStringLiteral("Home"), {}}};
    t.stages = {{1, 5, QStringLiteral("Getting help")}, {6, 10, QStringLiteral("Managing")}};
    return t;
}

StarAssessment on(const char* id, const QDate& date, std::optional<int> mood, std::optional<int> home,
                  const char* templateId = "s")
{
    StarAssessment a;
    a.id = QString::fromLatin1(id);
    a.templateId = QString::fromLatin1(templateId);
    a.assessedOn = date;
    if (mood)
        a.scores.insert(QStringLiteral("mood"), *mood);
    if (home)
        a.scores.insert(QStringLiteral("home"), *home);
    return a;
}

} // namespace

TEST(StarChartData, FirstAndLatestOverlaidWithTheChosenOneAndTheChange)
{
    const StarChartData d = StarChartData::forPeriod(
        star(), {on("c", QDate(2026, 5, 1), 7, 8), on("a", QDate(2026, 1, 1), 2, std::nullopt), on("b", QDate(2026, 3, 1), 5, 5),
                 on("x", QDate(2026, 4, 1), 1, 1, "other")},
        QStringLiteral("b"));
    EXPECT_EQ(d.areas, (QStringList{QStringLiteral("Mood"), QStringLiteral("Home")}));
    ASSERT_EQ(d.series.size(), 3);
    EXPECT_EQ(d.series[0].label, QStringLiteral("First, Thu 1 Jan 2026"));
    EXPECT_EQ(d.series[1].label, QStringLiteral("Latest, Fri 1 May 2026"));
    EXPECT_EQ(d.series[2].label, QStringLiteral("Chosen, Sun 1 Mar 2026"));
    EXPECT_EQ(d.series[0].values[0], 2.0);
    EXPECT_FALSE(d.series[0].values[1].has_value()); // home unscored at first
    EXPECT_EQ(d.change[0], 5.0);
    EXPECT_FALSE(d.change[1].has_value());
    EXPECT_EQ(d.stageFor(7), QStringLiteral("Managing"));
}

TEST(StarChartData, ASingleAssessmentIsOneLineWithNoChange)
{
    const StarChartData d = StarChartData::forPeriod(star(), {on("a", QDate(2026, 1, 1), 4, 6)});
    ASSERT_EQ(d.series.size(), 1);
    EXPECT_EQ(d.series[0].label, QStringLiteral("Thu 1 Jan 2026 (the only one)"));
    EXPECT_FALSE(d.change[0].has_value());
}

TEST(StarChartData, ACaseloadShowsTheMeanStars)
{
    DistanceTravelled::CaseloadDistance c;
    c.periods = 2;
    c.areas = {{QStringLiteral("mood"), QStringLiteral("Mood"), 2, 2.5, 4.5, 2.0},
               {QStringLiteral("home"), QStringLiteral("Home"), 0, std::nullopt, std::nullopt, std::nullopt}};
    const StarChartData d = StarChartData::forCaseload(star(), c);
    ASSERT_EQ(d.series.size(), 2);
    EXPECT_EQ(d.series[0].values[0], 2.5);
    EXPECT_EQ(d.series[1].values[0], 4.5);
    EXPECT_FALSE(d.series[1].values[1].has_value());
    EXPECT_EQ(d.change[0], 2.0);
}
