#include "core/rules/WeeklyHours.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

TEST(WeeklyHours, WeeksRunMondayToSunday)
{
    EXPECT_EQ(WeeklyHours::weekStart(QDate(2026, 7, 1)), QDate(2026, 6, 29)); // a Wednesday
    EXPECT_EQ(WeeklyHours::weekStart(QDate(2026, 6, 29)), QDate(2026, 6, 29)); // the Monday
    EXPECT_EQ(WeeklyHours::weekStart(QDate(2026, 7, 5)), QDate(2026, 6, 29));  // the Sunday
}

TEST(WeeklyHours, ThreeHoursIsWithinTheCapAndOneMoreMinuteIsOver)
{
    const QVector<Appointment> week = {
        appointment(QStringLiteral("a"), london(2026, 6, 29, 10), 90),
        appointment(QStringLiteral("b"), london(2026, 7, 1, 14), 90),
    };
    const int minutes = WeeklyHours::plannedMinutesInWeek(week, QDate(2026, 6, 29));
    EXPECT_EQ(minutes, 180);
    EXPECT_FALSE(WeeklyHours::exceedsCap(minutes, thurrockContract()));
    EXPECT_TRUE(WeeklyHours::exceedsCap(181, thurrockContract()));
    EXPECT_FALSE(WeeklyHours::exceedsCap(100000, camdenContract())); // no cap at the day service
}

TEST(WeeklyHours, OnlyPlannedAndAttendedCount)
{
    const QVector<Appointment> week = {
        appointment(QStringLiteral("a"), london(2026, 6, 29, 10), 60, QStringLiteral("attended")),
        appointment(QStringLiteral("b"), london(2026, 6, 30, 10), 60, QStringLiteral("dna")),
        appointment(QStringLiteral("c"), london(2026, 7, 1, 10), 60, QStringLiteral("cancelled_by_person")),
        appointment(QStringLiteral("d"), london(2026, 7, 2, 10), 60, QStringLiteral("cancelled_by_provider")),
        appointment(QStringLiteral("e"), london(2026, 7, 3, 10), 45, QStringLiteral("planned")),
    };
    EXPECT_EQ(WeeklyHours::plannedMinutesInWeek(week, QDate(2026, 6, 29)), 105);
    EXPECT_EQ(WeeklyHours::attendedMinutesInWeek(week, QDate(2026, 6, 29)), 60);
}

TEST(WeeklyHours, SundayLateEveningInSummerBelongsToThatWeekNotTheNext)
{
    // 23:30 London on Sunday 5 July is 22:30 UTC the same day; 00:30 London on Monday 6 July is
    // 23:30 UTC on the Sunday, yet belongs to the next week.
    const QVector<Appointment> list = {
        appointment(QStringLiteral("late"), london(2026, 7, 5, 23, 30), 60),
        appointment(QStringLiteral("early"), london(2026, 7, 6, 0, 30), 60),
    };
    EXPECT_EQ(WeeklyHours::plannedMinutesInWeek(list, QDate(2026, 6, 29)), 60);
    EXPECT_EQ(WeeklyHours::plannedMinutesInWeek(list, QDate(2026, 7, 6)), 60);
}

TEST(WeeklyHours, AWeekWhenTheClocksGoForwardStillHoldsSevenLocalDays)
{
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    const QDate monday(2026, 3, 23);
    const QVector<Appointment> list = {
        appointment(QStringLiteral("mon"), london(2026, 3, 23, 0, 15), 60),
        appointment(QStringLiteral("sun"), london(2026, 3, 29, 23, 30), 60),
        appointment(QStringLiteral("next"), london(2026, 3, 30, 0, 15), 60),
        appointment(QStringLiteral("before"), london(2026, 3, 22, 23, 45), 60),
    };
    EXPECT_EQ(WeeklyHours::plannedMinutesInWeek(list, monday), 120);
}

TEST(WeeklyHours, AWeekWhenTheClocksGoBackStillHoldsSevenLocalDays)
{
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026.
    const QDate monday(2026, 10, 19);
    const QVector<Appointment> list = {
        appointment(QStringLiteral("mon"), london(2026, 10, 19, 0, 30), 60), // 23:30 UTC Sunday 18th
        appointment(QStringLiteral("sun"), london(2026, 10, 25, 23, 30), 90), // 23:30 UTC, GMT again
        appointment(QStringLiteral("next"), london(2026, 10, 26, 0, 30), 60),
    };
    EXPECT_EQ(WeeklyHours::plannedMinutesInWeek(list, monday), 150);
    EXPECT_EQ(WeeklyHours::plannedMinutesInWeek(list, QDate(2026, 10, 26)), 60);
}

TEST(WeeklyHours, BookingPastTheCapNeedsAReason)
{
    const QVector<Appointment> week = {
        appointment(QStringLiteral("a"), london(2026, 6, 29, 10), 120),
    };
    Appointment oneHour = appointment(QString(), london(2026, 7, 2, 10), 60);
    EXPECT_FALSE(WeeklyHours::bookingNeedsReason(week, oneHour, thurrockContract()));
    Appointment longer = appointment(QString(), london(2026, 7, 2, 10), 61);
    EXPECT_TRUE(WeeklyHours::bookingNeedsReason(week, longer, thurrockContract()));
    // Next week has room.
    longer.startsAt = london(2026, 7, 6, 10);
    EXPECT_FALSE(WeeklyHours::bookingNeedsReason(week, longer, thurrockContract()));
    EXPECT_FALSE(WeeklyHours::bookingNeedsReason(week, longer, camdenContract()));
}

TEST(WeeklyHours, MovingAnAppointmentCountsItOnce)
{
    const QVector<Appointment> week = {
        appointment(QStringLiteral("a"), london(2026, 6, 29, 10), 120),
        appointment(QStringLiteral("b"), london(2026, 6, 30, 10), 60),
    };
    Appointment moved = week.at(1);
    moved.startsAt = london(2026, 7, 2, 15);
    EXPECT_FALSE(WeeklyHours::bookingNeedsReason(week, moved, thurrockContract()));
}

TEST(WeeklyHours, AFractionalCapIsComparedExactly)
{
    Contract c = test::thurrockContract();
    c.weeklyHoursCap = 2.509; // 150.54 minutes
    EXPECT_FALSE(WeeklyHours::exceedsCap(150, c));
    EXPECT_TRUE(WeeklyHours::exceedsCap(151, c));
    c.weeklyHoursCap = 0.7; // 42 minutes, not exact in binary
    EXPECT_FALSE(WeeklyHours::exceedsCap(42, c));
    EXPECT_TRUE(WeeklyHours::exceedsCap(43, c));
}
