#include "ui/ChartScale.h"

#include <algorithm>
#include <cmath>

namespace waymark {

ChartScale ChartScale::fitting(double low, double high, bool symmetric, bool wholeSteps, int steps)
{
    // Nothing a chart could draw (an infinity, or a figure that is not a number) gets the plain
    // scale, rather than a loop that never finds a step.
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (symmetric) {
        const double extent = std::max(-low, high);
        low = -extent;
        high = extent;
    }
    // Zero inside the scale needs a step either side of it.
    steps = std::max(steps, low < 0 && high > 0 ? 2 : 1);
    // Nothing but zeros (or too little to tell from them) still gets an axis a bar could be read
    // against; a span too wide for a double gets the plain scale too.
    const double span = high - low;
    if (!std::isfinite(span) || span < 1e-9) {
        if (std::isfinite(span))
            return symmetric ? ChartScale{-1, 1, wholeSteps ? 1 : 0.5} : ChartScale{0, 1, wholeSteps ? 1 : 0.2};
        return {};
    }
    // The candidate steps in increasing size, starting an order of magnitude below the span's
    // share of a step so that the first that fits is the finest (and at one, for counts). A step
    // as wide as the span always fits, three orders of magnitude up at most: the bound on the
    // loop is a guard, not a limit.
    double magnitude = std::pow(10.0, std::floor(std::log10(span / steps)) - 1);
    if (wholeSteps)
        magnitude = std::max(magnitude, 1.0);
    for (int order = 0; order < 6; ++order, magnitude *= 10) {
        for (const double multiple : {1.0, 2.0, 5.0}) {
            const double step = multiple * magnitude;
            // A hair's tolerance, so that 0.3 / 0.1 counts as 3 steps, not 4.
            const double first = std::floor(low / step + 1e-9);
            const double last = std::ceil(high / step - 1e-9);
            if (last - first <= steps)
                return {first * step, last * step, step};
        }
    }
    return {low, high, span};
}

QVector<double> ChartScale::ticks() const
{
    QVector<double> out;
    const int count = int(std::lround((to - from) / step));
    for (int i = 0; i <= count; ++i) {
        const double tick = from + i * step;
        // -0 would be labelled "-0".
        out << (std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    }
    return out;
}

int ChartScale::decimals() const
{
    if (step >= 1)
        return 0;
    // 0.5 and 0.2 need one decimal, 0.05 two: as many as the step's first significant digit.
    return int(std::ceil(-std::log10(step) - 1e-9));
}

double ChartScale::fraction(double value) const
{
    return to > from ? (value - from) / (to - from) : 0;
}

} // namespace waymark
