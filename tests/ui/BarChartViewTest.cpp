#include "ui/BarChartView.h"
#include "ui/ChartColours.h"
#include "ui/StatusColours.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <limits>

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
    const QImage image = widget.grab().toImage();
    return image.pixelColor((point * image.devicePixelRatio()).toPoint());
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

TEST(BarChartView, OnADarkThemeABarTooDarkToSeeIsLightened)
{
    const QColor darkBase(0x23, 0x26, 0x29);
    const QColor lightText(0xef, 0xf0, 0xf1);
    BarChartView chart(BarChartView::Direction::Across);
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Base, darkBase);
    dark.setColor(QPalette::Text, lightText);
    chart.setPalette(dark);
    chart.resize(480, 300);
    // The Outputs page's blue: 2.8 to 1 on this base.
    const QColor blue(0x2a, 0x6f, 0x97);
    ASSERT_LT(StatusColours::contrast(blue, darkBase), ChartColours::GraphicContrast);
    chart.setColour(blue);
    chart.setBars(ageBands);
    const QColor bar = colourAt(chart, chart.barRect(2).center());
    EXPECT_GE(StatusColours::contrast(bar, darkBase), ChartColours::GraphicContrast) << bar.name().toStdString();
    EXPECT_NEAR(bar.hueF(), blue.hueF(), 0.02);
    EXPECT_EQ(colourAt(chart, QPointF(1, 1)), darkBase);
    // A colour that stands out already is kept as it is: the Outputs page's orange.
    chart.setColour(QColor(0xe0, 0x7a, 0x1f));
    EXPECT_EQ(colourAt(chart, chart.barRect(2).center()), QColor(0xe0, 0x7a, 0x1f));
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
            if (chart.barRect(i).width() > 0 && chart.barRect(i).height() > 0) {
                EXPECT_FALSE(chart.valueRect(i).intersects(chart.barRect(i))) << "the number is written over its bar";
            }
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
    EXPECT_EQ(chart.barText(1), QStringLiteral("Home (not scored twice)"));
    // Nor has a figure that is not a number, rather than a bar off the chart.
    chart.setBars({{QStringLiteral("Mood"), std::numeric_limits<double>::infinity()},
                   {QStringLiteral("Home"), std::numeric_limits<double>::quiet_NaN()},
                   {QStringLiteral("Money"), 1}});
    EXPECT_FALSE(chart.bars().at(0).value.has_value());
    EXPECT_FALSE(chart.bars().at(1).value.has_value());
    EXPECT_TRUE(chart.barRect(0).isNull());
    EXPECT_EQ(chart.scale().to, 1);
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
    const QString longName = QStringLiteral("Things that matter to you, and the people who matter to you most of all");
    BarChartView chart(BarChartView::Direction::Across);
    chart.resize(300, 400);
    chart.setBars({{longName, 4}, {QStringLiteral("Mood"), 2}});
    // The names take at most four tenths of the width, whatever their length, and the bars and
    // their numbers the rest.
    EXPECT_LE(chart.nameRect(0).right(), 300 * 0.4 + 10);
    EXPECT_LT(chart.nameRect(0).right(), chart.barRect(0).left());
    EXPECT_GT(chart.barRect(0).width(), 300 * 0.25);
    // Tall rows: the whole name, on as many lines as it takes.
    EXPECT_EQ(chart.nameShown(0), longName);
    EXPECT_EQ(chart.nameShown(1), QStringLiteral("Mood"));
    // Short rows: cut short, with an ellipsis.
    chart.resize(300, 120);
    EXPECT_TRUE(chart.nameShown(0).endsWith(QChar(0x2026))) << chart.nameShown(0).toStdString();
    EXPECT_LT(chart.nameShown(0).size(), longName.size());
}

TEST(BarChartView, ManyNamesAskForTheirLinesSoThatNoneOverlaps)
{
    QVector<Bar> ethnicities;
    for (int i = 0; i < 21; ++i)
        ethnicities << Bar{QStringLiteral("Group %1").arg(i + 1), double(i)};
    BarChartView chart(BarChartView::Direction::Across);
    chart.setTitle(QStringLiteral("Service users (N) by group"));
    chart.setBars(ethnicities);
    chart.resize(chart.minimumSizeHint());
    const double line = QFontMetricsF(chart.font()).height();
    for (int i = 1; i < ethnicities.size(); ++i) {
        EXPECT_GE(chart.nameRect(i).top(), chart.nameRect(i - 1).bottom() - 0.01) << i;
        EXPECT_GE(chart.nameRect(i).height(), line) << i;
    }
}

TEST(BarChartView, ANarrowChartHasFewerGridlinesSoTheirNumbersStayApart)
{
    BarChartView chart(BarChartView::Direction::Across);
    chart.setBars({{QStringLiteral("A"), 12345}, {QStringLiteral("B"), 6789}});
    chart.resize(900, 300);
    const qsizetype wide = chart.scale().ticks().size();
    chart.resize(chart.minimumSizeHint().width(), 300);
    const ChartScale narrow = chart.scale();
    EXPECT_LT(narrow.ticks().size(), wide);
    // The axis's length, from bar A: its width is its share of the scale.
    const double axis = chart.barRect(0).width() / (narrow.fraction(12345) - narrow.fraction(0));
    const double spacing = axis * narrow.step / (narrow.to - narrow.from);
    const QFontMetricsF metrics(chart.font());
    for (double tick : narrow.ticks())
        EXPECT_GT(spacing, metrics.horizontalAdvance(QLocale().toString(tick, 'f', 0))) << tick;
}
