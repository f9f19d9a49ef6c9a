#pragma once

#include "core/reports/StarChartData.h"

#include <QWidget>

namespace waymark {

class BarChartView;

// Distance travelled per area as bars across (latest minus first, or the caseload's mean change),
// beside the radar: zero in the middle, a rise to the right, and each bar says its number.
class StarDistanceView : public QWidget {
    Q_OBJECT
public:
    explicit StarDistanceView(QWidget* parent = nullptr);
    // Each area's change written with `decimals` places.
    void setData(const StarChartData& chartData, int decimals);

private:
    BarChartView* m_view;
};

} // namespace waymark
