#include "core/interchange/InterchangeSource.h"

#include <QHash>
#include <QJsonObject>

namespace waymark {

bool InterchangeSource::forEachItemFields(const QString& key, const QStringList& fields,
                                          const std::function<void(int index, const ItemFields& item)>& visit) const
{
    QHash<QString, qsizetype> fieldAt;
    for (qsizetype f = 0; f < fields.size(); ++f)
        fieldAt.insert(fields.at(f), f);
    ItemFields item;
    return forEachItem(key, [&](int index, const QJsonValue& value) {
        item.isObject = value.isObject();
        item.value = item.isObject ? QJsonValue() : value;
        item.fields.fill(QJsonValue(QJsonValue::Undefined), fields.size());
        item.otherKeys.clear();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (const auto f = fieldAt.constFind(it.key()); f != fieldAt.constEnd())
                item.fields[*f] = it.value();
            else
                item.otherKeys << it.key();
        }
        visit(index, item);
    });
}

} // namespace waymark
