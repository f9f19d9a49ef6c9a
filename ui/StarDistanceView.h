#pragma once

#include "core/reports/StarChartData.h"

#include <QWidget>

class QChartView;

namespace waymark {

// Distance travelled per area as horizontal bars (latest minus first, or the caseload's mean
// change), beside the radar: up is to the right, and each bar says its number.
class StarDistanceView : public QWidget {
    Q_OBJECT
public:
    explicit StarDistanceView(QWidget* parent = nullptr);
    void setData(const StarChartData& chartData);

private:
    QChartView* m_view;
};

} // namespace waymark
