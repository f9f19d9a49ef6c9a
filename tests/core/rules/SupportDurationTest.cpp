#include "core/rules/SupportDuration.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

TEST(SupportDuration, EndsTwentyFourCalendarMonthsAfterTheStart)
{
    EXPECT_EQ(SupportDuration::endDue(openPeriod(QDate(2024, 8, 31)), thurrockContract()), QDate(2026, 8, 31));
    EXPECT_EQ(SupportDuration::endDue(openPeriod(QDate(2024, 2, 29)), thurrockContract()), QDate(2026, 2, 28));
}

TEST(SupportDuration, CalendarMonthsKeepToTheLastDayOfAShortMonth)
{
    Contract sixMonths = thurrockContract();
    sixMonths.maxDurationMonths = 6;
    EXPECT_EQ(SupportDuration::endDue(openPeriod(QDate(2026, 8, 31)), sixMonths), QDate(2027, 2, 28));
    EXPECT_EQ(SupportDuration::endDue(openPeriod(QDate(2027, 8, 31)), sixMonths), QDate(2028, 2, 29));
}

TEST(SupportDuration, AnExtensionSetsTheNewEnd)
{
    SupportPeriod p = openPeriod(QDate(2024, 8, 31));
    p.extensionUntil = QDate(2027, 2, 28);
    p.extensionAgreedWith = QStringLiteral("Care co-ordinator, CMHT");
    p.extensionReason = QStringLiteral("Tenancy sustainment");
    EXPECT_EQ(SupportDuration::endDue(p, thurrockContract()), QDate(2027, 2, 28));
    EXPECT_EQ(SupportDuration::state(p, thurrockContract(), QDate(2026, 9, 1)), SupportDuration::State::WithinTime);
}

TEST(SupportDuration, EndingSoonFromEightWeeksBeforeAndPastOnTheDay)
{
    const SupportPeriod p = openPeriod(QDate(2024, 8, 31)); // ends 31 Aug 2026
    const Contract c = thurrockContract();
    EXPECT_EQ(SupportDuration::state(p, c, QDate(2026, 7, 5)), SupportDuration::State::WithinTime);
    EXPECT_EQ(SupportDuration::state(p, c, QDate(2026, 7, 6)), SupportDuration::State::EndingSoon); // 56 days
    EXPECT_EQ(SupportDuration::state(p, c, QDate(2026, 8, 30)), SupportDuration::State::EndingSoon);
    EXPECT_EQ(SupportDuration::state(p, c, QDate(2026, 8, 31)), SupportDuration::State::PastLimit);
}

TEST(SupportDuration, NoLimitWithoutAMaximumOrOnceClosed)
{
    EXPECT_EQ(SupportDuration::state(openPeriod(QDate(2020, 1, 1), QStringLiteral("camden-day")),
                                     camdenContract(), QDate(2026, 7, 1)),
              SupportDuration::State::NoLimit);
    SupportPeriod closed = openPeriod(QDate(2020, 1, 1));
    closed.endDate = QDate(2021, 1, 1);
    EXPECT_EQ(SupportDuration::state(closed, thurrockContract(), QDate(2026, 7, 1)), SupportDuration::State::NoLimit);
}
