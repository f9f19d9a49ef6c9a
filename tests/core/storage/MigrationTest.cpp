#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// A folder of migrations: the shipped ones, to which a test adds later versions.
class Migrations : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("migrations"))));
        for (const QString& name : QDir(QStringLiteral(":/waymark/migrations")).entryList(QDir::Files))
            ASSERT_TRUE(QFile::copy(QStringLiteral(":/waymark/migrations/") + name, migrations() + QLatin1Char('/') + name));
    }

    QString migrations() const { return m_dir.filePath(QStringLiteral("migrations")); }
    QString db() const { return m_dir.filePath(QStringLiteral("waymark.db")); }

    void addMigration(const QString& name, const QByteArray& sql)
    {
        QFile f(migrations() + QLatin1Char('/') + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(sql);
    }

    Result<std::unique_ptr<Database>> open(Database::Open mode = Database::Open::ExistingOnly)
    {
        Database::Options options;
        options.mode = mode;
        options.migrationsPath = migrations();
        return Database::open(db(), options);
    }

    static bool hasTable(Database& database, const char* table)
    {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"));
        q.addBindValue(QString::fromLatin1(table));
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Migrations, AnUpgradeRunsTheNewScriptsAfterTakingABackup)
{
    const int shipped = Database::latestSchemaVersion();
    ASSERT_TRUE(open(Database::Open::CreateIfMissing).ok());
    addMigration(QStringLiteral("%1_visits.sql").arg(shipped + 1, 3, 10, QLatin1Char('0')),
                 "CREATE TABLE visits_extra (id TEXT PRIMARY KEY);\n"
                 "INSERT INTO waymark_meta (key, value) VALUES ('upgraded', 'yes');\n");
    auto upgraded = open();
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    EXPECT_EQ(upgraded.value()->schemaVersion(), shipped + 1);
    EXPECT_TRUE(hasTable(*upgraded.value(), "visits_extra"));

    const QString backup = upgraded.value()->migrationBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_TRUE(QFile::exists(backup));
    upgraded = Error{};
    // The backup is the database as it was before the upgrade.
    Database::Options options;
    auto before = Database::open(backup, options);
    ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
    EXPECT_EQ(before.value()->schemaVersion(), shipped);
    EXPECT_FALSE(hasTable(*before.value(), "visits_extra"));
}

TEST_F(Migrations, AFailingMigrationChangesNothing)
{
    const int shipped = Database::latestSchemaVersion();
    ASSERT_TRUE(open(Database::Open::CreateIfMissing).ok());
    addMigration(QStringLiteral("%1_broken.sql").arg(shipped + 1, 3, 10, QLatin1Char('0')),
                 "CREATE TABLE half_done (id TEXT PRIMARY KEY);\n"
                 "INSERT INTO no_such_table VALUES (1);\n");
    auto failed = open();
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("Upgrading the database to schema %1 failed").arg(shipped + 1)))
        << failed.error().message.toStdString();

    QFile::remove(migrations() + QStringLiteral("/%1_broken.sql").arg(shipped + 1, 3, 10, QLatin1Char('0')));
    auto reopened = open();
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(reopened.value()->schemaVersion(), shipped);
    EXPECT_FALSE(hasTable(*reopened.value(), "half_done"));
}

TEST_F(Migrations, EveryEarlierVersionUpgradesToTheLatestKeepingItsRecords)
{
    const QStringList shipped = QDir(migrations()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    ASSERT_GE(shipped.size(), 2);
    for (qsizetype version = 1; version < shipped.size(); ++version) {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older"));
        ASSERT_TRUE(QDir().mkpath(older));
        for (qsizetype i = 0; i < version; ++i)
            ASSERT_TRUE(QFile::copy(migrations() + QLatin1Char('/') + shipped.at(i),
                                    older + QLatin1Char('/') + shipped.at(i)));
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Database::Options options;
            options.mode = Database::Open::CreateIfMissing;
            options.migrationsPath = older;
            auto database = Database::open(path, options);
            ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
            ASSERT_EQ(database.value()->schemaVersion(), int(version));
            QSqlQuery q(database.value()->connection());
            ASSERT_TRUE(q.exec(QStringLiteral(
                "INSERT INTO staff (id, created_at, updated_at, updated_by, name, role, active) "
                "VALUES ('kw-1', 'x', 'x', 'test', 'Jo Marsh', 'key_worker', 1)")));
        }
        Database::Options options;
        options.migrationsPath = migrations();
        auto upgraded = Database::open(path, options);
        ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
        EXPECT_EQ(upgraded.value()->schemaVersion(), int(shipped.size())) << "from version " << version;
        EXPECT_TRUE(hasTable(*upgraded.value(), "change_log"));
        QSqlQuery q(upgraded.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM staff WHERE id = 'kw-1'")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("Jo Marsh"));
    }
}
