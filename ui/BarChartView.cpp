#include "ui/BarChartView.h"

#include "ui/ChartColours.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace waymark {

struct BarChartView::Drawing {
    QRectF title;
    // Where the empty text goes, when there is nothing to draw.
    QRectF empty;
    ChartScale scale;
    // The axis's ends: a value's bar runs from position(0) to position(value).
    double axisStart = 0;
    double axisEnd = 0;
    QRectF plot;
    // Each bar's whole row (Across) or column (Up), what hovering finds.
    QVector<QRectF> places;
    QVector<QRectF> names;
    QVector<QString> nameTexts;
    QVector<int> nameFlags;
    QVector<QRectF> bars;
    QVector<QRectF> values;
    QVector<QPair<QString, QRectF>> ticks;
    QVector<QLineF> gridlines;
    QLineF zeroLine;
};

namespace {

QFont titleFont(QFont font)
{
    font.setBold(true);
    return font;
}

// On a pixel's centre, so that a one-pixel line is sharp rather than smeared over two.
double crisp(double at)
{
    return std::floor(at) + 0.5;
}

} // namespace

BarChartView::BarChartView(Direction direction, QWidget* parent)
    : QWidget(parent)
    , m_direction(direction)
    , m_emptyText(tr("No figures to show."))
{
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

QColor BarChartView::colour() const
{
    // A colour set for the chart stands out from the theme's base, dark or light, as the
    // palette's highlight is made to.
    return m_colour.isValid() ? ChartColours::against(m_colour, palette().color(QPalette::Base))
                              : palette().color(QPalette::Highlight);
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
    for (Bar& bar : m_bars)
        if (bar.value && !std::isfinite(*bar.value))
            bar.value.reset();
    describe();
    updateGeometry();
    update();
}

ChartScale BarChartView::scale() const
{
    return measure().scale;
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
    const QString name = bar.fullLabel.isEmpty() ? bar.label : bar.fullLabel;
    // A bar without a value is named by a label that says why (the caller's words).
    return bar.value ? tr("%1: %2").arg(name, valueText(*bar.value)) : name;
}

QRectF BarChartView::barRect(int index) const
{
    return measure().bars.value(index);
}

QRectF BarChartView::valueRect(int index) const
{
    return measure().values.value(index);
}

QRectF BarChartView::nameRect(int index) const
{
    return measure().names.value(index);
}

QString BarChartView::nameShown(int index) const
{
    return measure().nameTexts.value(index);
}

int BarChartView::barAt(const QPointF& position) const
{
    return placeAt(measure(), position);
}

int BarChartView::placeAt(const Drawing& drawing, const QPointF& position)
{
    for (int i = 0; i < drawing.places.size(); ++i)
        if (drawing.places.at(i).contains(position))
            return i;
    return -1;
}

QSize BarChartView::minimumSizeHint() const
{
    if (m_direction == Direction::Up)
        return {240, 180};
    const double line = QFontMetricsF(font()).height();
    const double title = m_title.isEmpty() ? 0 : QFontMetricsF(titleFont(font())).height() + line * 0.6;
    return {240, std::max(180, int(std::ceil(title + line * (1.15 * double(m_bars.size()) + 2.5))))};
}

QSize BarChartView::sizeHint() const
{
    if (m_direction == Direction::Up)
        return {480, 280};
    const double line = QFontMetricsF(font()).height();
    const qsizetype rows = std::max<qsizetype>(m_bars.size(), 3);
    return {480, std::max(std::max(240, minimumSizeHint().height()), int(line * (1.8 * double(rows) + 4)))};
}

BarChartView::Drawing BarChartView::measure() const
{
    Drawing g;
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    const double gap = line * 0.4;
    const bool whole = m_decimals == 0;
    QRectF area = QRectF(rect()).adjusted(line * 0.6, line * 0.5, -line * 0.6, -line * 0.5);
    if (!m_title.isEmpty()) {
        g.title = QRectF(area.left(), area.top(), area.width(), QFontMetricsF(titleFont(font())).height());
        area.setTop(g.title.bottom() + gap * 1.5);
    }
    if (m_bars.isEmpty()) {
        g.scale = ChartScale::fitting(0, 0, m_signed, whole);
        g.empty = area;
        return g;
    }

    double low = 0;
    double high = 0;
    // The room the numbers at the bars' ends need, beyond the axis's ends.
    double risingWidth = 0;
    double fallingWidth = 0;
    bool anyBar = false;
    for (const Bar& bar : m_bars) {
        if (!bar.value)
            continue;
        anyBar = true;
        low = std::min(low, *bar.value);
        high = std::max(high, *bar.value);
        double& room = *bar.value < 0 ? fallingWidth : risingWidth;
        room = std::max(room, metrics.horizontalAdvance(valueText(*bar.value)));
    }
    const qsizetype count = m_bars.size();
    double tickWidth = 0;
    // The scale, with fewer gridlines while their numbers would not fit between them.
    auto fit = [&](int steps) {
        g.scale = ChartScale::fitting(low, high, m_signed, whole, steps);
        tickWidth = 0;
        for (double tick : g.scale.ticks())
            tickWidth = std::max(tickWidth, metrics.horizontalAdvance(written(tick, g.scale.decimals())));
        return int(g.scale.ticks().size()) - 1;
    };
    auto position = [&](double value) { return g.axisStart + g.scale.fraction(value) * (g.axisEnd - g.axisStart); };

    if (m_direction == Direction::Across) {
        double nameWidth = 0;
        for (const Bar& bar : m_bars)
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(bar.label));
        nameWidth = std::min(nameWidth, area.width() * 0.4);
        g.plot = QRectF(QPointF(area.left() + nameWidth + gap, area.top()),
                        QPointF(area.right(), std::max(area.top(), area.bottom() - line - gap)));
        for (int steps = 5;; --steps) {
            const int intervals = fit(steps);
            // The first and last gridlines' numbers are centred on them, and the bars' numbers
            // go beyond their ends: whichever needs more room at each end has it.
            g.axisStart = g.plot.left() + std::max(tickWidth / 2, fallingWidth > 0 ? fallingWidth + gap : 0.0);
            g.axisEnd = std::max(g.axisStart + 1,
                                 g.plot.right() - std::max(tickWidth / 2, risingWidth > 0 ? risingWidth + gap : 0.0));
            if (steps <= 2 || intervals <= 0 || (g.axisEnd - g.axisStart) / intervals >= tickWidth + gap)
                break;
        }
        const double rowHeight = g.plot.height() / double(count);
        const double thickness = std::min(rowHeight * 0.6, line * 1.6);
        for (qsizetype i = 0; i < count; ++i) {
            const Bar& bar = m_bars.at(i);
            const QRectF place(area.left(), g.plot.top() + rowHeight * double(i), area.width(), rowHeight);
            g.places << place;
            g.names << QRectF(area.left(), place.top(), nameWidth, rowHeight);
            // A long name wraps onto more lines where its row has room for them, and is cut short
            // with an ellipsis where it has not.
            const int wrap = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
            const QRectF wrapped = metrics.boundingRect(QRectF(0, 0, nameWidth, 1e6), wrap, bar.label);
            if (metrics.horizontalAdvance(bar.label) <= nameWidth + 0.5) {
                g.nameTexts << bar.label;
                g.nameFlags << int(Qt::AlignRight | Qt::AlignVCenter);
            } else if (wrapped.height() <= rowHeight && wrapped.width() <= nameWidth + 0.5) {
                g.nameTexts << bar.label;
                g.nameFlags << wrap;
            } else {
                g.nameTexts << metrics.elidedText(bar.label, Qt::ElideRight, nameWidth);
                g.nameFlags << int(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (!bar.value) {
                g.bars << QRectF();
                g.values << QRectF();
                continue;
            }
            const double top = place.center().y() - thickness / 2;
            const double zero = position(0);
            const double end = position(*bar.value);
            g.bars << QRectF(QPointF(std::min(zero, end), top), QPointF(std::max(zero, end), top + thickness));
            const double width = metrics.horizontalAdvance(valueText(*bar.value));
            const double left = *bar.value < 0 ? end - gap - width : end + gap;
            g.values << QRectF(left, place.center().y() - line / 2, width, line);
        }
        for (double tick : g.scale.ticks()) {
            const double at = position(tick);
            const QString text = written(tick, g.scale.decimals());
            const double width = metrics.horizontalAdvance(text);
            g.ticks << qMakePair(text, QRectF(at - width / 2, g.plot.bottom() + gap, width, line));
            g.gridlines << QLineF(crisp(at), g.plot.top(), crisp(at), g.plot.bottom());
        }
        g.zeroLine = QLineF(crisp(position(0)), g.plot.top(), crisp(position(0)), g.plot.bottom());
    } else {
        for (int steps = 5;; --steps) {
            const int intervals = fit(steps);
            g.plot = QRectF(QPointF(area.left() + tickWidth + gap, area.top()),
                            QPointF(area.right(), std::max(area.top(), area.bottom() - line - gap)));
            // Room above the highest bar for its number and below the lowest for its, and half
            // of each end gridline's number.
            g.axisStart = g.plot.bottom() - std::max(line / 2, fallingWidth > 0 ? line + gap : 0.0);
            g.axisEnd =
                std::min(g.axisStart - 1, g.plot.top() + std::max(line / 2, risingWidth > 0 ? line + gap : 0.0));
            if (steps <= 2 || intervals <= 0 || (g.axisStart - g.axisEnd) / intervals >= line * 1.2)
                break;
        }
        const double columnWidth = g.plot.width() / double(count);
        const double thickness = std::min(columnWidth * 0.6, line * 4);
        for (qsizetype i = 0; i < count; ++i) {
            const Bar& bar = m_bars.at(i);
            const QRectF place(g.plot.left() + columnWidth * double(i), area.top(), columnWidth, area.height());
            g.places << place;
            g.names << QRectF(place.left(), g.plot.bottom() + gap, columnWidth, line);
            g.nameTexts << metrics.elidedText(bar.label, Qt::ElideRight, columnWidth);
            g.nameFlags << int(Qt::AlignHCenter | Qt::AlignTop);
            if (!bar.value) {
                g.bars << QRectF();
                g.values << QRectF();
                continue;
            }
            const double left = place.center().x() - thickness / 2;
            const double zero = position(0);
            const double end = position(*bar.value);
            g.bars << QRectF(QPointF(left, std::min(zero, end)), QPointF(left + thickness, std::max(zero, end)));
            const double width = metrics.horizontalAdvance(valueText(*bar.value));
            const double top = *bar.value < 0 ? end + gap : end - gap - line;
            g.values << QRectF(place.center().x() - width / 2, top, width, line);
        }
        for (double tick : g.scale.ticks()) {
            const double at = position(tick);
            const QString text = written(tick, g.scale.decimals());
            const double width = metrics.horizontalAdvance(text);
            g.ticks << qMakePair(text, QRectF(g.plot.left() - gap - width, at - line / 2, width, line));
            g.gridlines << QLineF(g.plot.left(), crisp(at), g.plot.right(), crisp(at));
        }
        g.zeroLine = QLineF(g.plot.left(), crisp(position(0)), g.plot.right(), crisp(position(0)));
    }
    if (!anyBar)
        g.empty = g.plot;
    return g;
}

void BarChartView::paintEvent(QPaintEvent*)
{
    const Drawing g = measure();
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QColor text = palette().color(QPalette::Text);
    if (!m_title.isEmpty()) {
        painter.setFont(titleFont(font()));
        painter.setPen(text);
        painter.drawText(g.title, Qt::AlignHCenter | Qt::AlignTop,
                         QFontMetricsF(painter.font()).elidedText(m_title, Qt::ElideRight, g.title.width()));
        painter.setFont(font());
    }
    if (!m_bars.isEmpty()) {
        QColor grid = text;
        grid.setAlphaF(0.15f);
        painter.setPen(QPen(grid, 1));
        for (const QLineF& line : g.gridlines)
            painter.drawLine(line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour());
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
        for (const auto& [number, where] : g.ticks)
            painter.drawText(where, Qt::AlignCenter, number);
    }
    if (!g.empty.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(g.empty, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

bool BarChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Drawing g = measure();
        const int index = placeAt(g, help->pos());
        if (index >= 0)
            // Given the bar's row, so that moving onto the next bar shows the next bar's words.
            QToolTip::showText(help->globalPos(), barText(index), this, g.places.at(index).toAlignedRect());
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
