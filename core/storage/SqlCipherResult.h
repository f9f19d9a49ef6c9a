#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>
#include <QVector>

struct sqlite3_stmt;

namespace waymark {

class SqlCipherDriver;

// One statement on a SqlCipherDriver connection. Rows are read from SQLite as they are asked
// for; a forward-only query (what the repositories use) reads each value from the statement
// only when it is asked for (a column nobody reads costs nothing), any other keeps the rows
// read so far so that it can move back.
class SqlCipherResult : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // The statement of a forward-only query that this driver runs, to read the row it stands on
    // from SQLite itself (SqlRow::Streamed); null for any other query. Its values are those of
    // the query's row only while the query is moved with next() alone.
    static sqlite3_stmt* streamedStatement(const QSqlQuery& query);

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    void finalize();
    bool fail(const QString& what, QSqlError::ErrorType type);
    // Steps once; false at the end of the rows or on an error (then lastError says which).
    bool step();
    QVariant columnValue(int column) const; // of the row the statement stands on
    QVariantList currentRow() const;

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_statement = nullptr;
    bool m_prepared = false;      // the last prepare() succeeded (an empty statement has no m_statement)
    QSqlRecord m_record;
    QVector<QVariantList> m_rows; // every row read so far; none when forward-only
    int m_stepped = 0;            // rows SQLite has given: the statement stands on row m_stepped - 1
    QVariantList m_heldLast;      // a forward-only query's last row, kept by fetchLast()
    bool m_finished = false;      // no more rows to step to
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace waymark
