#include "core/storage/SqlRow.h"

#include "core/storage/SqlCipherResult.h"

#include <sqlite3.h>

namespace waymark {

SqlRow::SqlRow(const QSqlQuery& query, Streamed)
    : SqlRow(query)
{
    m_statement = SqlCipherResult::streamedStatement(query);
}

QString SqlRow::text(const char* column) const
{
    const int at = position(column);
    if (at < 0)
        return {};
    // Text as SQLite keeps it, made into a QString the way the driver's value() makes it.
    if (m_statement && sqlite3_column_type(m_statement, at) == SQLITE_TEXT)
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, at)),
                                 sqlite3_column_bytes(m_statement, at));
    return m_query.value(at).toString();
}

QByteArrayView SqlRow::utf8(const char* column) const
{
    const int at = position(column);
    if (at < 0)
        return {};
    // Only text is read as it is kept: asking SQLite for a number as text would change how it
    // keeps the value, and what a later read of the column gets.
    if (m_statement && sqlite3_column_type(m_statement, at) == SQLITE_TEXT) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, at));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, at));
    }
    m_utf8 = m_query.value(at).toString().toUtf8();
    return m_utf8;
}

std::optional<qint64> SqlRow::storedInteger(const char* column) const
{
    if (!m_statement)
        return std::nullopt;
    const int at = position(column);
    if (at < 0 || sqlite3_column_type(m_statement, at) != SQLITE_INTEGER)
        return std::nullopt;
    return sqlite3_column_int64(m_statement, at);
}

const QString& SqlRow::text(const char* column, Kept& kept) const
{
    const QByteArrayView now = utf8(column);
    // Empty is made each time: it may be NULL (a null QString) or empty text.
    if (!kept.known || now.isEmpty() || now != kept.utf8) {
        kept.utf8 = now.toByteArray();
        kept.text = text(column);
        kept.known = true;
    }
    return kept.text;
}

} // namespace waymark
