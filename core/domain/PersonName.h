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

// A short form for places others may see (a shared calendar): "Sam R.".
inline QString brief(const QString& given, const QString& family, const QString& preferred)
{
    const QString first = preferred.isEmpty() ? given : preferred;
    const QString initial = family.isEmpty() ? QString() : QString(family.at(0)) + QLatin1Char('.');
    return (first + QLatin1Char(' ') + initial).trimmed();
}

// What a list of people is put in order by when sorted by name: family name, then given name,
// ignoring case (folded as the caseload's search and sort fold it), compared as text. The caseload's order
// (CaseloadModel) and the first screenful of it read ahead of the rest (CaseloadRepository::firstByName) must agree, so
// both use this.
inline QString sortKey(const QString& given, const QString& family)
{
    return (family.toLower() + QLatin1Char(' ') + given.toLower()).toCaseFolded();
}

} // namespace waymark::PersonName
