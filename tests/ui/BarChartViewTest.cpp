#include "ui/BarChartView.h"

#include <QApplication>
#include <QImage>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

using Bar = BarChartView::Bar;

const QVector<Bar> ageBands = {
    {QStringLiteral("18-24"), 12}, {QStringLiteral("25-34"), 41},       {QStringLiteral("35-44"), 53},
    {QStringLiteral("45-54"), 59}, {QStringLiteral("Not recorded"), 0},
};

// By corners, so that a bar of nothing (no width) counts as inside too.
bool inside(const QRectF& inner, const QRectF& outer)
{
    const QRectF room = outer.adjusted(-0.5, -0.5, 0.5, 0.5);
    return room.contains(inner.topLeft()) && room.contains(inner.bottomRight());
}

QColor colourAt(QWidget& widget, const QPointF& point)
{
    return widget.grab().toImage().pixelColor(point.toPoint());
}

} // namespace

TEST(BarChartView, BarsAcrossReadFromTheTopAndGrowWithTheirFigure)
{
    BarChartView chart(BarChartView::Direction::Across);
    chart.resize(480, 300);
    chart.setColour(QColor(0x2a, 0x6f, 0x97));
    chart.setBars(ageBands);
    for (int i = 1; i < ageBands.size(); ++i)
        EXPECT_LT(chart.barRect(i - 1).center().y(), chart.barRect(i).center().y()) << i;
    // Every bar starts at zero, and is as long as its figure says.
    EXPECT_NEAR(chart.barRect(0).left(), chart.barRect(3).left(), 0.01);
    EXPECT_NEAR(chart.barRect(3).width() / chart.barRect(0).width(), 59.0 / 12.0, 0.01);
    EXPECT_NEAR(chart.barRect(4).width(), 0, 0.01);
    // Drawn in its colour, and hovering it says its name and number.
    EXPECT_EQ(colourAt(chart, chart.barRect(2).center()), QColor(0x2a, 0x6f, 0x97));
    EXPECT_EQ(chart.barAt(chart.barRect(2).center()), 2);
    EXPECT_EQ(chart.barText(2), QStringLiteral("35-44: 53"));
    EXPECT_EQ(chart.barAt(QPointF(-5, -5)), -1);
}

TEST(BarChartView, EveryNumberAndTheLongestBarFitOnTheChart)
{
    for (const BarChartView::Direction direction : {BarChartView::Direction::Across, BarChartView::Direction::Up}) {
        BarChartView chart(direction);
        chart.setTitle(QStringLiteral("Service users (N) by group"));
        chart.resize(chart.minimumSizeHint());
        chart.setBars(ageBands);
        const QRectF whole(chart.rect());
        for (int i = 0; i < ageBands.size(); ++i) {
            EXPECT_TRUE(inside(chart.barRect(i), whole)) << i;
            EXPECT_TRUE(inside(chart.valueRect(i), whole)) << i;
            EXPECT_FALSE(chart.valueRect(i).intersects(chart.barRect(i))) << "the number is written over its bar";
        }
    }
}

TEST(BarChartView, BarsUpReadFromTheLeftAndRiseFromTheBottom)
{
    BarChartView chart(BarChartView::Direction::Up);
    chart.resize(480, 300);
    chart.setBars({{QStringLiteral("Jul-Sep 25"), 163}, {QStringLiteral("Apr-Jun 26"), 221}});
    EXPECT_LT(chart.barRect(0).center().x(), chart.barRect(1).center().x());
    EXPECT_NEAR(chart.barRect(0).bottom(), chart.barRect(1).bottom(), 0.01);
    EXPECT_GT(chart.barRect(1).height(), chart.barRect(0).height());
    // The number sits above its bar.
    EXPECT_LE(chart.valueRect(1).bottom(), chart.barRect(1).top());
}

TEST(BarChartView, ChangesAreSignedAndAFallGoesTheOtherWay)
{
    BarChartView chart(BarChartView::Direction::Across);
    chart.resize(480, 300);
    chart.setValueStyle(0, true);
    chart.setBars({{QStringLiteral("Mood"), 3}, {QStringLiteral("Money"), -2}, {QStringLiteral("Home"), 0}});
    EXPECT_EQ(chart.valueText(3), QStringLiteral("+3"));
    EXPECT_EQ(chart.valueText(-2), QStringLiteral("-2"));
    EXPECT_EQ(chart.valueText(0), QStringLiteral("0"));
    // Zero in the middle: the rise to its right, the fall to its left with its number beyond it.
    EXPECT_NEAR(chart.barRect(0).left(), chart.barRect(1).right(), 0.01);
    EXPECT_LE(chart.valueRect(1).right(), chart.barRect(1).left());
    const ChartScale scale = chart.scale();
    EXPECT_EQ(scale.from, -scale.to);

    chart.setValueStyle(2, true);
    EXPECT_EQ(chart.valueText(1.8), QStringLiteral("+1.80"));
    // What rounds to nothing is not "-0.00".
    EXPECT_EQ(chart.valueText(-0.001), QStringLiteral("0.00"));
}

TEST(BarChartView, AnAreaWithoutAFigureIsNamedButHasNoBar)
{
    BarChartView chart(BarChartView::Direction::Across);
    chart.resize(480, 300);
    chart.setBars({{QStringLiteral("Mood"), 2}, {QStringLiteral("Home (not scored twice)"), std::nullopt}});
    EXPECT_TRUE(chart.barRect(1).isNull());
    EXPECT_EQ(chart.barText(1), QStringLiteral("Home (not scored twice): no figure"));
}

TEST(BarChartView, AScreenReaderHearsEveryNameAndNumber)
{
    BarChartView chart(BarChartView::Direction::Across);
    chart.setTitle(QStringLiteral("Distance travelled"));
    chart.setValueStyle(0, true);
    chart.setBars({{QStringLiteral("Mood"), 2}, {QStringLiteral("Home"), -1}});
    EXPECT_EQ(chart.accessibleDescription(), QStringLiteral("Distance travelled. Mood: +2; Home: -1"));
    chart.setEmptyText(QStringLiteral("Nothing yet."));
    chart.setBars({});
    EXPECT_EQ(chart.accessibleDescription(), QStringLiteral("Distance travelled. Nothing yet."));
}

TEST(BarChartView, ALongNameIsWrappedOrCutShortNotDrawnOverTheBars)
{
    BarChartView chart(BarChartView::Direction::Across);
    chart.resize(300, 400);
    chart.setBars({{QStringLiteral("Things that matter to you, and the people who matter to you most of all"), 4},
                   {QStringLiteral("Mood"), 2}});
    // The names take at most four tenths of the width, whatever their length, and the bars and
    // their numbers the rest.
    EXPECT_LE(chart.barRect(1).left(), 300 * 0.5);
    EXPECT_GT(chart.barRect(0).width(), 300 * 0.25);
    EXPECT_TRUE(inside(chart.valueRect(0), QRectF(chart.rect())));
}
