#include "tests/support/TestDatabase.h"

#include "core/interchange/DatabaseSetup.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace waymark::test {

TestDatabase::TestDatabase(bool initialise)
    : m_path(m_dir.filePath(QStringLiteral("waymark.db")))
{
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto opened = Database::open(m_path, options);
    if (!opened) {
        ADD_FAILURE() << "could not make a test database: " << opened.error().message.toStdString();
        return;
    }
    m_database = std::move(opened).value();
    if (initialise) {
        auto seeded = DatabaseSetup::initialise(*m_database, m_clock);
        if (!seeded)
            ADD_FAILURE() << "init failed: " << seeded.error().message.toStdString();
    }
}

int rowCount(Database& database, const QString& table)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList sqliteColumn(void* connection, const char* sql)
{
    QStringList out;
    auto* db = static_cast<sqlite3*>(connection);
    sqlite3_stmt* q = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &q, nullptr), SQLITE_OK) << sql;
    while (sqlite3_step(q) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    return out;
}

} // namespace waymark::test
