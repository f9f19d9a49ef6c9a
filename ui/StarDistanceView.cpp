#include "ui/StarDistanceView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace waymark {

StarDistanceView::StarDistanceView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("starDistance"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumWidth(300);
    m_view->setAccessibleName(tr("Distance travelled per area"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void StarDistanceView::setData(const StarChartData& chartData)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Distance travelled"));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Change"));
    set->setColor(QColor(0x2a, 0x9d, 0x8f));
    set->setLabelColor(Qt::black);
    QStringList areas;
    double extent = 1;
    // The first area at the top, as a reader expects a list.
    for (qsizetype i = chartData.areas.size() - 1; i >= 0; --i) {
        const std::optional<double> change = chartData.change.value(i);
        areas << (change ? chartData.areas.at(i) : tr("%1 (not scored twice)").arg(chartData.areas.at(i)));
        *set << change.value_or(0);
        extent = std::max(extent, std::abs(change.value_or(0)));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(areas);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    const double bound = std::ceil(extent + 1);
    values->setRange(-bound, bound);
    values->setLabelFormat(QStringLiteral("%+.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace waymark
