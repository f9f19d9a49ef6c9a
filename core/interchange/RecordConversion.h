#pragma once

#include <QString>
#include <QUuid>

namespace waymark::RecordConversion {

// Rows without an id of their own in the interchange file (outcomes, attendance, a template's
// areas, an assessment's scores) get a stable UUID made from what identifies them, so the same
// file always gives the same rows.
inline QString derivedId(const QString& name)
{
    static const QUuid ns(QStringLiteral("{5b0a7d2e-4c61-4f8e-9d3a-6e1f2a9b8c70}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace waymark::RecordConversion
