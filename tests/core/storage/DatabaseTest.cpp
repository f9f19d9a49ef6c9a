#include "core/storage/Database.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <memory>

using namespace waymark;

namespace {

// A plain connection of its own to a file, as another program would have. Through Waymark's
// driver, so through the same SQLite: SQLite keeps track of the locks its connections hold on a
// file within one process, and a second SQLite library in the process (Qt's QSQLITE plugin
// brings the system's) would neither see them nor be seen.
QSqlDatabase anotherProgram(const QString& name)
{
    SqlCipherDriver::registerDriver();
    return QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
}

QByteArray fingerprint(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a separate, plain connection (as another program would).
void runOn(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("outside-%1").arg(qHash(path));
    {
        QSqlDatabase db = anotherProgram(name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A new encrypted Waymark file at `path` with `options`' key; null (the test failed) when it was
// not made.
std::unique_ptr<Database> createEncrypted(const QString& path, Database::Options options)
{
    options.mode = Database::Open::CreateIfMissing;
    auto db = Database::open(path, options);
    if (!db) {
        ADD_FAILURE() << db.error().message.toStdString();
        return nullptr;
    }
    return std::move(db.value());
}

int pragma(Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(Database, NewDatabaseIsMarkedAsWaymarkAndMigrated)
{
    test::TestDatabase t(false);
    EXPECT_EQ(t.db().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(t.db(), "application_id"), Database::ApplicationId);
    EXPECT_EQ(pragma(t.db(), "user_version"), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(t.db(), "foreign_keys"), 1);
    EXPECT_EQ(pragma(t.db(), "synchronous"), 2); // FULL
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(t.db().migrationBackupPath().isEmpty()) << "a new file needs no backup";
}

TEST(Database, EveryCaseworkTableHasTheBookkeepingColumns)
{
    test::TestDatabase t(false);
    QSqlQuery tables(t.db().connection());
    ASSERT_TRUE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('waymark_meta', "
        "'change_log', 'x_audit_trail', 'x_server_sign_ins') AND name NOT LIKE 'x_sync_%'")));
    int checked = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(t.db().connection());
        ASSERT_TRUE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        QStringList names;
        while (columns.next())
            names << columns.value(1).toString();
        for (const char* column : {"id", "created_at", "updated_at", "updated_by", "version", "deleted"})
            EXPECT_TRUE(names.contains(QString::fromLatin1(column)))
                << table.toStdString() << " lacks " << column;
        ++checked;
    }
    EXPECT_GE(checked, 22);
}

// The change log is append-only: it records changes to records and is never a record itself.
TEST(Database, TheChangeLogIsKeptBesideTheRecords)
{
    test::TestDatabase t(false);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT changed_at, changed_by, table_name, record_id, action, "
                                      "field, old_value, new_value FROM change_log")));
}

TEST(Database, OpeningAgainNeedsNoMigration)
{
    test::TestDatabase t;
    const QString path = t.path();
    t.close();
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(again.value()->migrationBackupPath().isEmpty());
}

TEST(Database, BlankSqliteFileIsMigratedFromVersionZero)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.db"));
    runOn(path, {QStringLiteral("PRAGMA user_version = 0")});
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto db = Database::open(path, options);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
}

TEST(Database, RefusesAFileThatIsNotADatabaseAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("name,key worker\nSam,Jo\n");
    f.close();
    const QByteArray before = fingerprint(path);
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto db = Database::open(path, options);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Waymark database")))
        << db.error().message.toStdString();
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Database, RefusesAnotherProgramsSqliteFileAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    runOn(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                 QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                 QStringLiteral("INSERT INTO contacts VALUES ('Sam')")});
    const QByteArray before = fingerprint(path);
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto db = Database::open(path, options);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Waymark database")));
    EXPECT_EQ(fingerprint(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesAnotherProgramsFileWithItsLogStillBesideItAndLeavesBothUntouched)
{
    // Another program's file in write-ahead mode, with pages still in its log (the program still
    // running, or stopped by a power cut): closing a connection that could write would put them
    // into the file.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = anotherProgram(QStringLiteral("other-program"));
        db.setDatabaseName(live);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0",
                                "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Sam')"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        ASSERT_TRUE(QFile::copy(live, path));
        ASSERT_TRUE(QFile::copy(live + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    const QByteArray file = fingerprint(path);
    const QByteArray log = fingerprint(path + QStringLiteral("-wal"));
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto db = Database::open(path, options);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Waymark database")))
        << db.error().message.toStdString();
    EXPECT_EQ(fingerprint(path), file);
    EXPECT_EQ(fingerprint(path + QStringLiteral("-wal")), log);
}

TEST(Database, AKeyThatDoesNotOpenTheFileIsSaidAndTheFileLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.db"));
    const QString left = dir.filePath(QStringLiteral("left.db"));
    Database::Options right;
    right.key = QByteArray(32, 'k');
    {
        const std::unique_ptr<Database> db = createEncrypted(path, right);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('kept', 'in the log')")));
        // As a power cut would leave it: the file with pages still in its log.
        ASSERT_TRUE(QFile::copy(path, left));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), left + QStringLiteral("-wal")));
    }
    Database::Options wrong;
    wrong.key = QByteArray(32, 'x');
    // Closed as Waymark closes it (nothing beside it), and with its log beside it.
    for (const QString& file : {path, left}) {
        const QByteArray before = fingerprint(file);
        const QByteArray logBefore = fingerprint(file + QStringLiteral("-wal"));
        auto db = Database::open(file, wrong);
        ASSERT_FALSE(db.ok()) << file.toStdString();
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("The key does not open")))
            << db.error().message.toStdString();
        EXPECT_EQ(fingerprint(file), before) << file.toStdString();
        EXPECT_EQ(fingerprint(file + QStringLiteral("-wal")), logBefore) << file.toStdString();
    }
    // The right key still opens both, the second with what was in its log.
    for (const QString& file : {path, left}) {
        auto db = Database::open(file, right);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM waymark_meta WHERE key = 'kept'")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("in the log"));
    }
}

TEST(Database, RefusesADatabaseFromANewerVersion)
{
    test::TestDatabase t;
    const QString path = t.path();
    t.close();
    const int newer = Database::latestSchemaVersion() + 1;
    runOn(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer),
                 QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fingerprint(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version of Waymark")))
        << db.error().message.toStdString();
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Database, MissingFileIsNotCreatedUnlessAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.db"));
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("init")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Database, MissingFolderIsNamed)
{
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto db = Database::open(QStringLiteral("/nonexistent-waymark-folder/waymark.db"), options);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist")));
}

TEST(Database, ReadOnlyFileIsRefusedWithAClearMessage)
{
    test::TestDatabase t;
    const QString path = t.path();
    t.close();
    QFile::setPermissions(path, QFile::ReadOwner);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("read-only")));
}

TEST(Database, LockedDatabaseSaysItIsInUse)
{
    test::TestDatabase t;
    QSqlQuery(t.db().connection()).exec(QStringLiteral("PRAGMA busy_timeout = 200"));
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase other = anotherProgram(name);
        other.setDatabaseName(t.path());
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        Status s = t.db().inTransaction([&]() -> Status {
            QSqlQuery q(t.db().connection());
            if (!q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('a', 'b')")))
                return Error{t.db().describe(QStringLiteral("Saving"), q.lastError().text()), {}};
            return {};
        });
        lock.exec(QStringLiteral("ROLLBACK"));
        other.close();
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("in use by another program")))
            << s.error().message.toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST(Database, FailedWorkIsRolledBack)
{
    test::TestDatabase t;
    Status s = t.db().inTransaction([&]() -> Status {
        QSqlQuery q(t.db().connection());
        q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('half', 'written')"));
        return Error{QStringLiteral("stopped on purpose"), {}};
    });
    EXPECT_FALSE(s.ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM waymark_meta WHERE key = 'half'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(Database, BackupIsAWorkingCopy)
{
    test::TestDatabase t;
    const QString copy = t.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(t.db().backupTo(copy).ok());
    auto opened = Database::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(test::rowCount(*opened.value(), QStringLiteral("contracts")), 2);
    auto problems = opened.value()->problems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

namespace {

// `plain`'s schema and rows copied into an encrypted file at `path` with `key`, by SQLCipher's
// export, its pages `pageBytes` long (1,024: as Waymark made files before 4,096).
void exportWithPages(Database& plain, const QString& path, const QByteArray& key, int pageBytes)
{
    QSqlQuery q(plain.connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("ATTACH DATABASE '%1' AS copy KEY \"x'%2'\"").arg(path, QString::fromLatin1(key.toHex()))));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA copy.cipher_page_size = %1").arg(pageBytes)));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sqlcipher_export('copy')"))) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA copy.user_version = %1").arg(Database::latestSchemaVersion())));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA copy.application_id = %1").arg(Database::ApplicationId)));
    ASSERT_TRUE(q.exec(QStringLiteral("DETACH DATABASE copy")));
}

} // namespace

TEST(Database, AnEncryptedFileOfTheOlderPagesOpensAndIsBackedUpAsItIs)
{
    test::TestDatabase plain;
    const QByteArray key(32, 'k');
    Database::Options options;
    options.key = key;

    // What encrypting a plain file makes now has the new pages.
    const QString encrypted = plain.filePath(QStringLiteral("encrypted.db"));
    ASSERT_TRUE(plain.db().exportEncrypted(encrypted, key).ok());
    {
        auto opened = Database::open(encrypted, options);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ(opened.value()->pageBytes(), 4096);
        EXPECT_EQ(test::rowCount(*opened.value(), QStringLiteral("contracts")), 2);
    }

    // A file made before them keeps its own, and so does its backup.
    const QString older = plain.filePath(QStringLiteral("older.db"));
    exportWithPages(plain.db(), older, key, 1024);
    auto opened = Database::open(older, options);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->pageBytes(), 1024);
    EXPECT_EQ(test::rowCount(*opened.value(), QStringLiteral("contracts")), 2);
    const QString copy = plain.filePath(QStringLiteral("older-copy.db"));
    const Status backedUp = opened.value()->backupTo(copy);
    ASSERT_TRUE(backedUp.ok()) << backedUp.error().message.toStdString();
    EXPECT_TRUE(opened.value()->verifyCopy(copy).ok());
    auto reopened = Database::open(copy, options);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(reopened.value()->pageBytes(), 1024);
    EXPECT_EQ(test::rowCount(*reopened.value(), QStringLiteral("contracts")), 2);
}

TEST(Database, AFileLeftHalfWrittenThroughTheJournalOpensAsItWasBeforeTheWrite)
{
    // A large import writes through the rollback journal (beginBulkWriting). Killed part way, it
    // leaves pages of the unfinished write in the file and the pages they replaced in the journal.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.db"));
    const QString left = dir.filePath(QStringLiteral("left.db"));
    Database::Options options;
    options.key = QByteArray(32, 'k');
    {
        const std::unique_ptr<Database> db = createEncrypted(path, options);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('kept', 'before')")));
        ASSERT_TRUE(db->beginBulkWriting());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA cache_size = 10")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 400; ++i)
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('unfinished-%1', "
                                              "hex(randomblob(100)))")
                                   .arg(i)));
        // The file and its journal in the middle of the write, as a killed import leaves them.
        ASSERT_TRUE(QFile::copy(path, left));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-journal"), left + QStringLiteral("-journal")));
        ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
        db->endBulkWriting();
    }
    ASSERT_GT(QFileInfo(left + QStringLiteral("-journal")).size(), 0);

    auto opened = Database::open(left, options);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    QSqlQuery q(opened.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(value) FROM waymark_meta WHERE key = 'kept' OR key "
                                      "LIKE 'unfinished-%'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("before"));
    auto problems = opened.value()->problems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(QFileInfo::exists(left + QStringLiteral("-journal")));
}

namespace {

QString journalMode(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(Database, ALargeWriteWithTheFileToItselfSkipsTheLogAndGoesBackToItAfter)
{
    test::TestDatabase t;
    EXPECT_EQ(journalMode(t.db()), QStringLiteral("wal"));
    ASSERT_TRUE(t.db().beginBulkWriting());
    EXPECT_EQ(journalMode(t.db()), QStringLiteral("delete"));
    // A write in the rollback journal's mode is kept like any other.
    ASSERT_TRUE(t.db()
                    .inTransaction([&]() -> Status {
                        QSqlQuery q(t.db().connection());
                        if (!q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('bulk', 'kept')")))
                            return Error{q.lastError().text(), {}};
                        return {};
                    })
                    .ok());
    t.db().endBulkWriting();
    EXPECT_EQ(journalMode(t.db()), QStringLiteral("wal"));
    const QString path = t.path();
    t.close();
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok());
    QSqlQuery q(again.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM waymark_meta WHERE key = 'bulk'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("kept"));
}

TEST(Database, ALargeWriteKeepsTheLogWhileAnotherConnectionHasTheFileOpen)
{
    test::TestDatabase t;
    // The window's reader has a connection of its own to the file.
    auto reader = t.db().openAnother();
    ASSERT_TRUE(reader.ok());
    QSqlQuery read(reader.value()->connection());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT COUNT(*) FROM contracts")) && read.next());
    read.finish();
    EXPECT_FALSE(t.db().beginBulkWriting());
    EXPECT_EQ(journalMode(t.db()), QStringLiteral("wal"));
}

TEST(Database, AnotherConnectionReadsTheSameFileAndIsRefusedOnceTheFileIsGone)
{
    test::TestDatabase t;
    QSqlQuery write(t.db().connection());
    ASSERT_TRUE(write.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('seen', 'by both')")));
    auto another = t.db().openAnother();
    ASSERT_TRUE(another.ok()) << another.error().message.toStdString();
    EXPECT_EQ(another.value()->schemaVersion(), t.db().schemaVersion());
    EXPECT_EQ(journalMode(*another.value()), QStringLiteral("wal")); // its pragmas too
    QSqlQuery read(another.value()->connection());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT value FROM waymark_meta WHERE key = 'seen'")) && read.next());
    EXPECT_EQ(read.value(0).toString(), QStringLiteral("by both"));
    read.finish();
    another.value().reset();
    // Gone from under it: no new, empty file in its place.
    ASSERT_TRUE(QFile::remove(t.path()));
    auto none = t.db().openAnother();
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QLatin1String("no longer there"))) << none.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(t.path()));
}
