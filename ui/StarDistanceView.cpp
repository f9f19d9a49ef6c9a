#include "ui/StarDistanceView.h"

#include "ui/BarChartView.h"

#include <QVBoxLayout>

#include <cmath>

namespace waymark {

StarDistanceView::StarDistanceView(QWidget* parent)
    : QWidget(parent)
    , m_view(new BarChartView(BarChartView::Direction::Across, this))
{
    setObjectName(QStringLiteral("starDistance"));
    m_view->setObjectName(QStringLiteral("starDistanceBars"));
    m_view->setMinimumWidth(300);
    m_view->setAccessibleName(tr("Distance travelled per area"));
    m_view->setTitle(tr("Distance travelled"));
    m_view->setColour(QColor(0x2a, 0x9d, 0x8f));
    m_view->setEmptyText(tr("The distance travelled shows once a star has been scored twice."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void StarDistanceView::setData(const StarChartData& chartData)
{
    QVector<BarChartView::Bar> bars;
    bool whole = true;
    for (qsizetype i = 0; i < chartData.areas.size(); ++i) {
        const std::optional<double> change = chartData.change.value(i);
        bars << BarChartView::Bar{
            change ? chartData.areas.at(i) : tr("%1 (not scored twice)").arg(chartData.areas.at(i)), change};
        whole = whole && (!change || std::fmod(*change, 1.0) == 0.0);
    }
    // A person's change is in whole points; a caseload's mean change is written as the table
    // beside it writes it, to two places.
    m_view->setValueStyle(whole ? 0 : 2, true);
    m_view->setBars(bars);
}

} // namespace waymark
