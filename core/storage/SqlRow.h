#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>
#include <QVariant>

#include <cstring>
#include <optional>

struct sqlite3_stmt;

namespace waymark {

// The current row of a query, read by column name. QSqlQuery::value(name) builds the name as
// text and compares it with every column's name on every call; a read of 100,000 rows asked
// that a million times. A SqlRow made once for a query learns each name's position the first
// time it is asked, so every later row is read by position.
//
// It follows the query it was made from: make it once, then move the query row by row.
//
// A streamed row (Repository::forEachRow's) of a forward-only query on the app's own SQLite
// driver reads text straight from the statement: no QVariant made and copied for each value,
// and utf8() hands over the bytes SQLite holds, to compare a value repeated on many rows (an
// assessment's id on each of its scores) without making it into a QString every time.
class SqlRow {
public:
    // Implicit, so that a row read by hand (a QSqlQuery) can be handed to the same mapping.
    SqlRow(const QSqlQuery& query) // NOLINT(google-explicit-constructor)
        : m_query(query)
        , m_record(query.record())
    {
    }

    // For a row read only while the query stands on it: the query is moved with next() alone,
    // and each row is read before the next is asked for.
    enum class Streamed { Yes };
    SqlRow(const QSqlQuery& query, Streamed);

    // A column's text; NULL is the null QString, a number its text (as value().toString()).
    QString text(const char* column) const;
    // A column's text as UTF-8 (NULL is empty), valid until the query moves on or utf8() is
    // called again (off the app's SQLite driver every column shares one buffer).
    QByteArrayView utf8(const char* column) const;
    // A streamed row's column stored as an integer, read as it is kept; none for any other value
    // or row (read those as a value).
    std::optional<qint64> storedInteger(const char* column) const;
    // A column whose value repeats from row to row (a period's id on each of its assessments):
    // its text made only when it is not the last row's, and shared with every row it is the same
    // on. `kept` is the last row's, one for each column read this way.
    struct Kept {
        QByteArray utf8;
        QString text;
        bool known = false;
    };
    const QString& text(const char* column, Kept& kept) const;

    QVariant value(int column) const { return m_query.value(column); }

    // `column` is a name as the query gives it; an unknown name is an invalid QVariant.
    QVariant value(const char* column) const
    {
        const int at = position(column);
        return at < 0 ? QVariant() : m_query.value(at);
    }

    QVariant value(const QString& column) const { return m_query.value(column); }

    const QSqlQuery& query() const { return m_query; }

private:
    int position(const char* column) const
    {
        // A mapping asks for the same names in the same order on every row: the name after the
        // last one asked for is tried first, so that each is found at the first comparison.
        if (m_next < m_learned.size() && std::strcmp(m_learned[m_next].name.constData(), column) == 0)
            return m_learned[m_next++].position;
        // A few short names, compared as bytes: far cheaper than the record's case-blind
        // comparison of text. The name is kept as a copy, since the caller's may not last.
        for (qsizetype i = 0; i < m_learned.size(); ++i)
            if (std::strcmp(m_learned[i].name.constData(), column) == 0) {
                m_next = i + 1;
                return m_learned[i].position;
            }
        const int at = m_record.indexOf(QLatin1String(column));
        m_learned.append(Learned{QByteArray(column), at});
        m_next = m_learned.size();
        return at;
    }

    struct Learned {
        QByteArray name;
        int position;
    };
    const QSqlQuery& m_query;
    QSqlRecord m_record;
    sqlite3_stmt* m_statement = nullptr; // a streamed row's statement, else none
    mutable QByteArray m_utf8;           // utf8()'s bytes when there is no statement to read
    mutable QVarLengthArray<Learned, 32> m_learned;
    mutable qsizetype m_next = 0; // where the next name asked for is likely to be learned
};

} // namespace waymark
