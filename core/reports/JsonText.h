#pragma once

#include <QJsonObject>
#include <QStringList>

namespace waymark {

// JSON written with its members in a given order (QJsonObject sorts its keys), so that a
// report prints its keys in the order its spec lists them.
namespace JsonText {

// One JSON value as JSON text (strings quoted and escaped, numbers in their shortest form).
QString scalar(const QJsonValue& value);
// {"a": 1, "b": 2} with the members in the order given.
QString orderedObject(const QJsonObject& object, const QStringList& order);
// An object whose scalar members come first, one per line in `order`, then one array member
// (named `arrayKey`) with an element per line, each in `elementOrder`.
QByteArray document(const QJsonObject& object, const QStringList& order, const QString& arrayKey,
                    const QStringList& elementOrder);

} // namespace JsonText
} // namespace waymark
