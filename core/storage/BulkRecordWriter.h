#pragma once

#include "core/domain/Result.h"
#include "core/storage/ColumnRecord.h"
#include "core/storage/TableLayout.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <QVector>

struct sqlite3;

namespace waymark {

class Database;

// Writes records known to be new inside the caller's transaction, fast enough for a whole
// caseload (tens of thousands of people, millions of appointments): how an organisation's file
// is imported in seconds rather than hours. Unlike RecordStore::save it reads nothing back and
// logs nothing per record: the caller says once what the batch was (logImported, and its audit
// entry), so the History of someone imported reads "Imported from caseload.json" rather than
// thousands of lines of "Recorded". Only for a file (SQLite), not a team server or a laptop that
// syncs, whose every new record is a change to send: the caller checks.
//
// The rows of each flush go in in the order of their ids, so its key's index is written to in
// order rather than all over, and each record's child rows go in together, as they are read; a
// table expected to be given many rows has its other indexes dropped before the first and made
// again by finish(), which is far quicker than keeping them up to date row by row.
class BulkRecordWriter {
public:
    BulkRecordWriter(Database& database, QString actor, const QDateTime& now);
    ~BulkRecordWriter();

    // How many rows of `layout` are to come, over all the flushes before finish().
    void expect(const TableLayout& layout, qsizetype rows);
    // The record and its child rows, in the layout's order (ColumnRecord). The record is not
    // copied: it must stay as it is until flush().
    void add(const TableLayout& layout, const ColumnRecord& record);
    // One line of a record's History, "imported" from `source`.
    void logImported(const QString& table, const QString& recordId, const QString& source);
    // Rows of `table` written now, each row's values in the order of `columns` (a null value is
    // NULL): what an import adds beside its records, such as its audit trail's entries
    // (AuditTrail::seal).
    Status writeRows(const QString& table, const QStringList& columns, const QVector<QVariantList>& rows);
    // Writes what was added, each table's records before their child rows and tables in the order
    // they were first added. Call it before anything that refers to them is written; finish()
    // before the transaction commits.
    Status flush();
    // Flushes, then makes again every index dropped for the rows written. Call it before the
    // transaction commits, or the indexes dropped are committed missing.
    Status finish();
    // For a table whose rows are also being saved one by one (RecordStore, which finds what is
    // stored by its indexes): its indexes are made again now if dropped, and not dropped again.
    Status keepIndexes(const TableLayout& layout);

private:
    struct Batch {
        TableLayout layout;
        QVector<const ColumnRecord*> records;
    };
    struct Imported {
        QString table;
        QString recordId;
        QString source;
    };
    Status writeBatch(sqlite3* db, Batch& batch);
    Status dropIndexes(sqlite3* db, const TableLayout& layout);
    Status writeImported(sqlite3* db);

    Database& m_database;
    // As SQLite keeps them (UTF-8), made once for every row.
    QByteArray m_actorText;
    QByteArray m_nowText;
    QVector<Batch> m_batches;
    QVector<Imported> m_imported;
    QHash<QString, qsizetype> m_expected;
    // The indexes dropped until finish(): name and the statement that makes it.
    QVector<QPair<QString, QString>> m_dropped;
    QSet<QString> m_droppedFor;
    QSet<QString> m_kept;
};

} // namespace waymark
