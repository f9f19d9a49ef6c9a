#include "core/rules/ReviewDue.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

SupportPlan plan(const char* id, const QDate& agreed, const QDate& next = {})
{
    SupportPlan p;
    p.id = QString::fromLatin1(id);
    p.supportPeriodId = QStringLiteral("sp-1");
    p.agreedOn = agreed;
    p.nextReviewOn = next;
    return p;
}

PlanReview review(const char* id, const char* planId, const QDate& held, const QDate& next)
{
    return PlanReview{QString::fromLatin1(id), QString::fromLatin1(planId), held, {}, {}, next};
}

StarAssessment star(const char* id, const QDate& on)
{
    StarAssessment a;
    a.id = QString::fromLatin1(id);
    a.supportPeriodId = QStringLiteral("sp-1");
    a.assessedOn = on;
    return a;
}

} // namespace

TEST(ReviewDue, TheAgreedPlanBeatsALaterDraft)
{
    const QVector<SupportPlan> plans = {plan("z-draft", {}), plan("a", QDate(2026, 3, 1))};
    EXPECT_EQ(ReviewDue::currentPlan(plans)->id, QStringLiteral("a"));
    EXPECT_EQ(ReviewDue::currentPlan({plan("b", {}), plan("c", {})})->id, QStringLiteral("c"));
    EXPECT_FALSE(ReviewDue::currentPlan({}).has_value());
}

TEST(ReviewDue, PlansAgreedTheSameDayAreSettledByTheGreatestId)
{
    const QVector<SupportPlan> plans = {plan("b", QDate(2026, 3, 1)), plan("a", QDate(2026, 3, 1))};
    EXPECT_EQ(ReviewDue::currentPlan(plans)->id, QStringLiteral("b"));
}

TEST(ReviewDue, TheLatestReviewSetsTheNextDate)
{
    const QVector<SupportPlan> plans = {plan("p", QDate(2026, 1, 5), QDate(2026, 3, 30))};
    EXPECT_EQ(ReviewDue::planReviewDue(plans, {}), QDate(2026, 3, 30));
    const QVector<PlanReview> reviews = {review("r1", "p", QDate(2026, 3, 30), QDate(2026, 6, 22)),
                                         review("r2", "p", QDate(2026, 6, 20), QDate(2026, 9, 14))};
    EXPECT_EQ(ReviewDue::planReviewDue(plans, reviews), QDate(2026, 9, 14));
}

TEST(ReviewDue, ALatestReviewWithNoNextDateMeansNothingIsDue)
{
    const QVector<SupportPlan> plans = {plan("p", QDate(2026, 1, 5), QDate(2026, 3, 30))};
    EXPECT_FALSE(ReviewDue::planReviewDue(plans, {review("r1", "p", QDate(2026, 3, 30), {})}).isValid());
}

TEST(ReviewDue, ReviewsOfAnEarlierPlanDoNotCount)
{
    const QVector<SupportPlan> plans = {plan("old", QDate(2025, 1, 5), QDate(2025, 3, 30)),
                                        plan("new", QDate(2026, 1, 5), QDate(2026, 3, 30))};
    EXPECT_EQ(ReviewDue::planReviewDue(plans, {review("r", "old", QDate(2026, 2, 1), QDate(2027, 1, 1))}),
              QDate(2026, 3, 30));
}

TEST(ReviewDue, SuggestedReviewIsTwelveWeeksOn)
{
    EXPECT_EQ(ReviewDue::suggestedNextReview(QDate(2026, 7, 1), thurrockContract()), QDate(2026, 9, 23));
}

TEST(ReviewDue, StarIsDueThirteenWeeksAfterTheLatestOrTheStart)
{
    const SupportPeriod p = openPeriod(QDate(2026, 1, 5), QStringLiteral("camden-day"));
    EXPECT_EQ(ReviewDue::starDue(p, {}, camdenContract()), QDate(2026, 4, 6));
    EXPECT_EQ(ReviewDue::starDue(p, {star("a", QDate(2026, 2, 1)), star("b", QDate(2026, 5, 1))}, camdenContract()),
              QDate(2026, 7, 31));
    EXPECT_FALSE(ReviewDue::starDue(p, {}, thurrockContract()).isValid());
}
