#include "core/domain/StoredValue.h"

namespace waymark::StoredValue {

namespace {

bool isNumeric(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace

QVariant normalised(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QVariant(value.toLongLong());
    case QMetaType::Float:
    case QMetaType::Double:
        return QVariant(value.toDouble());
    default:
        return QVariant(value.toString());
    }
}

bool same(const QVariant& a, const QVariant& b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    if (isNumeric(a) && isNumeric(b))
        return a.toDouble() == b.toDouble();
    if (isNumeric(a) != isNumeric(b)) {
        // SQLite may hand back a number stored in a text column as text, and the reverse.
        bool okA = false;
        bool okB = false;
        const double da = a.toDouble(&okA);
        const double db = b.toDouble(&okB);
        if (okA && okB)
            return da == db;
    }
    return a.toString() == b.toString();
}

} // namespace waymark::StoredValue
