#pragma once

#include "core/domain/Result.h"
#include "core/interchange/ImportSummary.h"
#include "core/interchange/InterchangeSource.h"
#include "core/storage/ColumnRecord.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <map>

namespace waymark {

class Clock;
class Database;
struct KindSpec;

// Imports an interchange file (spec/interchange.md) in one transaction: all of it, or nothing
// when it has any problem, and then every problem in the file is reported with its JSON path.
// Records are matched by id, so that importing the same file twice changes nothing. The file is
// read twice, a record at a time: first for its ids (so that what a record refers to can be
// checked wherever the file gives it) and whose each record is; then a list at a time, each
// record checked and written while nothing is wrong. Memory stays within a couple of gigabytes
// for a large provider's ten years, rather than many times the file's size.
class Importer {
public:
    Importer(Database& database, const Clock& clock);

    // The file is read a record at a time, not held in memory: a large provider's file is most
    // of a gigabyte.
    Result<ImportSummary> importFile(const QString& path, const QString& actor);
    // `sourceName` names the input in messages (a file name, "the demo caseload").
    Result<ImportSummary> importJson(const QByteArray& json, const QString& sourceName, const QString& actor);
    Result<ImportSummary> importObject(QJsonObject document, const QString& sourceName, const QString& actor);
    Result<ImportSummary> importSource(const InterchangeSource& source, const QString& sourceName,
                                       const QString& actor);

    // From how many new records (of people new to the database, and group sessions) an import
    // stores them together, each person's History saying "Imported from FILE" rather than listing
    // every record: moving a whole caseload in takes minutes, not hours. Fewer are saved one by
    // one, each in the History.
    static constexpr qint64 DefaultBulkFrom = 5000;
    void setBulkFrom(qint64 records) { m_bulkFrom = records; }
    // Checks everything an import would, writing it all in the transaction as an import does,
    // and then rolls it back: what a preview says would happen, with every problem, changing
    // nothing.
    void setCheckOnly(bool checkOnly) { m_checkOnly = checkOnly; }
    // While `stop` is set (not null), the import looks at it before each record and, once it is
    // true, ends refused ("Stopped"), rolling back everything: a window's Stop button, set from
    // another thread.
    void setStopWhen(const std::atomic<bool>* stop) { m_stop = stop; }

private:
    // Whose the records of each list are, as the file gives them: read before any record is
    // checked, to tell whether those of people new to the database are many enough to be stored
    // together.
    struct Survey {
        // What one list's records say.
        struct ListNotes {
            QSet<QString> ids;                  // of people, and of group sessions (about no one)
            QHash<QString, QString> owners;     // a support period's person, a plan's or risk assessment's period
            QHash<QString, qsizetype> perOwner; // how many records each owner (the list's ownerField) has
        };
        // Every list's notes, made before the file is read: noting a record of one list touches
        // nothing of another's, as two lists are read at once (ImportValidator::survey).
        std::map<QString, ListNotes> lists;
        Survey();
        // `item` has the fields members() names, in that order.
        void note(const KindSpec& kind, const InterchangeSource::ItemFields& item);
        static const QStringList& members();
    };
    // Which records are stored together, many to a statement (BulkRecordWriter): those new to
    // the database that belong to people new to it, and group sessions (about no one).
    struct BulkPlan {
        bool together = false;
        QSet<QString> newPeople;
        QHash<QString, QString> periodPerson;
        QHash<QString, QString> parentPeriod;
        QHash<QString, qsizetype> perList; // how many each list is to store together
        qsizetype total = 0;
        QHash<QString, QSet<QString>> storedIds; // per list stored together (storedIdsOf)
    };
    Result<BulkPlan> planBulk(Survey survey) const;
    // Reads the ids stored already of `list`, into the plan.
    Status storedIdsOf(BulkPlan& plan, const QString& list) const;
    // Whether `record` of `kind` is stored together (after storedIdsOf for its list).
    // `ownerColumn`: the place in the record's columns of the field its kind's owner is named by.
    Result<bool> storedTogether(BulkPlan& plan, const KindSpec& kind, int ownerColumn,
                                const ColumnRecord& record) const;

    Database& m_database;
    const Clock& m_clock;
    qint64 m_bulkFrom = DefaultBulkFrom;
    bool m_checkOnly = false;
    const std::atomic<bool>* m_stop = nullptr;
};

} // namespace waymark
