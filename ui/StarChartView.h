#pragma once

#include "core/reports/StarChartData.h"

#include <QWidget>

namespace waymark {

// The Outcome Star radar on screen: one spoke per area on the template's scale, each series of a
// StarChartData in its own colour with a legend; hovering a point tells its area, score and
// stage. It is drawn by StarChartPainter, the same drawing as on paper in the theme's colours, so
// the screen and the print agree and no charting library is needed (Qt Charts is deprecated from
// Qt 6.10).
class StarChartView : public QWidget {
    Q_OBJECT
public:
    explicit StarChartView(QWidget* parent = nullptr);

    void setData(const StarChartData& chartData);
    const StarChartData& data() const { return m_data; }
    // What hovering the point of a series on an area says: "Mood: 6, Trying things (First, ...)".
    QString pointText(int series, int area) const;
    // The series and area of the point nearest `position` within a few pixels, or {-1, -1}.
    QPair<int, int> pointAt(const QPointF& position) const;

    QSize sizeHint() const override { return {520, 520}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    StarChartData m_data;
};

} // namespace waymark
