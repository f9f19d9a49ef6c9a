#include "core/rules/RetentionReview.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

RetentionFacts ended(const char* id, const QDate& end, const QDate& referral = {})
{
    RetentionFacts f;
    f.serviceUserId = QString::fromLatin1(id);
    f.lastSupportEnded = end;
    f.lastReferral = referral;
    return f;
}

} // namespace

TEST(RetentionReview, DueOnlyWhenNothingIsCurrentAndTheLastThingIsOlderThanTheYears)
{
    const QDate today(2026, 11, 23);
    // Six years to the day is not yet more than six years.
    EXPECT_FALSE(RetentionReview::isDue(ended("a", QDate(2020, 11, 23)), today, 6));
    EXPECT_TRUE(RetentionReview::isDue(ended("a", QDate(2020, 11, 22)), today, 6));
    // A newer referral (even one declined) counts as the last thing that happened.
    EXPECT_FALSE(RetentionReview::isDue(ended("b", QDate(2018, 1, 1), QDate(2025, 3, 1)), today, 6));
    // A referral that never led to support.
    EXPECT_TRUE(RetentionReview::isDue(ended("c", QDate(), QDate(2019, 5, 1)), today, 6));
    RetentionFacts open = ended("d", QDate(2010, 1, 1));
    open.inSupport = true;
    EXPECT_FALSE(RetentionReview::isDue(open, today, 6));
    RetentionFacts waiting = ended("e", QDate(2010, 1, 1));
    waiting.pendingReferral = true;
    EXPECT_FALSE(RetentionReview::isDue(waiting, today, 6));
    EXPECT_FALSE(RetentionReview::isDue(RetentionFacts{}, today, 6));
}

TEST(RetentionReview, TheLongestAgoComesFirst)
{
    const QDate today(2026, 11, 23);
    const QVector<RetentionFacts> due = RetentionReview::due(
        {ended("recent", QDate(2019, 6, 1)), ended("old", QDate(2012, 6, 1)), ended("current", QDate(2025, 1, 1))}, today, 6);
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due.at(0).serviceUserId, QStringLiteral("old"));
    EXPECT_EQ(due.at(1).serviceUserId, QStringLiteral("recent"));
}
