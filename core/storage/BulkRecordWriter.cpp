#include "core/storage/BulkRecordWriter.h"

#include "core/domain/LocalTime.h"
#include "core/domain/StoredValue.h"
#include "core/storage/Database.h"
#include "core/storage/MemoryTempVfs.h"
#include "core/storage/SqlValues.h"

#include <QHash>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace waymark {

namespace {

// Fewer rows are simply inserted with their indexes kept up to date.
constexpr qsizetype RebuildIndexesFrom = 20000;

// One prepared INSERT, a row at a time: bind each place's value, then step. A place keeps its
// value from row to row until it is bound again (SQLite's reset leaves bindings alone), which is
// how the bookkeeping every imported row shares is bound once.
class RowInsert {
public:
    RowInsert(sqlite3* db, const QString& table, const QStringList& columns)
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                                   .toUtf8();
        m_ok = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) == SQLITE_OK;
    }
    ~RowInsert() { sqlite3_finalize(m_statement); }
    RowInsert(const RowInsert&) = delete;
    RowInsert& operator=(const RowInsert&) = delete;

    bool ok() const { return m_ok; }
    // Places count from 1, as SQLite's do.
    void text(int place, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        m_ok = m_ok &&
               sqlite3_bind_text(m_statement, place, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    // Text that outlives the statement, bound without a copy.
    void lastingText(int place, const QByteArray& utf8)
    {
        m_ok = m_ok &&
               sqlite3_bind_text(m_statement, place, utf8.constData(), int(utf8.size()), SQLITE_STATIC) == SQLITE_OK;
    }
    void number(int place, qint64 value) { m_ok = m_ok && sqlite3_bind_int64(m_statement, place, value) == SQLITE_OK; }
    void null(int place) { m_ok = m_ok && sqlite3_bind_null(m_statement, place) == SQLITE_OK; }
    void value(int place, const QVariant& v)
    {
        // Text, most of an import's values, is bound from the record's own string, not a copy
        // StoredValue::normalised would make; anything else as it makes it. Text made UTF-8
        // already (ColumnRecord::makeTextUtf8) is bound as it is, without a copy: the records
        // outlive the statement, which keeps a binding until the place is bound again.
        if (v.typeId() == QMetaType::QByteArray)
            return lastingText(place, *static_cast<const QByteArray*>(v.constData()));
        if (v.typeId() == QMetaType::QString)
            return text(place, *static_cast<const QString*>(v.constData()));
        const QVariant normal = StoredValue::normalised(v);
        switch (normal.typeId()) {
        case QMetaType::UnknownType:
            null(place);
            return;
        case QMetaType::LongLong:
            number(place, normal.toLongLong());
            return;
        case QMetaType::Double:
            m_ok = m_ok && sqlite3_bind_double(m_statement, place, normal.toDouble()) == SQLITE_OK;
            return;
        default:
            text(place, normal.toString());
        }
    }
    // `values` in order from place `first` on, `count` of them: a column the record has no
    // value for is null.
    void values(const QVector<QVariant>& values, qsizetype from, int first, qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i) {
            if (from + i < values.size())
                value(first + int(i), values.at(from + i));
            else
                null(first + int(i));
        }
    }
    // Inserts the row bound; false (with sqlite3_errmsg) when it is refused.
    bool step()
    {
        if (!m_ok)
            return false;
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        m_ok = rc == SQLITE_DONE;
        return m_ok;
    }

private:
    sqlite3_stmt* m_statement = nullptr;
    bool m_ok = false;
};

const QStringList Bookkeeping = {QStringLiteral("id"),         QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                 QStringLiteral("version"),    QStringLiteral("deleted")};

bool runSql(sqlite3* db, const QString& sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The indexes of a table that can be made again (not those SQLite keeps for a primary key or a
// unique column): name and the statement that makes it.
QVector<QPair<QString, QString>> rebuildableIndexes(sqlite3* db, const QString& table)
{
    QVector<QPair<QString, QString>> out;
    sqlite3_stmt* q = nullptr;
    const char* sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL";
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) != SQLITE_OK)
        return out;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(q, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(q) == SQLITE_ROW)
        out.append({QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 1)))});
    sqlite3_finalize(q);
    return out;
}

// While indexes are made, the connection's cache, which is also how much of the keys SQLite sorts
// at a time: 16 MB runs were quicker than 64 MB and than all at once (2,000,000 rows, four
// indexes: 6.6 s against 15.6 s kept in memory with an import's 384 MB cache).
constexpr int SortRunMegabytes = 16;

std::optional<qint64> pragmaValue(sqlite3* db, const char* pragma)
{
    sqlite3_stmt* q = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(db, pragma, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        value = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return value;
}

// Sets where SQLite keeps its temporary data, and says whether it took. Within a transaction it
// does not once the connection has ever opened its temporary database; outside one it would
// drop every temporary table (the app has none).
bool inTempStore(sqlite3* db, const char* store, int expected)
{
    const QByteArray pragma = QByteArrayLiteral("PRAGMA temp_store = ") + store;
    sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    return pragmaValue(db, "PRAGMA temp_store") == expected;
}

} // namespace

BulkRecordWriter::BulkRecordWriter(Database& database, QString actor, const QDateTime& now)
    : m_database(database)
    , m_actorText(actor.toUtf8())
    , m_nowText(LocalTime::isoDateTimeUtc(now).toUtf8())
{
}

BulkRecordWriter::~BulkRecordWriter() = default;

void BulkRecordWriter::add(const TableLayout& layout, const ColumnRecord& record)
{
    if (m_batches.isEmpty() || m_batches.last().layout.table != layout.table)
        m_batches.append(Batch{layout, {}});
    m_batches.last().records.append(&record);
}

void BulkRecordWriter::expect(const TableLayout& layout, qsizetype rows)
{
    m_expected.insert(layout.table, rows);
}

void BulkRecordWriter::logImported(const QString& table, const QString& recordId, const QString& source)
{
    m_imported.append(Imported{table, recordId, source});
}

Status BulkRecordWriter::flush()
{
    if (m_batches.isEmpty() && m_imported.isEmpty())
        return {};
    // The records added are not held past this call, written or not: their caller may reuse
    // them for others once it returns.
    QVector<Batch> batches = std::exchange(m_batches, {});
    auto* db = static_cast<sqlite3*>(m_database.sqliteHandle());
    if (!db)
        return Error{QObject::tr("Storing many records at once needs a database file."), {}};
    for (Batch& batch : batches)
        if (Status s = writeBatch(db, batch); !s)
            return s;
    return writeImported(db);
}

Status BulkRecordWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (m_dropped.isEmpty())
        return {};
    auto* db = static_cast<sqlite3*>(m_database.sqliteHandle());
    // Each index is made by sorting the whole table's keys. Kept in memory (temp_store = MEMORY)
    // SQLite sorts them all at once, on one thread; let use temporary files, it sorts them a
    // cache's worth at a time, on as many threads as allowed, and merges the runs: the
    // appointments' five indexes at 50,000 people took 26 s the first way. The temporary files
    // are kept in memory by the connection's VFS, so are only used where it is that VFS.
    const std::optional<qint64> cacheBefore = pragmaValue(db, "PRAGMA cache_size");
    const bool sortInRuns = cacheBefore && MemoryTempVfs::isUsedBy(db) && inTempStore(db, "FILE", 1);
    if (sortInRuns)
        m_database.setCacheMegabytes(SortRunMegabytes);
    runSql(db, QStringLiteral("PRAGMA threads = %1").arg(QThread::idealThreadCount()));
    Status made;
    for (const auto& [name, sql] : std::as_const(m_dropped)) {
        if (!runSql(db, sql)) {
            made = Error{m_database.describe(QObject::tr("Making the index %1 again failed").arg(name),
                                             QString::fromUtf8(sqlite3_errmsg(db))),
                         {}};
            break;
        }
    }
    runSql(db, QStringLiteral("PRAGMA threads = 0"));
    if (sortInRuns) {
        runSql(db, QStringLiteral("PRAGMA cache_size = %1").arg(*cacheBefore));
        // Should it not take, the temporary files are still only ever in memory.
        if (!inTempStore(db, "MEMORY", 2))
            qWarning("Temporary data could not be set back to memory after making indexes: %s", sqlite3_errmsg(db));
    }
    m_dropped.clear();
    m_droppedFor.clear();
    return made;
}

Status BulkRecordWriter::keepIndexes(const TableLayout& layout)
{
    if (m_kept.contains(layout.table))
        return {};
    m_kept.insert(layout.table);
    return m_droppedFor.contains(layout.table) ? finish() : Status{};
}

Status BulkRecordWriter::dropIndexes(sqlite3* db, const TableLayout& layout)
{
    if (m_droppedFor.contains(layout.table) || m_kept.contains(layout.table))
        return {};
    m_droppedFor.insert(layout.table);
    QStringList tables{layout.table};
    for (const ChildLayout& child : layout.children)
        tables << child.table;
    for (const QString& table : tables) {
        for (const auto& index : rebuildableIndexes(db, table)) {
            if (!runSql(db, QStringLiteral("DROP INDEX %1").arg(index.first)))
                return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(table),
                                                 QString::fromUtf8(sqlite3_errmsg(db))),
                             {}};
            m_dropped << index;
        }
    }
    return {};
}

Status BulkRecordWriter::writeBatch(sqlite3* db, Batch& batch)
{
    const TableLayout& layout = batch.layout;
    auto failed = [&](const QString& table) {
        return Error{
            m_database.describe(QObject::tr("Saving to %1 failed").arg(table), QString::fromUtf8(sqlite3_errmsg(db))),
            {}};
    };
    // By the ids' UTF-8 where every record's is made (ColumnRecord::makeTextUtf8): the order the
    // key's index keeps them in, found with a comparison of bytes rather than of UTF-16.
    const bool idsInUtf8 = std::all_of(batch.records.cbegin(), batch.records.cend(),
                                       [](const ColumnRecord* r) { return !r->idUtf8.isEmpty() || r->id.isEmpty(); });
    if (idsInUtf8)
        std::sort(batch.records.begin(), batch.records.end(),
                  [](const ColumnRecord* a, const ColumnRecord* b) { return a->idUtf8 < b->idUtf8; });
    else
        std::sort(batch.records.begin(), batch.records.end(),
                  [](const ColumnRecord* a, const ColumnRecord* b) { return a->id < b->id; });

    // Many rows: the table's other indexes (and its children's) are dropped, made again by finish().
    if (std::max(batch.records.size(), m_expected.value(layout.table)) >= RebuildIndexesFrom)
        if (Status s = dropIndexes(db, layout); !s)
            return s;

    // A record's id, for its row and as its child rows' parent.
    const auto bindId = [](RowInsert& insert, int place, const ColumnRecord& record) {
        if (record.idUtf8.isEmpty())
            insert.text(place, record.id);
        else
            insert.lastingText(place, record.idUtf8);
    };
    // The places after the id that every row shares: created, updated, by whom, version, deleted.
    const auto bindBookkeeping = [this](RowInsert& insert) {
        insert.lastingText(2, m_nowText);
        insert.lastingText(3, m_nowText);
        insert.lastingText(4, m_actorText);
        insert.number(5, 1);
        insert.number(6, 0);
    };
    {
        RowInsert insert(db, layout.table, Bookkeeping + layout.columns);
        bindBookkeeping(insert);
        if (!insert.ok())
            return failed(layout.table);
        const int first = int(Bookkeeping.size()) + 1;
        for (const ColumnRecord* record : batch.records) {
            bindId(insert, 1, *record);
            insert.values(record->columns, 0, first, layout.columns.size());
            if (!insert.step())
                return failed(layout.table);
        }
    }
    for (qsizetype c = 0; c < layout.children.size(); ++c) {
        const ChildLayout& child = layout.children.at(c);
        // In their parents' order, each parent's rows together, as they are read (a star's
        // scores, a goal's tasks).
        RowInsert insert(db, child.table, Bookkeeping + QStringList{child.parentColumn} + child.columns);
        bindBookkeeping(insert);
        if (!insert.ok())
            return failed(child.table);
        const int parentPlace = int(Bookkeeping.size()) + 1;
        for (const ColumnRecord* record : batch.records) {
            if (c >= record->children.size())
                continue;
            for (const QVector<QVariant>& row : record->children.at(c)) {
                if (row.isEmpty())
                    insert.null(1);
                else
                    insert.value(1, row.at(0));
                bindId(insert, parentPlace, *record);
                insert.values(row, 1, parentPlace + 1, child.columns.size());
                if (!insert.step())
                    return failed(child.table);
            }
        }
    }
    return {};
}

Status BulkRecordWriter::writeRows(const QString& table, const QStringList& columns, const QVector<QVariantList>& rows)
{
    auto* db = static_cast<sqlite3*>(m_database.sqliteHandle());
    if (!db)
        return Error{QObject::tr("Storing many records at once needs a database file."), {}};
    RowInsert insert(db, table, columns);
    for (const QVariantList& row : rows) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            // NULL where Waymark's own driver would store NULL (a null string included).
            if (const QVariant& value = c < row.size() ? row.at(c) : QVariant(); storedAsNull(value))
                insert.null(int(c) + 1);
            else
                insert.value(int(c) + 1, value);
        }
        if (!insert.step())
            return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(table),
                                             QString::fromUtf8(sqlite3_errmsg(db))),
                         {}};
    }
    return {};
}

Status BulkRecordWriter::writeImported(sqlite3* db)
{
    if (m_imported.isEmpty())
        return {};
    RowInsert insert(db, QStringLiteral("change_log"),
                     {QStringLiteral("id"), QStringLiteral("changed_at"), QStringLiteral("changed_by"),
                      QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("action"),
                      QStringLiteral("new_value")});
    insert.lastingText(2, m_nowText);
    insert.lastingText(3, m_actorText);
    for (const Imported& line : m_imported) {
        insert.text(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.text(4, line.table);
        insert.text(5, line.recordId);
        insert.text(6, QStringLiteral("imported"));
        insert.text(7, line.source);
        if (!insert.step())
            return Error{
                m_database.describe(QObject::tr("Saving to the History failed"), QString::fromUtf8(sqlite3_errmsg(db))),
                {}};
    }
    m_imported.clear();
    return {};
}

} // namespace waymark
