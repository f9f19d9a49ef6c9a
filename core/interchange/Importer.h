#pragma once

#include "core/domain/Result.h"
#include "core/interchange/ImportSummary.h"
#include "core/storage/StoredRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QVector>
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
    // `sourceName` names the input in messages (a file name, "the demo caseload"). The text and
    // the document are taken by value and let go of as soon as they have been read: a large
    // provider's file is most of a gigabyte, and its records are written after.
    Result<ImportSummary> importJson(QByteArray json, const QString& sourceName, const QString& actor);
    Result<ImportSummary> importObject(QJsonObject document, const QString& sourceName, const QString& actor);

    // From how many new records (of people new to the database, and group sessions) an import
    // stores them together, each person's History saying "Imported from FILE" rather than listing
    // every record: moving a whole caseload in takes minutes, not hours. Fewer are saved one by
    // one, each in the History.
    static constexpr qint64 DefaultBulkFrom = 5000;
    void setBulkFrom(qint64 records) { m_bulkFrom = records; }

private:
    // The records that are new to the database and belong to people new to it (or to no one: a
    // group session), written many to a statement; per list of InterchangeSchema::kinds().
    struct BulkPlan {
        // Per list, per record of the file's list: stored together or not.
        QVector<QVector<bool>> newRecords;
        QSet<QString> newPeople;
        qint64 total = 0;
    };
    Result<BulkPlan> planBulk(const QVector<QVector<StoredRecord>>& records) const;

    Database& m_database;
    const Clock& m_clock;
    qint64 m_bulkFrom = DefaultBulkFrom;
};

} // namespace waymark
