#include "ui/ChartScale.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace waymark;

TEST(ChartScale, CountsGetRoundGridlinesJustAboveTheHighest)
{
    const ChartScale scale = ChartScale::fitting(0, 59, false, true);
    EXPECT_EQ(scale.from, 0);
    EXPECT_EQ(scale.to, 60);
    EXPECT_EQ(scale.step, 20);
    EXPECT_EQ(scale.ticks(), (QVector<double>{0, 20, 40, 60}));
    EXPECT_EQ(scale.decimals(), 0);

    const ChartScale larger = ChartScale::fitting(0, 221, false, true);
    EXPECT_EQ(larger.to, 250);
    EXPECT_EQ(larger.step, 50);
}

TEST(ChartScale, CountsNeverStepByLessThanOne)
{
    // 0 to 2 people: gridlines at half a person would read as if there could be one.
    const ChartScale scale = ChartScale::fitting(0, 2, false, true);
    EXPECT_EQ(scale.step, 1);
    EXPECT_EQ(scale.ticks(), (QVector<double>{0, 1, 2}));
    // Hours may: 0 to 1.5 in half hours.
    const ChartScale hours = ChartScale::fitting(0, 1.5, false, false);
    EXPECT_EQ(hours.step, 0.5);
    EXPECT_EQ(hours.decimals(), 1);
    EXPECT_EQ(hours.to, 1.5);
}

TEST(ChartScale, ChangesPutZeroInTheMiddle)
{
    // A person's star: every area up, at most 4 points; the axis still shows how far down goes.
    const ChartScale person = ChartScale::fitting(0, 4, true, true);
    EXPECT_EQ(person.from, -4);
    EXPECT_EQ(person.to, 4);
    EXPECT_EQ(person.ticks(), (QVector<double>{-4, -2, 0, 2, 4}));
    EXPECT_DOUBLE_EQ(person.fraction(0), 0.5);
    // A caseload's mean changes, up to 1.95 points.
    const ChartScale means = ChartScale::fitting(-0.3, 1.95, true, false);
    EXPECT_EQ(means.from, -2);
    EXPECT_EQ(means.to, 2);
    EXPECT_EQ(means.step, 1);
}

TEST(ChartScale, AGridlineAtZeroIsZeroNotAHairBesideIt)
{
    // -0.3 + 3 x 0.1 is 5.6e-17 in doubles: a label of "0.0" either way, but a gridline a hair
    // off the axis, and "-0" where the hair falls below.
    const ChartScale scale{-0.3, 0.3, 0.1};
    ASSERT_EQ(scale.ticks().size(), 7);
    EXPECT_EQ(scale.ticks().at(3), 0.0);
    EXPECT_FALSE(std::signbit(scale.ticks().at(3)));
}

TEST(ChartScale, WhatCannotBeDrawnGetsThePlainScaleAtOnce)
{
    for (const auto& [low, high] : {std::pair{0.0, std::numeric_limits<double>::infinity()},
                                    std::pair{-std::numeric_limits<double>::infinity(), 1.0},
                                    std::pair{0.0, std::numeric_limits<double>::quiet_NaN()},
                                    std::pair{std::numeric_limits<double>::quiet_NaN(), 0.0}, std::pair{0.0, 1e-300}}) {
        const ChartScale scale = ChartScale::fitting(low, high, false, false);
        EXPECT_EQ(scale.from, 0) << low << " " << high;
        EXPECT_EQ(scale.to, 1) << low << " " << high;
    }
    // Too wide for a double's span: still finite ends and a finite step.
    const ChartScale wide = ChartScale::fitting(-1e308, 1e308, false, false);
    EXPECT_TRUE(std::isfinite(wide.from) && std::isfinite(wide.to) && std::isfinite(wide.step));
    EXPECT_GT(wide.step, 0);
}

TEST(ChartScale, ZeroBetweenRiseAndFallTakesTwoStepsEvenWhenOneIsAskedFor)
{
    const ChartScale scale = ChartScale::fitting(-1, 1, false, true, 1);
    EXPECT_EQ(scale.from, -1);
    EXPECT_EQ(scale.to, 1);
    EXPECT_EQ(scale.ticks().size(), 3);
}

TEST(ChartScale, FallsAsWellAsRises)
{
    const ChartScale scale = ChartScale::fitting(-7, 3, false, true);
    EXPECT_EQ(scale.from, -10);
    EXPECT_EQ(scale.to, 5);
    EXPECT_EQ(scale.step, 5);
    EXPECT_DOUBLE_EQ(scale.fraction(-10), 0);
    EXPECT_DOUBLE_EQ(scale.fraction(0), 10.0 / 15.0);
    EXPECT_DOUBLE_EQ(scale.fraction(5), 1);
}

TEST(ChartScale, NothingButZerosStillHasAnAxis)
{
    const ChartScale counts = ChartScale::fitting(0, 0, false, true);
    EXPECT_EQ(counts.from, 0);
    EXPECT_EQ(counts.to, 1);
    EXPECT_EQ(counts.ticks(), (QVector<double>{0, 1}));
    const ChartScale changes = ChartScale::fitting(0, 0, true, true);
    EXPECT_EQ(changes.from, -1);
    EXPECT_EQ(changes.to, 1);
}

TEST(ChartScale, SmallFractionsGetTheDecimalsTheyNeed)
{
    const ChartScale scale = ChartScale::fitting(0, 0.23, false, false);
    EXPECT_DOUBLE_EQ(scale.step, 0.05);
    EXPECT_DOUBLE_EQ(scale.to, 0.25);
    EXPECT_EQ(scale.decimals(), 2);
    EXPECT_EQ(scale.ticks().size(), 6);
}
