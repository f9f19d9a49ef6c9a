#pragma once

#include <QColor>

namespace waymark {

// The colours of the charts' lines and bars, chosen against what they are drawn on, as the red
// and amber of a problem are (StatusColours): a chart's own colour where it stands out from the
// background as much as WCAG asks of graphics (3 to 1), otherwise the same hue lightened on a
// dark background (a dark theme) or darkened on a light one until it does. On paper's white the
// charts' colours all stand out already, so print is unchanged.
namespace ChartColours {

constexpr double GraphicContrast = 3.0;

QColor against(const QColor& colour, const QColor& background);

} // namespace ChartColours
} // namespace waymark
