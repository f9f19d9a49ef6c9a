#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace waymark {

// The colours of text that says something is wrong (red) or needs checking (amber), chosen
// against the window's own background so that they stay readable in a dark or high-contrast
// theme: the usual dark red and amber on a light window, light ones on a dark window, and the
// theme's own text colour if neither reaches the contrast WCAG asks of body text (4.5 to 1).
// The words always say it too; the colour only repeats it.
namespace StatusColours {

QColor error(const QPalette& palette);
QColor caution(const QPalette& palette);
// "color: #…;" for a widget's style sheet, against that widget's palette.
QString errorStyle(const QWidget* widget);
QString cautionStyle(const QWidget* widget);

// The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b);

} // namespace StatusColours
} // namespace waymark
