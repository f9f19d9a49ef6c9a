#pragma once

#include <QVariant>

namespace waymark::StoredValue {

// The form a value is stored in: bools as 0/1, whole numbers as qlonglong, other numbers as
// double, everything else as text; null stays null.
QVariant normalised(const QVariant& value);
// Values equal as stored: null equals null, numbers by value, everything else as text.
bool same(const QVariant& a, const QVariant& b);

} // namespace waymark::StoredValue
