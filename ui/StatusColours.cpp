#include "ui/StatusColours.h"

#include <QPalette>
#include <QWidget>

#include <cmath>

namespace waymark::StatusColours {

namespace {

constexpr double ReadableContrast = 4.5;

double luminance(const QColor& colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// The first of the colours readable on the palette's window, else the palette's own text.
QColor readable(const QPalette& palette, const QColor& onLight, const QColor& onDark)
{
    const QColor background = palette.color(QPalette::Window);
    for (const QColor& candidate : {onLight, onDark})
        if (contrast(candidate, background) >= ReadableContrast)
            return candidate;
    return palette.color(QPalette::WindowText);
}

QString style(const QColor& colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor error(const QPalette& palette)
{
    return readable(palette, QColor(0xb0, 0x00, 0x20), QColor(0xff, 0xa0, 0xa8));
}

QColor caution(const QPalette& palette)
{
    return readable(palette, QColor(0x7a, 0x4d, 0x00), QColor(0xff, 0xd0, 0x80));
}

QString errorStyle(const QWidget* widget)
{
    return style(error(widget->palette()));
}

QString cautionStyle(const QWidget* widget)
{
    return style(caution(widget->palette()));
}

} // namespace waymark::StatusColours
