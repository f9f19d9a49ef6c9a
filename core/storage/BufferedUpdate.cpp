#include "core/storage/BufferedUpdate.h"

#include "core/storage/BufferedInsert.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

namespace {

const QStringList StampColumns{QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};

} // namespace

Result<bool> BufferedUpdate::suits(Database& database, const QString& table)
{
    if (!database.isServer())
        return false;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = CAST(? AS regclass) AND indisunique "
                             "AND NOT indisprimary"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return Error{database.describe(QObject::tr("Reading the team server's tables failed"), q.lastError().text()),
                     {}};
    return q.value(0).toLongLong() == 0;
}

BufferedUpdate::BufferedUpdate(Database& database, QString table, QStringList columns, int rowsPerStatement)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
{
}

Status BufferedUpdate::add(const QString& id, const QString& updatedAt, const QString& updatedBy,
                           const QVariantList& values)
{
    m_rows << (QVariantList{id, updatedAt, updatedBy} + values);
    m_ids.insert(id);
    if (m_rows.size() >= m_rowsPerStatement)
        return write();
    return {};
}

Status BufferedUpdate::flush()
{
    return m_rows.isEmpty() ? Status() : write();
}

Status BufferedUpdate::write()
{
    QStringList assignments{QStringLiteral("updated_at = v.updated_at"), QStringLiteral("updated_by = v.updated_by"),
                            QStringLiteral("version = t.version + 1")};
    for (const QString& column : m_columns)
        assignments << QStringLiteral("%1 = v.%1").arg(column);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE %1 AS t SET %2 FROM json_populate_recordset(NULL::%1, ?) AS v WHERE t.id = v.id")
                  .arg(m_table, assignments.join(QStringLiteral(", "))));
    q.addBindValue(BufferedInsert::rowsAsJson(StampColumns + m_columns, m_rows));
    m_rows.clear();
    m_ids.clear();
    if (!q.exec())
        return Error{m_database.describe(QObject::tr("Saving to %1 failed").arg(m_table), q.lastError().text()), {}};
    return {};
}

} // namespace waymark
