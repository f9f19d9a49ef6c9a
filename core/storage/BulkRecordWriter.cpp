#include "core/storage/BulkRecordWriter.h"

#include "core/domain/LocalTime.h"
#include "core/domain/StoredValue.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace waymark {

namespace {

// Fewer rows are simply inserted with their indexes kept up to date.
constexpr qsizetype RebuildIndexesFrom = 20000;

// One prepared INSERT, a row at a time: bind the values in column order, then step.
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
    void text(const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        m_ok = m_ok && sqlite3_bind_text(m_statement, ++m_at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) ==
                           SQLITE_OK;
    }
    void number(qint64 value) { m_ok = m_ok && sqlite3_bind_int64(m_statement, ++m_at, value) == SQLITE_OK; }
    void value(const QVariant& raw)
    {
        const QVariant v = StoredValue::normalised(raw);
        if (!v.isValid()) {
            m_ok = m_ok && sqlite3_bind_null(m_statement, ++m_at) == SQLITE_OK;
            return;
        }
        switch (v.typeId()) {
        case QMetaType::LongLong:
            number(v.toLongLong());
            return;
        case QMetaType::Double:
            m_ok = m_ok && sqlite3_bind_double(m_statement, ++m_at, v.toDouble()) == SQLITE_OK;
            return;
        default:
            text(v.toString());
        }
    }
    // Inserts the row bound; false (with sqlite3_errmsg) when it is refused.
    bool step()
    {
        m_at = 0;
        if (!m_ok)
            return false;
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        m_ok = rc == SQLITE_DONE;
        return m_ok;
    }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_at = 0;
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

} // namespace

BulkRecordWriter::BulkRecordWriter(Database& database, QString actor, const QDateTime& now)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_now(LocalTime::isoDateTimeUtc(now))
{
}

BulkRecordWriter::~BulkRecordWriter() = default;

void BulkRecordWriter::add(const TableLayout& layout, const StoredRecord& record)
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
    auto* db = static_cast<sqlite3*>(m_database.sqliteHandle());
    if (!db)
        return Error{QObject::tr("Storing many records at once needs a database file."), {}};
    for (Batch& batch : m_batches)
        if (Status s = writeBatch(db, batch); !s)
            return s;
    m_batches.clear();
    return writeImported(db);
}

Status BulkRecordWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (m_dropped.isEmpty())
        return {};
    auto* db = static_cast<sqlite3*>(m_database.sqliteHandle());
    // Each index is made by sorting the whole table's keys: SQLite sorts on helper threads when
    // allowed (a quarter less time for an index of 200,000 appointments on two cores).
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
    std::sort(batch.records.begin(), batch.records.end(),
              [](const StoredRecord* a, const StoredRecord* b) { return a->id < b->id; });

    // Many rows: the table's other indexes (and its children's) are dropped, made again by finish().
    if (std::max(batch.records.size(), m_expected.value(layout.table)) >= RebuildIndexesFrom)
        if (Status s = dropIndexes(db, layout); !s)
            return s;

    {
        RowInsert insert(db, layout.table, Bookkeeping + layout.columns);
        if (!insert.ok())
            return failed(layout.table);
        for (const StoredRecord* record : batch.records) {
            insert.text(record->id);
            insert.text(m_now);
            insert.text(m_now);
            insert.text(m_actor);
            insert.number(1);
            insert.number(0);
            for (const QString& column : layout.columns)
                insert.value(record->values.value(column));
            if (!insert.step())
                return failed(layout.table);
        }
    }
    for (qsizetype c = 0; c < layout.children.size(); ++c) {
        const ChildLayout& child = layout.children.at(c);
        // In their parents' order, each parent's rows together, as they are read (a star's
        // scores, a goal's tasks).
        RowInsert insert(db, child.table, Bookkeeping + QStringList{child.parentColumn} + child.columns);
        if (!insert.ok())
            return failed(child.table);
        for (const StoredRecord* record : batch.records) {
            if (c >= record->children.size())
                continue;
            for (const QVariantMap& values : record->children.at(c)) {
                insert.text(values.value(QStringLiteral("id")).toString());
                insert.text(m_now);
                insert.text(m_now);
                insert.text(m_actor);
                insert.number(1);
                insert.number(0);
                insert.text(record->id);
                for (const QString& column : child.columns)
                    insert.value(values.value(column));
                if (!insert.step())
                    return failed(child.table);
            }
        }
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
    for (const Imported& line : m_imported) {
        insert.text(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.text(m_now);
        insert.text(m_actor);
        insert.text(line.table);
        insert.text(line.recordId);
        insert.text(QStringLiteral("imported"));
        insert.text(line.source);
        if (!insert.step())
            return Error{
                m_database.describe(QObject::tr("Saving to the History failed"), QString::fromUtf8(sqlite3_errmsg(db))),
                {}};
    }
    m_imported.clear();
    return {};
}

} // namespace waymark
