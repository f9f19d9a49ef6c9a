#pragma once

#include "core/domain/Contract.h"
#include "core/domain/Result.h"
#include "core/domain/Staff.h"
#include "core/interchange/ImportSummary.h"
#include "core/interchange/SheetMapping.h"
#include "core/interchange/SheetTable.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace waymark {

class Clock;
class Database;

// Brings a caseload spreadsheet into Waymark: each row, through the mapping, becomes a person
// with their referral and support period as interchange records, which the interchange importer
// then checks and stores, all or nothing. Every problem names its row and column as the
// spreadsheet shows them. A person is known again by the sheet's reference for them (or by name
// and date of birth), so rows naming the same person become one person with several support
// periods, and importing the same sheet again changes nothing.
class SheetImport {
public:
    // What the rows become, before anything is checked against the database.
    struct Conversion {
        QJsonObject document; // an interchange file
        QStringList problems; // "row 7, “DOB” (column C): ..."
        QStringList notices;  // what the import does that a person should know, not a problem
        int rows = 0;         // rows that name someone
        // The sheet's row number (1-based) of each record, per interchange list, by index.
        QHash<QString, QVector<int>> rowOf;
        // The row that gave each field of each record, for a record several rows give.
        QHash<QString, QVector<QHash<QString, int>>> fieldRows;
        int people() const { return int(rowOf.value(QStringLiteral("service_users")).size()); }
        int referrals() const { return int(rowOf.value(QStringLiteral("referrals")).size()); }
        int supportPeriods() const { return int(rowOf.value(QStringLiteral("support_periods")).size()); }
    };

    // Pure: staff and contracts are those names are matched against.
    static Conversion convert(const SheetTable& table, const SheetMapping& mapping, const QVector<Staff>& staff,
                              const QVector<Contract>& contracts);
    // The importer's problem ("service_users[3].postcode: not a UK postcode") said of the row and
    // column it came from.
    static QString rowProblem(const QString& importerProblem, const Conversion& conversion, const SheetTable& table,
                              const SheetMapping& mapping);
    // The column of each mapped field (by its heading in the header row), or a problem for each
    // heading the sheet does not have.
    static Result<QHash<QString, qsizetype>> columnsOf(const SheetTable& table, const SheetMapping& mapping);

    // What a sheet's value most likely means for a field that takes an answer from a list: the
    // code, the staff member's name, the contract's code, or "yes"/"no"; empty when unsure.
    static QString guessAnswer(const QString& fieldKey, const QString& value, const QVector<Staff>& staff,
                               const QVector<Contract>& contracts);

    SheetImport(Database& database, const Clock& clock);
    // Converts the rows and imports what is new in one transaction (records already in Waymark
    // are left as they are there); with `checkOnly`, checks everything
    // and keeps nothing (the wizard's preview). On any problem nothing is kept and every problem
    // is listed.
    Result<ImportSummary> run(const SheetTable& table, const SheetMapping& mapping, const QString& sourceName,
                              const QString& actor, bool checkOnly = false);
    // From how many new records they are stored together (Importer::setBulkFrom).
    void setBulkFrom(qint64 records) { m_bulkFrom = records; }
    // Stopped (nothing kept) once `stop` is true: see Importer::setStopWhen.
    void setStopWhen(const std::atomic<bool>* stop) { m_stop = stop; }
    // What the last run converted (for the preview's counts).
    const Conversion& lastConversion() const { return m_conversion; }

private:
    // Records already in Waymark (matched by id) are left as they are there: the sheet adds what
    // is new and never changes or clears what Waymark holds, nor brings back the deleted. A
    // reference that names someone else in Waymark is a problem.
    Status leaveWhatIsThereAsItIs();

    Database& m_database;
    const Clock& m_clock;
    Conversion m_conversion;
    qint64 m_bulkFrom = -1; // the importer's own unless set
    const std::atomic<bool>* m_stop = nullptr;
};

} // namespace waymark
