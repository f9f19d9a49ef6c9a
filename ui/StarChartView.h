#pragma once

#include "core/reports/StarChartData.h"

#include <QWidget>

class QChart;
class QChartView;

namespace waymark {

// The Outcome Star radar: one axis per area on the template's scale, each series of a
// StarChartData in its own colour with a legend; hovering a point tells its area, score and
// stage. Drawn with Qt Charts behind this widget, so that only this file knows the library.
class StarChartView : public QWidget {
    Q_OBJECT
public:
    explicit StarChartView(QWidget* parent = nullptr);

    void setData(const StarChartData& chartData);
    const StarChartData& data() const { return m_data; }
    // What hovering the point of a series on an area says: "Mood: 6, Believing (First, ...)".
    QString pointText(int series, int area) const;
    // The colours of the series, in order (first, latest, chosen), for the bars and the print.
    static QColor seriesColour(int series);
    QChart* chart() const;

private:
    StarChartData m_data;
    QChartView* m_view;
};

} // namespace waymark
