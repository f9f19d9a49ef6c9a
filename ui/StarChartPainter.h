#pragma once

#include "core/reports/StarChartData.h"

#include <QImage>
#include <QFont>
#include <QRectF>
#include <QVector>

#include <optional>

class QPainter;

namespace waymark {

// The radar drawn with a plain QPainter, for paper: rings for the scale, one spoke per area with
// its name outside the rim, and each series as a closed line in the colours of the screen's chart
// with a legend beneath. Printing needs no widgets, so the command line can print too.
class StarChartPainter {
public:
    static void paint(QPainter& painter, const QRectF& area, const StarChartData& data);
    // Where each scored point of each series is drawn in `area` (series, then area index; none
    // where unscored): for hovering.
    static QVector<QVector<std::optional<QPointF>>> points(const QRectF& area, const StarChartData& data, const QFont& font);
    // The chart as a picture `pixels` wide and tall, white behind.
    static QImage image(const StarChartData& data, int pixels);
};

} // namespace waymark
