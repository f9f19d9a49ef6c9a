#include "core/rules/StarChecks.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

StarTemplate valid()
{
    StarTemplate t;
    t.id = QStringLiteral("s");
    t.name = QStringLiteral("Our star");
    t.areas = {{QStringLiteral("mood"), QStringLiteral("Mood"), {}}, {QStringLiteral("home"), QStringLiteral("Home"), {}}};
    t.stages = {{1, 4, QStringLiteral("Stuck")}, {5, 7, QStringLiteral("Trying")}, {8, 10, QStringLiteral("Managing")}};
    return t;
}

QStringList fields(const FieldProblems& problems)
{
    QStringList out;
    for (const FieldProblem& p : problems)
        out << p.field;
    return out;
}

} // namespace

TEST(StarChecks, AValidTemplateHasNoProblems)
{
    EXPECT_TRUE(StarChecks::starTemplate(valid()).isEmpty());
}

TEST(StarChecks, KeysAreUniqueAndWellFormed)
{
    StarTemplate t = valid();
    t.areas << StarArea{QStringLiteral("mood"), QStringLiteral("Mood again"), {}} << StarArea{QStringLiteral("Money!"), QStringLiteral("Money"), {}};
    EXPECT_EQ(fields(StarChecks::starTemplate(t)), (QStringList{QStringLiteral("areas[2].key"), QStringLiteral("areas[3].key")}));
}

TEST(StarChecks, StagesCoverTheScaleWithoutGapOrOverlap)
{
    StarTemplate gap = valid();
    gap.stages[1].to = 6; // 7 uncovered
    FieldProblems problems = StarChecks::starTemplate(gap);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("7"))) << problems[0].message.toStdString();

    StarTemplate overlap = valid();
    overlap.stages[1].from = 4; // 4 twice
    problems = StarChecks::starTemplate(overlap);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("more than one stage")));

    StarTemplate outside = valid();
    outside.stages[2].to = 11;
    EXPECT_TRUE(fields(StarChecks::starTemplate(outside)).contains(QStringLiteral("stages[2].from")));
}

TEST(StarChecks, AnAssessmentMayLeaveAnAreaUnscoredAndSaysSo)
{
    StarAssessment a;
    a.assessedOn = QDate(2026, 6, 1);
    a.completedBy = QStringLiteral("together");
    a.scores.insert(QStringLiteral("mood"), 4);
    const FieldProblems problems = StarChecks::assessment(a, valid(), test::openPeriod(QDate(2026, 4, 1)), QDate(2026, 7, 1));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_FALSE(problems[0].isError());
    EXPECT_EQ(problems[0].message.left(16), QStringLiteral("Not scored: Home"));
}

TEST(StarChecks, AnAssessmentNeedsAScoreInRangeAndWhoCompletedIt)
{
    StarAssessment a;
    a.assessedOn = QDate(2026, 3, 1); // before support
    a.scores.insert(QStringLiteral("mood"), 11);
    a.scores.insert(QStringLiteral("home"), 3);
    const QStringList got = fields(StarChecks::assessment(a, valid(), test::openPeriod(QDate(2026, 4, 1)), QDate(2026, 7, 1)));
    EXPECT_TRUE(got.contains(QStringLiteral("assessed_on")));
    EXPECT_TRUE(got.contains(QStringLiteral("completed_by")));
    EXPECT_TRUE(got.contains(QStringLiteral("scores.mood")));
    EXPECT_FALSE(got.contains(QStringLiteral("scores.home")));
}
