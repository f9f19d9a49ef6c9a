#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QSqlError>
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
    // The team server's own versions of a script (NNN_name.postgresql.sql) are not versions.
    QStringList shipped = QDir(migrations()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    shipped.removeIf([](const QString& name) { return name.endsWith(QLatin1String(".postgresql.sql")); });
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

namespace {

// An entry as schema 5 wrote it: its SHA-256 over the fields and values themselves.
void addFormatOneEntry(Database& database, qint64 seq, const QString& person, const QString& before,
                       const QString& after, QString& previous)
{
    const QString at = QStringLiteral("2026-05-0%1T10:00:00Z").arg(seq);
    const QJsonArray fields{QString::number(seq), at, QStringLiteral("jo"), QStringLiteral("changed"),
                            QStringLiteral("service_users"), person, person, QStringLiteral("family_name"), before, after,
                            QString(), previous};
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO x_audit_trail (seq, at, actor, action, table_name, record_id, service_user_id, "
                             "field, before_value, after_value, previous_hash, hash) "
                             "VALUES (?, ?, 'jo', 'changed', 'service_users', ?, ?, 'family_name', ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(seq), QVariant(at), QVariant(person), QVariant(person), QVariant(before),
                              QVariant(after), QVariant(previous), QVariant(hash)})
        q.addBindValue(v);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    previous = hash;
}

} // namespace

TEST_F(Migrations, AnOlderAuditTrailIsSealedAgainSoThatAnonymisingCanTakeItsValuesOut)
{
    for (bool tampered : {false, true}) {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older"));
        ASSERT_TRUE(QDir().mkpath(older));
        for (const QString& name : QDir(migrations()).entryList({QStringLiteral("00[1-5]_*.sql")}, QDir::Files, QDir::Name))
            ASSERT_TRUE(QFile::copy(migrations() + QLatin1Char('/') + name, older + QLatin1Char('/') + name));
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Database::Options options;
            options.mode = Database::Open::CreateIfMissing;
            options.migrationsPath = older;
            auto database = Database::open(path, options);
            ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
            ASSERT_EQ(database.value()->schemaVersion(), 5);
            QString previous = QStringLiteral("waymark-audit-trail");
            addFormatOneEntry(*database.value(), 1, QStringLiteral("su-1"), QStringLiteral("Smith"), QStringLiteral("Smyth"), previous);
            addFormatOneEntry(*database.value(), 2, QStringLiteral("su-2"), QStringLiteral("Okafor"), QStringLiteral("Okafor-Jones"), previous);
            if (tampered) {
                QSqlQuery q(database.value()->connection());
                ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER x_audit_trail_no_update")));
                ASSERT_TRUE(q.exec(QStringLiteral("UPDATE x_audit_trail SET actor = 'mallory' WHERE seq = 1")));
            }
        }
        Database::Options options;
        options.migrationsPath = migrations();
        auto upgraded = Database::open(path, options);
        ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
        AuditTrail trail(*upgraded.value());
        const Result<std::optional<QString>> verdict = trail.verify();
        ASSERT_TRUE(verdict);
        QSqlQuery q(upgraded.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM x_audit_trail WHERE format = 2")) && q.next());
        if (tampered) {
            // A chain already broken is not sealed again, which would hide it: the check still finds it.
            EXPECT_EQ(q.value(0).toInt(), 0);
            ASSERT_TRUE(verdict->has_value());
            EXPECT_TRUE((*verdict)->startsWith(QStringLiteral("audit trail entry 1 "))) << (*verdict)->toStdString();
            continue;
        }
        EXPECT_EQ(q.value(0).toInt(), 2);
        EXPECT_FALSE(verdict->has_value()) << verdict->value_or(QString()).toStdString();
        EXPECT_EQ(trail.all()->at(1).after, QStringLiteral("Okafor-Jones"));
        ASSERT_TRUE(upgraded.value()->inTransaction([&]() -> Status {
            Result<int> erased = trail.eraseValuesOf(QStringLiteral("su-2"));
            if (!erased)
                return erased.error();
            EXPECT_EQ(erased.value(), 1);
            AuditEntry done;
            done.actor = QStringLiteral("admin");
            done.action = QStringLiteral("anonymised");
            done.serviceUserId = QStringLiteral("su-2");
            return trail.append(done);
        }).ok());
        EXPECT_FALSE(trail.verify()->has_value()) << trail.verify()->value_or(QString()).toStdString();
        EXPECT_TRUE(trail.all()->at(1).valuesErased);
        EXPECT_EQ(trail.all()->at(0).after, QStringLiteral("Smyth"));
    }
}
