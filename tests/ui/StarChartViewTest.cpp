#include "ui/StarChartView.h"
#include "ui/ChartColours.h"
#include "ui/StarChartPainter.h"
#include "ui/StatusColours.h"

#include <QFont>
#include <QImage>
#include <QPalette>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// A person's star: four areas, scored at the first assessment and again at the latest.
StarChartData fourAreas()
{
    StarChartData data;
    data.keys = {QStringLiteral("mood"), QStringLiteral("home"), QStringLiteral("money"), QStringLiteral("people")};
    data.areas = {QStringLiteral("Mood and feelings"), QStringLiteral("Home"), QStringLiteral("Money"),
                  QStringLiteral("People")};
    data.series = {{QStringLiteral("First, Tue 12 May 2026"), {3.0, 5.0, 4.0, 2.0}},
                   {QStringLiteral("Latest, Fri 19 Jun 2026"), {6.0, 7.0, 5.0, 4.0}}};
    return data;
}

// How many of the picture's pixels are exactly `colour`.
int pixelsOf(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == colour;
    return count;
}

} // namespace

TEST(StarChartView, OnADarkThemeTheWordsAreInItsLightTextNotBlackOnDark)
{
    const QColor darkBase(0x23, 0x26, 0x29);
    const QColor lightText(0xef, 0xf0, 0xf1);
    StarChartView chart;
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Base, darkBase);
    dark.setColor(QPalette::Text, lightText);
    chart.setPalette(dark);
    chart.resize(600, 600);
    chart.setData(fourAreas());
    const QImage picture = chart.grab().toImage();
    // The dark base behind, the area names and the legend in the theme's text, and nothing in black.
    EXPECT_EQ(picture.pixelColor(2, 2), darkBase);
    EXPECT_GT(pixelsOf(picture, lightText), 100);
    EXPECT_EQ(pixelsOf(picture, Qt::black), 0);
    // Each series' line stands out from the dark base as WCAG asks of graphics: the paper's
    // purple (2.2 to 1 on it) is lightened, the same hue.
    const StarChartInk ink{lightText, darkBase};
    for (int series = 0; series < 3; ++series)
        EXPECT_GE(StatusColours::contrast(StarChartPainter::seriesColour(series, ink), darkBase),
                  ChartColours::GraphicContrast)
            << series;
    const QColor purple = StarChartPainter::seriesColour(2, ink);
    EXPECT_GT(purple.lightnessF(), StarChartPainter::seriesColour(2).lightnessF());
    EXPECT_NEAR(purple.hueF(), StarChartPainter::seriesColour(2).hueF(), 0.02);
}

TEST(StarChartView, OnPaperTheChartIsBlackOnWhiteWithItsGreyRings)
{
    const QImage picture = StarChartPainter::image(fourAreas(), 800);
    EXPECT_EQ(picture.pixelColor(2, 2), QColor(Qt::white));
    // The area names and legend in black; the scale's numbers in the printed chart's grey.
    EXPECT_GT(pixelsOf(picture, Qt::black), 100);
    EXPECT_GT(pixelsOf(picture, QColor(0x66, 0x66, 0x66)), 0);
    // The scale's numbers beside the first spoke keep clear of the points on it (the first's 3,
    // the latest's 6): none of their grey within a point's width of one.
    const StarChartData data = fourAreas();
    const auto points = StarChartPainter::points(QRectF(0, 0, 800, 800), data, QFont(QStringLiteral("DejaVu Sans")));
    for (int series = 0; series < 2; ++series) {
        ASSERT_TRUE(points.at(series).at(0).has_value());
        const QPoint at = points.at(series).at(0)->toPoint();
        EXPECT_EQ(pixelsOf(picture.copy(at.x() - 8, at.y() - 8, 17, 17), QColor(0x66, 0x66, 0x66)), 0) << series;
    }
    // The series in the colours they have always been printed in.
    EXPECT_EQ(StarChartPainter::seriesColour(0), QColor(0x1f, 0x77, 0xb4));
    EXPECT_EQ(StarChartPainter::seriesColour(1), QColor(0xe0, 0x6c, 0x00));
    EXPECT_EQ(StarChartPainter::seriesColour(2), QColor(0x7b, 0x3f, 0x9e));
}
