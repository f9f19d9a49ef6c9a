#include "ui/ChartColours.h"

#include "ui/StatusColours.h"

namespace waymark::ChartColours {

QColor against(const QColor& colour, const QColor& background)
{
    const bool darkBackground = background.lightnessF() < 0.5;
    QColor shown = colour;
    // A tenth lighter or darker a step: near enough the least change that is enough.
    for (int step = 0; step < 40 && StatusColours::contrast(shown, background) < GraphicContrast; ++step)
        shown = darkBackground ? shown.lighter(110) : shown.darker(110);
    return shown;
}

} // namespace waymark::ChartColours
