#include "ui/StarChartView.h"

#include "ui/StarChartPainter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace waymark {

StarChartView::StarChartView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("starChart"));
    setMinimumSize(380, 380);
    setAccessibleName(tr("Outcome Star chart"));
    setMouseTracking(true);
}

void StarChartView::setData(const StarChartData& chartData)
{
    m_data = chartData;
    QStringList lines;
    for (const StarChartSeries& s : m_data.series)
        lines << s.label;
    setAccessibleDescription(tr("Outcome Star of %1 areas: %2").arg(m_data.areas.size()).arg(lines.join(QStringLiteral("; "))));
    update();
}

QString StarChartView::pointText(int series, int area) const
{
    if (series < 0 || series >= m_data.series.size() || area < 0 || area >= m_data.areas.size())
        return {};
    const std::optional<double> value = m_data.series.at(series).values.value(area);
    if (!value)
        return tr("%1: not scored (%2)").arg(m_data.areas.at(area), m_data.series.at(series).label);
    const QString score = std::fmod(*value, 1.0) == 0.0 ? QString::number(int(*value)) : QString::number(*value, 'f', 2);
    const QString stage = m_data.stageFor(*value);
    return stage.isEmpty() ? tr("%1: %2 (%3)").arg(m_data.areas.at(area), score, m_data.series.at(series).label)
                           : tr("%1: %2, %3 (%4)").arg(m_data.areas.at(area), score, stage, m_data.series.at(series).label);
}

QPair<int, int> StarChartView::pointAt(const QPointF& position) const
{
    const auto points = StarChartPainter::points(QRectF(rect()), m_data, font());
    QPair<int, int> nearest{-1, -1};
    qreal best = 10; // pixels
    for (int s = 0; s < points.size(); ++s)
        for (int a = 0; a < points.at(s).size(); ++a)
            if (const std::optional<QPointF>& p = points.at(s).at(a)) {
                const qreal distance = std::hypot(p->x() - position.x(), p->y() - position.y());
                if (distance < best) {
                    best = distance;
                    nearest = {s, a};
                }
            }
    return nearest;
}

void StarChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setFont(font());
    // In the theme's colours: a dark theme's light words on its dark base.
    StarChartPainter::paint(painter, QRectF(rect()), m_data,
                            {palette().color(QPalette::Text), palette().color(QPalette::Base)});
}

bool StarChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [series, area] = pointAt(help->pos());
        if (series >= 0)
            QToolTip::showText(help->globalPos(), pointText(series, area), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace waymark
