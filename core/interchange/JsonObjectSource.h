#pragma once

#include "core/interchange/InterchangeSource.h"

#include <QJsonObject>

namespace waymark {

// An interchange document already in memory (a test's fixture, the demo caseload).
class JsonObjectSource : public InterchangeSource {
public:
    explicit JsonObjectSource(QJsonObject document);

    QStringList rootKeys() const override;
    QJsonValue rootValue(const QString& key) const override;
    bool isList(const QString& key) const override;
    bool forEachItem(const QString& key,
                     const std::function<void(int index, const QJsonValue& item)>& visit) const override;

private:
    QJsonObject m_document;
};

} // namespace waymark
