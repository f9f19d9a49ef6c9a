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
    mutable QVarLengthArray<Learned, 32> m_learned;
    mutable qsizetype m_next = 0; // where the next name asked for is likely to be learned
};

} // namespace waymark
