#pragma once

#include "core/domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace waymark {

class Clock;
class Database;

// Writes the interchange format (spec/interchange.md): the whole database, or everything about
// one person for a subject access request. Every key is present (null where not recorded),
// records are in id order, and tombstoned records are left out.
class Exporter {
public:
    Exporter(Database& database, const Clock& clock);

    Result<QJsonObject> exportAll();
    Result<QJsonObject> exportServiceUser(const QString& serviceUserId);

    // Writes the document to `path` atomically: the old file stays whole until the new one is.
    static Status writeFile(const QJsonObject& document, const QString& path);

    // The reference code lists with their labels, as exported under `x_reference`.
    static QJsonObject referenceLists();

private:
    Result<QJsonObject> build(const QString& onlyServiceUser);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace waymark
