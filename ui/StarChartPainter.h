#pragma once

#include "core/reports/StarChartData.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QVector>

#include <optional>

class QPainter;

namespace waymark {

// What the star chart is drawn on and its words in: the screen's palette (a dark theme's light
// text on its dark base), or black on white for paper. The rings and spokes are shades between the
// two, and the series' colours are chosen against the base (ChartColours) so they stand out.
struct StarChartInk {
    QColor text = Qt::black;
    QColor base = Qt::white;
};

// The radar drawn with a plain QPainter, on screen (StarChartView) and on paper: rings for the
// scale, one spoke per area with its name outside the rim, and each series as a closed line in its
// own colour with a legend beneath. Printing needs no widgets, so the command line can print too.
class StarChartPainter {
public:
    static void paint(QPainter& painter, const QRectF& area, const StarChartData& data, const StarChartInk& ink = {});
    // The colour of series 0, 1 or 2 (the first, the latest, a third) on `ink`'s base.
    static QColor seriesColour(int series, const StarChartInk& ink = {});
    // Where each scored point of each series is drawn in `area` (series, then area index; none
    // where unscored): for hovering.
    static QVector<QVector<std::optional<QPointF>>> points(const QRectF& area, const StarChartData& data, const QFont& font);
    // The chart as a picture `pixels` wide and tall, white behind.
    static QImage image(const StarChartData& data, int pixels);
};

} // namespace waymark
