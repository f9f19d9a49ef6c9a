#include "ui/StarChartView.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace waymark {

namespace {

// The angle of an area's axis: spread evenly, the first at the top.
qreal angleOf(int area, int areas)
{
    return areas > 0 ? 360.0 * area / areas : 0.0;
}

} // namespace

StarChartView::StarChartView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QPolarChart, this))
{
    setObjectName(QStringLiteral("starChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 420);
    m_view->setAccessibleName(tr("Outcome Star chart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QChart* StarChartView::chart() const
{
    return m_view->chart();
}

QColor StarChartView::seriesColour(int series)
{
    // Distinct for the common kinds of colour blindness (blue, orange, purple).
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe0, 0x6c, 0x00), QColor(0x7b, 0x3f, 0x9e)};
    return colours[std::clamp(series, 0, 2)];
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

void StarChartView::setData(const StarChartData& chartData)
{
    m_data = chartData;
    auto* chart = new QPolarChart;
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int areas = int(chartData.areas.size());

    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category's end value is where its label sits; the first area's axis at 0 is labelled at 360.
    for (int i = 1; i < areas; ++i)
        angular->append(chartData.areas.at(i), angleOf(i, areas));
    if (areas > 0)
        angular->append(chartData.areas.at(0), 360);
    QFont labels = angular->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.95);
    angular->setLabelsFont(labels);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto* radial = new QValueAxis;
    radial->setRange(0, chartData.scaleMax);
    radial->setTickCount(chartData.scaleMax % 2 == 0 ? chartData.scaleMax / 2 + 1 : chartData.scaleMax + 1);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    for (int s = 0; s < chartData.series.size(); ++s) {
        const StarChartSeries& line = chartData.series.at(s);
        auto* series = new QLineSeries;
        series->setName(line.label);
        QPen pen(seriesColour(s));
        pen.setWidthF(2.5);
        if (s == 2)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        auto* points = new QScatterSeries;
        points->setColor(seriesColour(s));
        points->setBorderColor(seriesColour(s));
        points->setMarkerSize(9);
        std::optional<QPointF> first;
        for (int i = 0; i < areas; ++i) {
            const std::optional<double> v = line.values.value(i);
            if (!v)
                continue;
            const QPointF p(angleOf(i, areas), *v);
            series->append(p);
            points->append(p);
            if (!first)
                first = p;
        }
        if (first && first->x() == 0.0)
            series->append(QPointF(360, first->y())); // close the shape
        chart->addSeries(series);
        chart->addSeries(points);
        for (QAbstractSeries* each : std::initializer_list<QAbstractSeries*>{series, points}) {
            each->attachAxis(angular);
            each->attachAxis(radial);
        }
        for (QLegendMarker* marker : chart->legend()->markers(points))
            marker->setVisible(false);
        connect(points, &QScatterSeries::hovered, this, [this, s, areas](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int area = int(std::lround(point.x() / (360.0 / std::max(1, areas)))) % std::max(1, areas);
            QToolTip::showText(QCursor::pos(), pointText(s, area), this);
        });
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace waymark
