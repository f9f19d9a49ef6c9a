#pragma once

#include <QString>
#include <QVariantMap>
#include <QVector>

namespace waymark {

// One row of a table as column values, with the rows of its child tables (one list per
// ChildLayout of the table, in the same order). Each child row carries its own "id".
struct StoredRecord {
    QString id;
    QVariantMap values;
    QVector<QVector<QVariantMap>> children;
};

} // namespace waymark
