#include "core/storage/BufferedInsert.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace waymark {

namespace {

QString statementFor(const QString& table, const QStringList& columns, int rows)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString one = QStringLiteral("(") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns.join(QStringLiteral(", ")), all.join(QStringLiteral(", ")));
}

} // namespace

BufferedInsert::BufferedInsert(Database& database, QString table, QStringList columns, int rowsPerStatement)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    // A statement on the server is one value however many rows it carries: fewer, longer ones.
    // SQLite 3.15 takes at most 999 values in a statement.
    , m_rowsPerStatement(database.isServer() ? rowsPerStatement * 5 / 2
                                             : std::max(1, std::min(rowsPerStatement, 999 / int(std::max<qsizetype>(1, m_columns.size())))))
{
}

QString BufferedInsert::rowsAsJson(const QStringList& columns, const QVector<QVariantList>& rows)
{
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
            const QVariant& v = row.at(i);
            QJsonValue value;
            if (!v.isValid() || v.isNull())
                value = QJsonValue(QJsonValue::Null);
            else if (v.typeId() == QMetaType::Bool)
                value = v.toBool() ? 1 : 0;
            else
                value = QJsonValue::fromVariant(v);
            object.insert(columns.at(i), value);
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Status BufferedInsert::add(const QVariantList& row)
{
    m_rows << row;
    if (m_rows.size() >= m_rowsPerStatement)
        return write(int(m_rows.size()));
    return {};
}

Status BufferedInsert::flush()
{
    if (m_rows.isEmpty())
        return {};
    return write(int(m_rows.size()));
}

Status BufferedInsert::write(int rows)
{
    if (m_database.isServer()) {
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_database.connection());
            const QString columns = m_columns.join(QStringLiteral(", "));
            m_full->prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM json_populate_recordset(NULL::%1, ?)")
                                .arg(m_table, columns));
        }
        m_full->addBindValue(rowsAsJson(m_columns, m_rows));
        m_rows.clear();
        if (!m_full->exec())
            return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(m_table), m_full->lastError().text()),
                         {}};
        return {};
    }
    QSqlQuery partial(m_database.connection());
    QSqlQuery* q = &partial;
    if (rows == m_rowsPerStatement) {
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_database.connection());
            if (!m_full->prepare(statementFor(m_table, m_columns, rows))) {
                const QString why = m_full->lastError().text();
                m_full.reset();
                return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(m_table), why), {}};
            }
        }
        q = m_full.get();
    } else if (!partial.prepare(statementFor(m_table, m_columns, rows))) {
        return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(m_table), partial.lastError().text()), {}};
    }
    for (const QVariantList& row : m_rows)
        for (const QVariant& v : row)
            q->addBindValue(v);
    m_rows.clear();
    if (!q->exec())
        return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(m_table), q->lastError().text()), {}};
    return {};
}

} // namespace waymark
