#include "core/storage/ColumnRecord.h"

namespace waymark {

ColumnRecord ColumnRecord::emptyOf(const TableLayout& layout)
{
    ColumnRecord record;
    record.columns.resize(layout.columns.size());
    record.children.resize(layout.children.size());
    return record;
}

StoredRecord ColumnRecord::toStored(const TableLayout& layout) const
{
    StoredRecord stored;
    stored.id = id;
    for (qsizetype c = 0; c < layout.columns.size(); ++c)
        stored.values.insert(layout.columns.at(c), columns.value(c));
    stored.children.resize(layout.children.size());
    for (qsizetype l = 0; l < layout.children.size() && l < children.size(); ++l) {
        const QStringList& childColumns = layout.children.at(l).columns;
        for (const QVector<QVariant>& row : children.at(l)) {
            QVariantMap values;
            values.insert(QStringLiteral("id"), row.value(0));
            for (qsizetype c = 0; c < childColumns.size(); ++c)
                values.insert(childColumns.at(c), row.value(c + 1));
            stored.children[l] << values;
        }
    }
    return stored;
}

namespace {

void makeUtf8(QVector<QVariant>& values)
{
    for (QVariant& value : values)
        if (value.typeId() == QMetaType::QString)
            value = static_cast<const QString*>(value.constData())->toUtf8();
}

} // namespace

void ColumnRecord::makeTextUtf8()
{
    idUtf8 = id.toUtf8();
    makeUtf8(columns);
    for (QVector<QVector<QVariant>>& rows : children)
        for (QVector<QVariant>& row : rows)
            makeUtf8(row);
}

} // namespace waymark
