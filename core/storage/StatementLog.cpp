#include "core/storage/StatementLog.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

namespace waymark {

namespace {

int traced(unsigned int, void* context, void* statement, void*)
{
    if (const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement)))
        static_cast<StatementLog*>(context)->add(sql);
    return 0;
}

} // namespace

StatementLog::StatementLog(Database& database)
    : m_handle(database.sqliteHandle())
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), SQLITE_TRACE_STMT, traced, this);
}

StatementLog::~StatementLog()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

void StatementLog::clear()
{
    m_statements.clear();
    m_seen.clear();
}

void StatementLog::add(const char* sql)
{
    const QString text = QString::fromUtf8(sql).simplified();
    // The pragmas and transactions around a report are not queries of it.
    if (text.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive) ||
        !text.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        return;
    if (m_seen.contains(text))
        return;
    m_seen.insert(text);
    m_statements << text;
}

Result<QStringList> StatementLog::planOf(const QString& sql) const
{
    auto* db = static_cast<sqlite3*>(m_handle);
    if (!db)
        return Error{QObject::tr("Query plans can be read from a database file only."), {}};
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, explain.constData(), int(explain.size()), &q, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(db)), {}};
    QStringList lines;
    // The fourth column is the step, in words.
    while (sqlite3_step(q) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 3)));
    sqlite3_finalize(q);
    return lines;
}

} // namespace waymark
