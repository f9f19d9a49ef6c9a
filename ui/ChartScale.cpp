#include "ui/ChartScale.h"

#include <algorithm>
#include <cmath>

namespace waymark {

ChartScale ChartScale::fitting(double low, double high, bool symmetric, bool wholeSteps, int steps)
{
    steps = std::max(steps, 1);
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (symmetric) {
        const double extent = std::max(-low, high);
        low = -extent;
        high = extent;
    }
    // Nothing but zeros still gets an axis a bar could be read against.
    if (high - low <= 0) {
        high = 1;
        if (symmetric)
            low = -1;
    }
    // The candidate steps in increasing size, starting an order of magnitude below the span's
    // share of a step so that the first that fits is the finest.
    double magnitude = std::pow(10.0, std::floor(std::log10((high - low) / steps)) - 1);
    for (;;) {
        for (const double multiple : {1.0, 2.0, 5.0}) {
            const double step = multiple * magnitude;
            if (wholeSteps && step < 1)
                continue;
            // A hair's tolerance, so that 0.3 / 0.1 counts as 3 steps, not 4.
            const double first = std::floor(low / step + 1e-9);
            const double last = std::ceil(high / step - 1e-9);
            if (last - first <= steps)
                return {first * step, last * step, step};
        }
        magnitude *= 10;
    }
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
