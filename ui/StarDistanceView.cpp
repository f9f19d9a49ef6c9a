#include "ui/StarDistanceView.h"

#include "ui/BarChartView.h"

#include <QVBoxLayout>

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

void StarDistanceView::setData(const StarChartData& chartData, int decimals)
{
    QVector<BarChartView::Bar> bars;
    for (qsizetype i = 0; i < chartData.areas.size(); ++i) {
        const std::optional<double> change = chartData.change.value(i);
        bars << BarChartView::Bar{
            change ? chartData.areas.at(i) : tr("%1 (not scored twice)").arg(chartData.areas.at(i)), change};
    }
    m_view->setValueStyle(decimals, true);
    m_view->setBars(bars);
}

} // namespace waymark
