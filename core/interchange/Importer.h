#pragma once

#include "core/domain/Result.h"
#include "core/interchange/ImportSummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace waymark {

class Clock;
class Database;

// Imports an interchange file (spec/interchange.md): every error in the file is found and
// reported with its JSON path before anything is written; then all records are written in one
// transaction, matched by id, so that importing the same file twice changes nothing.
class Importer {
public:
    Importer(Database& database, const Clock& clock);

    Result<ImportSummary> importFile(const QString& path, const QString& actor);
    // `sourceName` names the input in messages (a file name, "the demo caseload").
    Result<ImportSummary> importJson(const QByteArray& json, const QString& sourceName,
                                     const QString& actor);
    Result<ImportSummary> importObject(const QJsonObject& document, const QString& sourceName,
                                       const QString& actor);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace waymark
