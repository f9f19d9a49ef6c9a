#pragma once

#include <QString>

namespace waymark::PersonName {

// A person as the service addresses them: the preferred name, with the full name beside it when
// it differs ("Sam (Samantha Reid)"), as DESIGN.md asks.
inline QString display(const QString& given, const QString& family, const QString& preferred)
{
    const QString full = (given + QLatin1Char(' ') + family).trimmed();
    if (preferred.isEmpty() || preferred == given || preferred == full)
        return full;
    return QStringLiteral("%1 (%2)").arg(preferred, full);
}

} // namespace waymark::PersonName
