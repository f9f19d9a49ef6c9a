#include "core/interchange/JsonObjectSource.h"

#include <QJsonArray>

namespace waymark {

JsonObjectSource::JsonObjectSource(QJsonObject document)
    : m_document(std::move(document))
{
}

QStringList JsonObjectSource::rootKeys() const
{
    return m_document.keys();
}

QJsonValue JsonObjectSource::rootValue(const QString& key) const
{
    const QJsonValue value = m_document.value(key);
    return value.isArray() ? QJsonValue(QJsonValue::Undefined) : value;
}

bool JsonObjectSource::isList(const QString& key) const
{
    return m_document.value(key).isArray();
}

bool JsonObjectSource::forEachItem(const QString& key,
                                   const std::function<void(int index, const QJsonValue& item)>& visit) const
{
    const QJsonArray items = m_document.value(key).toArray();
    for (int i = 0; i < items.size(); ++i)
        visit(i, items.at(i));
    return true;
}

} // namespace waymark
