#include "ui/StarChartPainter.h"

#include "ui/ChartColours.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace waymark {

namespace {

// `ink`'s text faded towards its base by `fraction` (0: the text's colour, 1: the base's). On
// paper, black towards white: 0x66, 0x88 and so on are the greys the printed chart has always had.
QColor shade(const StarChartInk& ink, qreal fraction)
{
    const auto mix = [fraction](int from, int to) { return qRound(from + (to - from) * fraction); };
    return QColor(mix(ink.text.red(), ink.base.red()), mix(ink.text.green(), ink.base.green()),
                  mix(ink.text.blue(), ink.base.blue()));
}

// A point at `fraction` of the radius along the spoke of `axis` of `axes` (the first at the top).
QPointF onSpoke(const QPointF& centre, qreal radius, int axis, int axes, qreal fraction)
{
    const qreal angle = 2 * std::numbers::pi * axis / std::max(1, axes) - std::numbers::pi / 2;
    return centre + QPointF(std::cos(angle), std::sin(angle)) * radius * fraction;
}

} // namespace

namespace {

// Where everything goes in `area`: the plot above the legend, the centre and radius of the star.
struct Geometry {
    QFont font;
    qreal labelRoom = 0;
    QRectF plot;
    QPointF centre;
    qreal radius = 0;
    qreal span = 1;
};

Geometry geometryOf(const QRectF& area, const StarChartData& data, QFont font)
{
    Geometry g;
    // Text scales with the smaller side, so a wide or tall area keeps the star and its names in proportion.
    font.setPixelSize(std::max(11, int(std::min(area.width(), area.height()) / 38)));
    g.font = font;
    const QFontMetricsF metrics(font);
    const qreal legendHeight = metrics.height() * 1.6 * qreal(std::max<qsizetype>(1, data.series.size()));
    // Room outside the rim for the area names, which wrap onto two lines when long.
    g.labelRoom = metrics.horizontalAdvance(QStringLiteral("Things that matter")) * 0.9;
    g.plot = QRectF(area.left(), area.top(), area.width(), area.height() - legendHeight);
    // Names sit beside the rim left and right, and above and below it at top and bottom: the
    // star takes what room is left either way.
    g.radius = std::max<qreal>(10, std::min(g.plot.width() / 2 - g.labelRoom - metrics.height() * 0.6,
                                            g.plot.height() / 2 - metrics.height() * 2.6));
    g.centre = g.plot.center();
    g.span = std::max(1, data.scaleMax);
    return g;
}

} // namespace

QColor StarChartPainter::seriesColour(int series, const StarChartInk& ink)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe0, 0x6c, 0x00), QColor(0x7b, 0x3f, 0x9e)};
    // On a dark base the paper's purple is too dark to tell from it (2.2 to 1), and lightened.
    return ChartColours::against(colours[std::clamp(series, 0, 2)], ink.base);
}

QVector<QVector<std::optional<QPointF>>> StarChartPainter::points(const QRectF& area, const StarChartData& data,
                                                                  const QFont& font)
{
    const Geometry g = geometryOf(area, data, font);
    const int axes = int(data.areas.size());
    QVector<QVector<std::optional<QPointF>>> out;
    for (const StarChartSeries& series : data.series) {
        QVector<std::optional<QPointF>> line;
        for (int i = 0; i < axes; ++i) {
            const std::optional<double> v = series.values.value(i);
            line << (v ? std::optional<QPointF>(onSpoke(g.centre, g.radius, i, axes, *v / g.span)) : std::nullopt);
        }
        out << line;
    }
    return out;
}

void StarChartPainter::paint(QPainter& painter, const QRectF& area, const StarChartData& data, const StarChartInk& ink)
{
    const auto colourOf = [&ink](int series) { return seriesColour(series, ink); };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const int axes = int(data.areas.size());
    const Geometry g = geometryOf(area, data, painter.font());
    painter.setFont(g.font);
    const QFontMetricsF metrics(g.font);
    const qreal labelRoom = g.labelRoom;
    const QRectF plot = g.plot;
    const qreal radius = g.radius;
    const QPointF centre = g.centre;
    const qreal span = g.span;

    // Rings at every other score, lightly; the scale's top ring darker.
    QVector<int> rings;
    for (int score = 2; score < data.scaleMax; score += 2)
        rings << score;
    rings << data.scaleMax; // the rim, whatever the scale
    for (int score : rings) {
        painter.setPen(QPen(shade(ink, score == data.scaleMax ? 0x88 / 255.0 : 0xcc / 255.0), radius / 300));
        QPolygonF ring;
        for (int i = 0; i < axes; ++i)
            ring << onSpoke(centre, radius, i, axes, score / span);
        painter.drawPolygon(ring);
    }
    // Spokes and the area names outside the rim.
    for (int i = 0; i < axes; ++i) {
        painter.setPen(QPen(shade(ink, 0xbb / 255.0), radius / 300));
        painter.drawLine(centre, onSpoke(centre, radius, i, axes, 1.0));
        // Side names start just outside the rim and take the room kept for them; names at the
        // top and bottom are centred above or below it. None ever sits on the star.
        const QPointF at = onSpoke(centre, radius, i, axes, 1.0);
        const qreal gap = metrics.height() * 0.4;
        const qreal dx = at.x() - centre.x();
        const qreal dy = at.y() - centre.y();
        QRectF box;
        if (std::abs(dx) <= radius * 0.2) {
            const qreal width = labelRoom * 1.8;
            box = QRectF(at.x() - width / 2, dy < 0 ? at.y() - gap - metrics.height() * 2 : at.y() + gap, width,
                         metrics.height() * 2);
        } else {
            box = QRectF(dx > 0 ? at.x() + gap : at.x() - gap - labelRoom, at.y() - metrics.height(), labelRoom,
                         metrics.height() * 2);
            if (std::abs(dy) > radius * 0.6)
                box.translate(0, dy > 0 ? metrics.height() * 0.5 : -metrics.height() * 0.5);
        }
        painter.setPen(ink.text);
        const int align = (std::abs(dx) <= radius * 0.2 ? Qt::AlignHCenter | (dy < 0 ? Qt::AlignBottom : Qt::AlignTop)
                                                        : (dx > 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter)
                          | Qt::TextWordWrap;
        painter.drawText(box, align, data.areas.at(i));
    }
    // The series, each closed where every area is scored, with its points marked.
    for (int s = 0; s < data.series.size(); ++s) {
        const StarChartSeries& series = data.series.at(s);
        QPen pen(colourOf(s), radius / 110);
        if (s == 2)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        // A line joins two neighbouring spokes only when both are scored: an unscored area is a
        // gap, never a line that looks like a score.
        QVector<std::optional<QPointF>> at;
        QPolygonF line;
        for (int i = 0; i < axes; ++i) {
            const std::optional<double> v = series.values.value(i);
            at << (v ? std::optional<QPointF>(onSpoke(centre, radius, i, axes, *v / span)) : std::nullopt);
            if (v)
                line << *at.last();
        }
        for (int i = 0; i < axes && axes > 1; ++i) {
            const std::optional<QPointF>& from = at.at(i);
            const std::optional<QPointF>& to = at.at((i + 1) % axes);
            if (from && to)
                painter.drawLine(*from, *to);
        }
        painter.setBrush(colourOf(s));
        for (const QPointF& p : line)
            painter.drawEllipse(p, radius / 70, radius / 70);
        painter.setBrush(Qt::NoBrush);
    }
    // The scale's numbers beside the first spoke, clear of its points, drawn over the lines with
    // a rim of the background: a series' line crossing a number leaves it readable.
    for (int score : rings) {
        QPainterPath number;
        number.addText(onSpoke(centre, radius, 0, axes, score / span) +
                           QPointF(radius / 70 + metrics.height() / 4, metrics.ascent() / 2),
                       g.font, QString::number(score));
        painter.strokePath(number, QPen(ink.base, metrics.height() / 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(number, shade(ink, 0x66 / 255.0));
    }
    // The legend: a swatch and the series' label.
    qreal y = plot.bottom() + metrics.height() * 0.4;
    for (int s = 0; s < data.series.size(); ++s) {
        painter.setPen(QPen(colourOf(s), metrics.height() / 4, s == 2 ? Qt::DashLine : Qt::SolidLine));
        const qreal x = area.center().x() - metrics.horizontalAdvance(data.series.at(0).label) / 2 - metrics.height() * 1.3;
        painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + metrics.height() * 2, y + metrics.height() / 2));
        painter.setPen(ink.text);
        painter.drawText(QPointF(x + metrics.height() * 2.6, y + metrics.ascent()), data.series.at(s).label);
        y += metrics.height() * 1.6;
    }
    painter.restore();
}

QImage StarChartPainter::image(const StarChartData& data, int pixels)
{
    QImage picture(pixels, pixels, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    QFont font(QStringLiteral("DejaVu Sans"));
    painter.setFont(font);
    paint(painter, QRectF(0, 0, pixels, pixels), data);
    return picture;
}

} // namespace waymark
