#include "core/reports/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace waymark::JsonText {

QString scalar(const QJsonValue& value)
{
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QString orderedObject(const QJsonObject& object, const QStringList& order)
{
    QStringList members;
    for (const QString& key : order)
        members << scalar(key) + QStringLiteral(": ") + scalar(object.value(key));
    return QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QByteArray document(const QJsonObject& object, const QStringList& order, const QString& arrayKey,
                    const QStringList& elementOrder)
{
    QString text = QStringLiteral("{\n");
    for (const QString& key : order)
        text += QStringLiteral("  %1: %2,\n").arg(scalar(key), scalar(object.value(key)));
    text += QStringLiteral("  %1: [").arg(scalar(arrayKey));
    const QJsonArray elements = object.value(arrayKey).toArray();
    for (qsizetype i = 0; i < elements.size(); ++i)
        text += (i == 0 ? QStringLiteral("\n    ") : QStringLiteral(",\n    "))
                + orderedObject(elements.at(i).toObject(), elementOrder);
    text += elements.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return text.toUtf8();
}

} // namespace waymark::JsonText
