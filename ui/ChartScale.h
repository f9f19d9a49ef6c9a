#pragma once

#include <QVector>

namespace waymark {

// The value axis of a bar chart: where it starts and ends, and the step between its gridlines,
// each a round number (1, 2 or 5 times a power of ten), so that a reader can read a bar's length
// off the lines. Zero is always on the scale, since a bar is drawn from zero.
struct ChartScale {
    double from = 0;
    double to = 1;
    double step = 1;

    // The scale with the fewest gridlines, at most `steps` of them between the ends, that holds
    // every value from `low` to `high`. `symmetric` puts zero in the middle, so that a change
    // down reads as long as the same change up; `wholeSteps` never steps by less than one, for
    // counts (there is no half a person).
    static ChartScale fitting(double low, double high, bool symmetric, bool wholeSteps, int steps = 5);

    QVector<double> ticks() const;
    // How many decimals a gridline's label needs: none for a step of 1 or more, one for 0.5.
    int decimals() const;
    // Where `value` falls along the axis, 0 at `from` and 1 at `to`.
    double fraction(double value) const;
};

} // namespace waymark
