#pragma once

#include "ui/ChartScale.h"

#include <QColor>
#include <QWidget>

#include <optional>

namespace waymark {

// One set of figures as bars, each with its number written at its end: across the page with the
// names down the left (groups, a star's areas), or up the page with the names underneath
// (periods one after another). Hovering a bar says its name and number, and a screen reader is
// given every name and number. Drawn here rather than by Qt Charts, which is deprecated from Qt
// 6.10, and whose loading (with Qt OpenGL) was 3 ms of every start for charts on two tabs.
class BarChartView : public QWidget {
    Q_OBJECT
public:
    enum class Direction { Across, Up };
    struct Bar {
        QString label;
        // None: the bar is not drawn (an area not scored twice), only its name.
        std::optional<double> value;
        // The name in full, for hovering and a screen reader, where `label` is shortened to fit
        // under a bar ("Apr to Jun 2026" for "Apr-Jun 26"); `label` when empty.
        QString fullLabel = {};
    };

    explicit BarChartView(Direction direction, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    // The bars' colour; the palette's highlight until one is set.
    void setColour(const QColor& colour);
    // How a number is written: with `decimals` places, and with "+" before a rise when `signedValues`
    // (a change). A chart of changes also puts zero in the middle of its axis; a chart of whole
    // numbers never has gridlines between them.
    void setValueStyle(int decimals, bool signedValues);
    // What the chart says in place of bars when there are none.
    void setEmptyText(const QString& text);
    // The bars in reading order: the first at the top (Across) or on the left (Up). A value that is
    // not a finite number is taken as none.
    void setBars(const QVector<Bar>& bars);
    const QVector<Bar>& bars() const { return m_bars; }

    // The value axis as drawn at the chart's present size: fewer gridlines where their numbers
    // would not fit between them.
    ChartScale scale() const;
    QString valueText(double value) const;
    // "25-34: 41", what hovering the bar says.
    QString barText(int index) const;
    // Where the bar, its number and its name are drawn, in the widget's coordinates (the bar and
    // number empty when it has no value).
    QRectF barRect(int index) const;
    QRectF valueRect(int index) const;
    QRectF nameRect(int index) const;
    // The name as it reads on the chart: whole, wrapped onto lines, or cut short with an ellipsis.
    QString nameShown(int index) const;
    // The bar whose row or column holds `position`, or -1.
    int barAt(const QPointF& position) const;

    QSize sizeHint() const override;
    // Across, tall enough for a line per name, so that names never overlap.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Drawing;
    // Everything the painting and the hovering both need, from the widget's size and font.
    Drawing measure() const;
    // The bar whose row or column in `drawing` holds `position`, or -1.
    static int placeAt(const Drawing& drawing, const QPointF& position);
    // A bar's or a gridline's number, with "+" before a rise on a chart of changes.
    QString written(double value, int decimals) const;
    QColor colour() const;
    void describe();

    Direction m_direction;
    QString m_title;
    QString m_emptyText;
    QColor m_colour;
    int m_decimals = 0;
    bool m_signed = false;
    QVector<Bar> m_bars;
};

} // namespace waymark
