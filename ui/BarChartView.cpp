#include "ui/BarChartView.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace waymark {

// Everything the painting and the hovering both need, worked out from the widget's size and font
// in one place so that what is hovered is what is drawn.
struct BarChartView::Geometry {
    QRectF title;
    QRectF empty;
    ChartScale scale;
    // The axis's ends: a value's bar starts at position(0) and ends at position(value).
    double axisStart = 0;
    double axisEnd = 0;
    QRectF plot;
    QVector<QRectF> places;
    QVector<QRectF> names;
    QVector<QString> nameTexts;
    QVector<int> nameFlags;
    QVector<QRectF> bars;
    QVector<QRectF> values;
    QVector<QPair<double, QRectF>> ticks;
    QVector<QLineF> gridlines;
    QLineF zeroLine;
};

namespace {

QFont titleFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

BarChartView::BarChartView(Direction direction, QWidget* parent)
    : QWidget(parent)
    , m_direction(direction)
    , m_emptyText(tr("No figures to show."))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    describe();
}

void BarChartView::setTitle(const QString& title)
{
    m_title = title;
    describe();
    updateGeometry();
    update();
}

void BarChartView::setColour(const QColor& colour)
{
    m_colour = colour;
    update();
}

void BarChartView::setValueStyle(int decimals, bool signedValues)
{
    m_decimals = std::max(decimals, 0);
    m_signed = signedValues;
    describe();
    update();
}

void BarChartView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    describe();
    update();
}

void BarChartView::setBars(const QVector<Bar>& bars)
{
    m_bars = bars;
    describe();
    updateGeometry();
    update();
}

ChartScale BarChartView::scale() const
{
    double low = 0;
    double high = 0;
    for (const Bar& bar : m_bars)
        if (bar.value) {
            low = std::min(low, *bar.value);
            high = std::max(high, *bar.value);
        }
    return ChartScale::fitting(low, high, m_signed, m_decimals == 0);
}

QString BarChartView::valueText(double value) const
{
    return written(value, m_decimals);
}

QString BarChartView::written(double value, int decimals) const
{
    // What rounds to nothing is written as nothing, not "-0".
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    const QLocale locale;
    const QString number = locale.toString(value, 'f', decimals);
    return m_signed && value > 0 ? locale.positiveSign() + number : number;
}

QString BarChartView::barText(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Bar& bar = m_bars.at(index);
    return bar.value ? tr("%1: %2").arg(bar.label, valueText(*bar.value)) : tr("%1: no figure").arg(bar.label);
}

QRectF BarChartView::barRect(int index) const
{
    return geometry().bars.value(index);
}

QRectF BarChartView::valueRect(int index) const
{
    return geometry().values.value(index);
}

int BarChartView::barAt(const QPointF& position) const
{
    const Geometry g = geometry();
    for (int i = 0; i < g.places.size(); ++i)
        if (g.places.at(i).contains(position))
            return i;
    return -1;
}

QSize BarChartView::sizeHint() const
{
    const QFontMetricsF metrics(font());
    if (m_direction == Direction::Up)
        return {480, 280};
    const qsizetype rows = std::max<qsizetype>(m_bars.size(), 3);
    return {480, std::max(240, int(metrics.height() * (1.8 * double(rows) + 4)))};
}

QSize BarChartView::minimumSizeHint() const
{
    return {240, 180};
}

BarChartView::Geometry BarChartView::geometry() const
{
    Geometry g;
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    const double gap = line * 0.4;
    QRectF area = QRectF(rect()).adjusted(line * 0.6, line * 0.5, -line * 0.6, -line * 0.5);
    if (!m_title.isEmpty()) {
        g.title = QRectF(area.left(), area.top(), area.width(), QFontMetricsF(titleFont(font())).height());
        area.setTop(g.title.bottom() + gap * 1.5);
    }
    g.scale = scale();
    bool anyBar = false;
    for (const Bar& bar : m_bars)
        anyBar = anyBar || bar.value.has_value();
    if (m_bars.isEmpty()) {
        g.empty = area;
        return g;
    }

    // The room the numbers at the bars' ends need, beyond the end of the axis.
    double risingWidth = 0;
    double fallingWidth = 0;
    for (const Bar& bar : m_bars) {
        if (!bar.value)
            continue;
        double& room = *bar.value < 0 ? fallingWidth : risingWidth;
        room = std::max(room, metrics.horizontalAdvance(valueText(*bar.value)));
    }
    const QVector<double> ticks = g.scale.ticks();
    auto tickText = [&](double tick) { return written(tick, g.scale.decimals()); };
    double tickWidth = 0;
    for (double tick : ticks)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(tickText(tick)));
    const qsizetype count = m_bars.size();

    if (m_direction == Direction::Across) {
        double nameWidth = 0;
        for (const Bar& bar : m_bars)
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(bar.label));
        nameWidth = std::min(nameWidth, area.width() * 0.4);
        // The axis's first and last labels are centred on their gridlines: half of each must fit.
        const double plotLeft = area.left() + nameWidth + gap + tickWidth / 2;
        const double plotRight = area.right() - tickWidth / 2;
        g.plot = QRectF(QPointF(area.left() + nameWidth + gap, area.top()),
                        QPointF(area.right(), area.bottom() - line - gap));
        g.axisStart = plotLeft + (fallingWidth > 0 ? fallingWidth + gap : 0);
        g.axisEnd = std::max(g.axisStart + 1, plotRight - (risingWidth > 0 ? risingWidth + gap : 0));
        auto x = [&](double value) { return g.axisStart + g.scale.fraction(value) * (g.axisEnd - g.axisStart); };
        const double rowHeight = g.plot.height() / double(count);
        const double thickness = std::min(rowHeight * 0.6, line * 1.6);
        for (qsizetype i = 0; i < count; ++i) {
            const Bar& bar = m_bars.at(i);
            const QRectF slot(area.left(), g.plot.top() + rowHeight * double(i), area.width(), rowHeight);
            g.places << slot;
            const QRectF name(area.left(), slot.top(), nameWidth, rowHeight);
            g.names << name;
            // A long name wraps onto a second line where the row has room for it, and is cut short
            // with an ellipsis where it has not.
            const QRectF wrapped = metrics.boundingRect(QRectF(0, 0, nameWidth, 1e6), Qt::TextWordWrap, bar.label);
            if (metrics.horizontalAdvance(bar.label) <= nameWidth + 0.5) {
                g.nameTexts << bar.label;
                g.nameFlags << int(Qt::AlignRight | Qt::AlignVCenter);
            } else if (wrapped.height() <= rowHeight && wrapped.width() <= nameWidth + 0.5) {
                g.nameTexts << bar.label;
                g.nameFlags << int(Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap);
            } else {
                g.nameTexts << metrics.elidedText(bar.label, Qt::ElideRight, nameWidth);
                g.nameFlags << int(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (!bar.value) {
                g.bars << QRectF();
                g.values << QRectF();
                continue;
            }
            const double top = slot.center().y() - thickness / 2;
            const double zero = x(0);
            const double end = x(*bar.value);
            g.bars << QRectF(QPointF(std::min(zero, end), top), QPointF(std::max(zero, end), top + thickness));
            const double width = metrics.horizontalAdvance(valueText(*bar.value));
            const double left = *bar.value < 0 ? end - gap - width : end + gap;
            g.values << QRectF(left, slot.center().y() - line / 2, width, line);
        }
        for (double tick : ticks) {
            const double at = x(tick);
            const double width = metrics.horizontalAdvance(tickText(tick));
            g.ticks << qMakePair(tick, QRectF(at - width / 2, g.plot.bottom() + gap, width, line));
            g.gridlines << QLineF(at, g.plot.top(), at, g.plot.bottom());
        }
        g.zeroLine = QLineF(x(0), g.plot.top(), x(0), g.plot.bottom());
    } else {
        g.plot = QRectF(QPointF(area.left() + tickWidth + gap, area.top()),
                        QPointF(area.right(), area.bottom() - line - gap));
        // Room above the highest bar for its number, and at least half the top gridline's label.
        g.axisStart = g.plot.bottom() - (fallingWidth > 0 ? line + gap : 0);
        g.axisEnd = std::min(g.axisStart - 1, g.plot.top() + (risingWidth > 0 ? line + gap : line / 2));
        auto y = [&](double value) { return g.axisStart + g.scale.fraction(value) * (g.axisEnd - g.axisStart); };
        const double columnWidth = g.plot.width() / double(count);
        const double thickness = std::min(columnWidth * 0.6, line * 4);
        for (qsizetype i = 0; i < count; ++i) {
            const Bar& bar = m_bars.at(i);
            const QRectF slot(g.plot.left() + columnWidth * double(i), area.top(), columnWidth, area.height());
            g.places << slot;
            const QRectF name(slot.left(), g.plot.bottom() + gap, columnWidth, line);
            g.names << name;
            g.nameTexts << metrics.elidedText(bar.label, Qt::ElideRight, columnWidth);
            g.nameFlags << int(Qt::AlignHCenter | Qt::AlignTop);
            if (!bar.value) {
                g.bars << QRectF();
                g.values << QRectF();
                continue;
            }
            const double left = slot.center().x() - thickness / 2;
            const double zero = y(0);
            const double end = y(*bar.value);
            g.bars << QRectF(QPointF(left, std::min(zero, end)), QPointF(left + thickness, std::max(zero, end)));
            const double width = metrics.horizontalAdvance(valueText(*bar.value));
            const double top = *bar.value < 0 ? end + gap : end - gap - line;
            g.values << QRectF(slot.center().x() - width / 2, top, width, line);
        }
        for (double tick : ticks) {
            const double at = y(tick);
            const double width = metrics.horizontalAdvance(tickText(tick));
            g.ticks << qMakePair(tick, QRectF(g.plot.left() - gap - width, at - line / 2, width, line));
            g.gridlines << QLineF(g.plot.left(), at, g.plot.right(), at);
        }
        g.zeroLine = QLineF(g.plot.left(), y(0), g.plot.right(), y(0));
    }
    if (!anyBar)
        g.empty = g.plot;
    return g;
}

void BarChartView::paintEvent(QPaintEvent*)
{
    const Geometry g = geometry();
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::Text);
    if (!m_title.isEmpty()) {
        painter.setFont(titleFont(font()));
        painter.setPen(text);
        painter.drawText(g.title, Qt::AlignHCenter | Qt::AlignTop,
                         QFontMetricsF(painter.font()).elidedText(m_title, Qt::ElideRight, g.title.width()));
        painter.setFont(font());
    }
    if (m_bars.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(g.empty, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    QColor grid = text;
    grid.setAlphaF(0.15f);
    painter.setPen(QPen(grid, 1));
    for (const QLineF& line : g.gridlines)
        painter.drawLine(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colour);
    for (const QRectF& bar : g.bars)
        if (!bar.isNull())
            painter.drawRect(bar);
    QColor axis = text;
    axis.setAlphaF(0.55f);
    painter.setPen(QPen(axis, 1));
    painter.drawLine(g.zeroLine);
    painter.setPen(text);
    for (int i = 0; i < m_bars.size(); ++i) {
        painter.drawText(g.names.at(i), g.nameFlags.at(i), g.nameTexts.at(i));
        if (m_bars.at(i).value)
            painter.drawText(g.values.at(i), Qt::AlignCenter, valueText(*m_bars.at(i).value));
    }
    QColor quiet = text;
    quiet.setAlphaF(0.7f);
    painter.setPen(quiet);
    for (const auto& [tick, where] : g.ticks)
        painter.drawText(where, Qt::AlignCenter, written(tick, g.scale.decimals()));
    if (!g.empty.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(g.empty, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

bool BarChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = barAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), barText(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BarChartView::describe()
{
    QStringList lines;
    for (int i = 0; i < m_bars.size(); ++i)
        lines << barText(i);
    const QString body = lines.isEmpty() ? m_emptyText : lines.join(QStringLiteral("; "));
    setAccessibleDescription(m_title.isEmpty() ? body : tr("%1. %2").arg(m_title, body));
}

} // namespace waymark
