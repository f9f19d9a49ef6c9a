#include "core/storage/SqlCipherResult.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/SqlValues.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace waymark {

namespace {

QMetaType declaredType(sqlite3_stmt* statement, int column)
{
    const char* declared = sqlite3_column_decltype(statement, column);
    const QString type = declared ? QString::fromLatin1(declared).toUpper() : QString();
    if (type.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_statement);
}

sqlite3_stmt* SqlCipherResult::streamedStatement(const QSqlQuery& query)
{
    const auto* result = dynamic_cast<const SqlCipherResult*>(query.result());
    if (!result || !result->isForwardOnly() || !result->isActive() || !result->isSelect())
        return nullptr;
    return result->m_statement;
}

void SqlCipherResult::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_rows.clear();
    m_stepped = 0;
    m_heldLast = {};
    m_finished = false;
    m_record.clear();
}

bool SqlCipherResult::fail(const QString& what, QSqlError::ErrorType type)
{
    sqlite3* db = m_driver->connection();
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    setLastError(QSqlError(what, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(), type, QString::number(code)));
    return false;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_prepared = false;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* db = m_driver->connection();
    if (!db || !m_driver->isOpen()) {
        setLastError(QSqlError(QObject::tr("The database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    const void* tail = nullptr;
    const int rc = sqlite3_prepare16_v2(db, query.constData(), int((query.size() + 1) * qsizetype(sizeof(QChar))),
                                        &m_statement, &tail);
    if (rc != SQLITE_OK) {
        finalize();
        return fail(QObject::tr("Unable to prepare the statement"), QSqlError::StatementError);
    }
    // One statement at a time, as Qt's own SQLite driver: a second one would be silently lost.
    if (tail) {
        const QString rest = QString(static_cast<const QChar*>(tail)).trimmed();
        if (!rest.isEmpty() && rest != QLatin1String(";")) {
            finalize();
            setLastError(QSqlError(QObject::tr("Unable to execute multiple statements at a time"), {},
                                   QSqlError::StatementError));
            return false;
        }
    }
    const int columns = m_statement ? sqlite3_column_count(m_statement) : 0;
    for (int i = 0; i < columns; ++i)
        m_record.append(QSqlField(QString(static_cast<const QChar*>(sqlite3_column_name16(m_statement, i))),
                                  declaredType(m_statement, i)));
    setSelect(columns > 0);
    m_prepared = true;
    return true;
}

bool SqlCipherResult::exec()
{
    // A statement that failed to prepare is not run as if it were empty: its rows would be lost
    // without a word.
    if (!m_prepared) {
        if (!lastError().isValid())
            setLastError(QSqlError(QObject::tr("Unable to execute a statement that was not prepared"), {},
                                   QSqlError::StatementError));
        return false;
    }
    if (!m_statement) {
        // An empty statement (only a comment): nothing to do, as SQLite itself says.
        setActive(true);
        setSelect(false);
        m_rowsAffected = 0;
        return true;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_rows.clear();
    m_stepped = 0;
    m_heldLast = {};
    m_finished = false;
    setAt(QSql::BeforeFirstRow);
    const QVariantList values = boundValues();
    const int parameters = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != parameters) {
        setLastError(QSqlError(QObject::tr("Parameter count mismatch"), {}, QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < parameters; ++i) {
        const QVariant& value = values.at(i);
        const int at = i + 1;
        int rc = SQLITE_OK;
        if (storedAsNull(value)) {
            rc = sqlite3_bind_null(m_statement, at);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int(m_statement, at, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_statement, at, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, at, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_statement, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_statement, at, text.constData(), int(text.size() * qsizetype(sizeof(QChar))),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return fail(QObject::tr("Unable to bind parameters"), QSqlError::StatementError);
    }
    // Run it: a statement without columns runs to its end; a query reads its first row now, so
    // that an error shows at exec() as it does with Qt's own driver.
    if (!isSelect()) {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            sqlite3_reset(m_statement);
            return fail(QObject::tr("Unable to execute the statement"), QSqlError::StatementError);
        }
        sqlite3* db = m_driver->connection();
        m_rowsAffected = sqlite3_changes(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        sqlite3_reset(m_statement);
        setActive(true);
        return true;
    }
    m_rowsAffected = 0;
    if (!step() && lastError().isValid())
        return false;
    setActive(true);
    return true;
}

bool SqlCipherResult::step()
{
    if (m_finished)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        ++m_stepped;
        // A forward-only query reads its values from the statement as they are asked for.
        if (!isForwardOnly())
            m_rows << currentRow();
        return true;
    }
    m_finished = true;
    if (rc == SQLITE_DONE) {
        setLastError(QSqlError());
        sqlite3_reset(m_statement);
        return false;
    }
    fail(QObject::tr("Unable to fetch row"), QSqlError::StatementError);
    sqlite3_reset(m_statement);
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL:
        return QVariant();
    default:
        // Text as SQLite keeps it (UTF-8), decoded once: asking for UTF-16 would have SQLite
        // make a converted copy first.
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
                                          sqlite3_column_bytes(m_statement, column)));
    }
}

QVariantList SqlCipherResult::currentRow() const
{
    const int columns = sqlite3_column_count(m_statement);
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row << columnValue(i);
    return row;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (isForwardOnly() && index < m_stepped - 1)
        return false; // a forward-only query cannot go back
    // exec() read the first row already; read on until the row asked for is in.
    while (m_stepped <= index)
        if (!step())
            return false;
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (!isForwardOnly()) {
        while (step()) {
        }
        if (m_rows.isEmpty())
            return false;
        setAt(int(m_rows.size()) - 1);
        return true;
    }
    // The statement is done once it has gone past the last row: that row's values are kept.
    if (m_finished) {
        // Already past the end: only a row kept by an earlier fetchLast() is still there.
        if (m_heldLast.isEmpty())
            return false;
        setAt(m_stepped - 1);
        return true;
    }
    QVariantList last = m_stepped > 0 && !m_finished ? currentRow() : QVariantList();
    while (step())
        last = currentRow();
    if (m_stepped == 0)
        return false;
    m_heldLast = last;
    setAt(m_stepped - 1);
    return true;
}

QVariant SqlCipherResult::data(int column)
{
    const int row = at();
    if (row < 0 || column < 0 || column >= m_record.count())
        return {};
    if (!isForwardOnly())
        return row < m_rows.size() ? m_rows.at(row).value(column) : QVariant();
    if (row != m_stepped - 1)
        return {};
    if (m_finished) // only after fetchLast() went past the end
        return m_heldLast.value(column);
    return columnValue(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (isForwardOnly() && !m_finished && at() >= 0 && at() == m_stepped - 1 && column >= 0 &&
        column < m_record.count())
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return data(column).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId ? QVariant(m_lastInsertId) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_finished = true;
}

} // namespace waymark
