#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>
#include <QVariant>

#include <cstring>

namespace waymark {

// The current row of a query, read by column name. QSqlQuery::value(name) builds the name as
// text and compares it with every column's name on every call; a read of 100,000 rows asked
// that a million times. A SqlRow made once for a query learns each name's position the first
// time it is asked, so every later row is read by position.
//
// It follows the query it was made from: make it once, then move the query row by row.
class SqlRow {
public:
    // Implicit, so that a row read by hand (a QSqlQuery) can be handed to the same mapping.
    SqlRow(const QSqlQuery& query) // NOLINT(google-explicit-constructor)
        : m_query(query)
        , m_record(query.record())
    {
    }

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
        // A few short names, compared as bytes: far cheaper than the record's case-blind
        // comparison of text. The name is kept as a copy, since the caller's may not last.
        for (const Learned& learned : m_learned)
            if (std::strcmp(learned.name.constData(), column) == 0)
                return learned.position;
        const int at = m_record.indexOf(QLatin1String(column));
        m_learned.append(Learned{QByteArray(column), at});
        return at;
    }

    struct Learned {
        QByteArray name;
        int position;
    };
    const QSqlQuery& m_query;
    QSqlRecord m_record;
    mutable QVarLengthArray<Learned, 32> m_learned;
};

} // namespace waymark
