#include "core/storage/SqlCipherDriver.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

const QString Key = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
const QString OtherKey = QStringLiteral("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");

// A connection through the driver to `path`, with `key` (none: a plain file).
class Connection {
public:
    Connection(const QString& path, const QString& key, const QString& name = QStringLiteral("cipher-test"))
        : m_name(name)
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), m_name);
        db.setDatabaseName(path);
        db.setPassword(key);
        m_opened = db.open();
        m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(SqlCipherDriver, OnlyOneSqliteLibraryIsInTheProcess)
{
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM service_users")));
    const QString maps = QString::fromLatin1(bytesOf(QStringLiteral("/proc/self/maps")));
    EXPECT_TRUE(maps.contains(QStringLiteral("libsqlcipher"))) << "SQLCipher is not loaded";
    EXPECT_FALSE(maps.contains(QStringLiteral("libsqlite3"))) << "a second SQLite library is loaded";
    EXPECT_FALSE(maps.contains(QStringLiteral("qsqlite"))) << "Qt's QSQLITE plugin is loaded";
}

// Two connections read at once (a return's stars beside the rest) and an import writes millions
// of rows: a process-wide count of SQLite's memory would have every allocation of every thread
// take one lock. The count is turned off as SQLCipher loads, before anything can use it (even the
// first call here, which loads it).
TEST(SqlCipherDriver, SqliteKeepsNoProcessWideCountOfItsMemory)
{
    EXPECT_EQ(sqlite3_memory_highwater(0), 0);
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM service_users")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(sqlite3_memory_used(), 0);
    EXPECT_EQ(sqlite3_memory_highwater(0), 0);
}

TEST(SqlCipherDriver, AnEncryptedFileShowsNothingWithoutItsKey)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.db"));
    {
        Connection c(path, Key);
        ASSERT_TRUE(c.opened()) << c.error().toStdString();
        QSqlQuery q(c.db());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE people (name TEXT)")));
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO people (name) VALUES (?)")));
        q.addBindValue(QStringLiteral("Alexandra Tester"));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    const QByteArray file = bytesOf(path);
    ASSERT_GT(file.size(), 0);
    EXPECT_FALSE(file.contains("Alexandra"));
    EXPECT_FALSE(file.startsWith("SQLite format 3"));
    {
        Connection wrong(path, OtherKey);
        EXPECT_FALSE(wrong.opened());
        EXPECT_TRUE(wrong.error().contains(QStringLiteral("not a database"))) << wrong.error().toStdString();
    }
    {
        Connection none(path, QString());
        EXPECT_FALSE(none.opened());
    }
    EXPECT_EQ(bytesOf(path), file); // a failed open changes nothing
    Connection right(path, Key);
    ASSERT_TRUE(right.opened()) << right.error().toStdString();
    QSqlQuery q(right.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM people")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Alexandra Tester"));
}

TEST(SqlCipherDriver, ValuesGoInAndComeBackAsQtsOwnDriverGivesThem)
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("plain.db")), QString());
    ASSERT_TRUE(c.opened()) << c.error().toStdString();
    QSqlQuery q(c.db());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, n INTEGER, d REAL, b BLOB)")));
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (s, n, d, b) VALUES (:s, :n, :d, :b)")));
    q.bindValue(QStringLiteral(":s"), QString());  // a null string is NULL
    q.bindValue(QStringLiteral(":n"), true);
    q.bindValue(QStringLiteral(":d"), 2.675);
    q.bindValue(QStringLiteral(":b"), QByteArray("\0\1\2", 3));
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    EXPECT_EQ(q.numRowsAffected(), 1);
    EXPECT_EQ(q.lastInsertId().toLongLong(), 1);
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (s, n) VALUES (?, ?)")));
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(QStringLiteral("r\u00e9sum\u00e9 %1").arg(i));
        q.addBindValue(qint64(1) << 40);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT s, n, d, b FROM t ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).isNull());
    EXPECT_EQ(q.value(QStringLiteral("n")).toInt(), 1);
    EXPECT_EQ(q.value(2).toDouble(), 2.675);
    EXPECT_EQ(q.value(3).toByteArray(), QByteArray("\0\1\2", 3));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("r\u00e9sum\u00e9 0"));
    EXPECT_EQ(q.value(1).toLongLong(), qint64(1) << 40);
    // A scrollable query moves back and to the end.
    EXPECT_TRUE(q.last());
    EXPECT_EQ(q.at(), 3);
    EXPECT_TRUE(q.first());
    EXPECT_TRUE(q.value(0).isNull());
    // A forward-only one reads each row once.
    QSqlQuery forward(c.db());
    forward.setForwardOnly(true);
    ASSERT_TRUE(forward.exec(QStringLiteral("SELECT id FROM t ORDER BY id")));
    int rows = 0;
    while (forward.next())
        EXPECT_EQ(forward.value(0).toInt(), ++rows);
    EXPECT_EQ(rows, 4);
    // It reads each value from the row it stands on, asked for in any order or not at all, and
    // its last row is still there after last() has gone past the end.
    ASSERT_TRUE(forward.exec(QStringLiteral("SELECT s, n, d, b, '' AS e FROM t ORDER BY id")));
    ASSERT_TRUE(forward.next());
    EXPECT_EQ(forward.value(3).toByteArray(), QByteArray("\0\1\2", 3));
    EXPECT_TRUE(forward.isNull(0));
    EXPECT_EQ(forward.value(2).toDouble(), 2.675);
    EXPECT_FALSE(forward.value(4).toString().isNull());
    EXPECT_TRUE(forward.value(4).toString().isEmpty());
    ASSERT_TRUE(forward.next());
    EXPECT_FALSE(forward.isNull(0));
    EXPECT_EQ(forward.value(0).toString(), QStringLiteral("r\u00e9sum\u00e9 0"));
    EXPECT_TRUE(forward.last());
    EXPECT_EQ(forward.at(), 3);
    EXPECT_EQ(forward.value(0).toString(), QStringLiteral("r\u00e9sum\u00e9 2"));
    EXPECT_EQ(forward.value(1).toLongLong(), qint64(1) << 40);
    EXPECT_FALSE(forward.next());
    // Once past the end by next(), the last row is gone: last() says so rather than give nothing.
    ASSERT_TRUE(forward.exec(QStringLiteral("SELECT s FROM t ORDER BY id")));
    while (forward.next()) {
    }
    EXPECT_FALSE(forward.last());
    // Errors are reported, never swallowed.
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT 1; SELECT 2")));
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT nothing FROM nowhere")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("no such table"))) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (s) VALUES (?)")));
    EXPECT_FALSE(q.exec()); // nothing bound
    EXPECT_TRUE(c.db().tables().contains(QStringLiteral("t")));
    EXPECT_EQ(c.db().record(QStringLiteral("t")).count(), 5);
}

TEST(SqlCipherDriver, TransactionsCommitAndRollBack)
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("tx.db")), Key);
    ASSERT_TRUE(c.opened());
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    ASSERT_TRUE(db.rollback());
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    ASSERT_TRUE(db.commit());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(n) FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2"));
}

TEST(SqlCipherDriver, AStatementThatCannotBePreparedIsNeverRunAsIfItWereEmpty)
{
    // A statement SQLite refuses (here: more values than it takes in one statement) must fail
    // when run; taken as an empty statement, the rows it carried would be lost without a word.
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("refused.db")), Key);
    ASSERT_TRUE(c.opened());
    QSqlQuery q(c.db());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    QStringList rows;
    for (int i = 0; i < 1200; ++i)
        rows << QStringLiteral("(?)");
    EXPECT_FALSE(q.prepare(QStringLiteral("INSERT INTO t VALUES ") + rows.join(QStringLiteral(", "))));
    for (int i = 0; i < 1200; ++i)
        q.addBindValue(i);
    EXPECT_FALSE(q.exec());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)")));
    EXPECT_TRUE(q.lastError().isValid());
    // An empty statement (a comment alone) is still nothing to do.
    EXPECT_TRUE(q.exec(QStringLiteral("-- nothing")));
}

namespace {

// SQLCipher's own connection to `path` as Waymark made files before 4,096-byte pages, with
// SQLCipher 3's 1,024, where `statements` are run; null when it cannot be made.
sqlite3* openWithOneKilobytePages(const QString& path, std::initializer_list<const char*> statements)
{
    sqlite3* db = nullptr;
    const QByteArray raw = "x'" + Key.toLatin1() + "'";
    bool made = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                nullptr) == SQLITE_OK &&
                sqlite3_key(db, raw.constData(), int(raw.size())) == SQLITE_OK &&
                sqlite3_exec(db, "PRAGMA cipher_page_size = 1024", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const char* sql : statements)
        made = made && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (made)
        return db;
    ADD_FAILURE() << "could not make a file of 1,024-byte pages: " << sqlite3_errmsg(db);
    sqlite3_close(db);
    return nullptr;
}

// Opens `path` twice through the driver (the second time after the first has closed it): each
// time as a file of 1,024-byte pages, sound, whose people are `names`.
void expectOpensTwiceAsOneKilobyteWith(const QString& path, const QString& names)
{
    for (int time = 0; time < 2; ++time) {
        Connection c(path, Key, QStringLiteral("reopened-%1").arg(time));
        ASSERT_TRUE(c.opened()) << c.error().toStdString();
        EXPECT_EQ(qobject_cast<const SqlCipherDriver*>(c.db().driver())->pageBytes(), 1024);
        QSqlQuery q(c.db());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(name, ', ') FROM people")) && q.next())
            << q.lastError().text().toStdString();
        EXPECT_EQ(q.value(0).toString(), names) << "opened " << time;
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
    }
}

} // namespace

TEST(SqlCipherDriver, ANewEncryptedFileHasFourKilobytePagesAndAnOlderFileOfOneStillOpensUnchanged)
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("new.db"));
    {
        Connection c(fresh, Key);
        ASSERT_TRUE(c.opened()) << c.error().toStdString();
        EXPECT_EQ(qobject_cast<const SqlCipherDriver*>(c.db().driver())->pageBytes(), 4096);
        QSqlQuery q(c.db());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE people (name TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 4096);
    }
    EXPECT_EQ(bytesOf(fresh).size(), 2 * 4096); // the schema's page and the table's

    const QString older = dir.filePath(QStringLiteral("older.db"));
    sqlite3_close(openWithOneKilobytePages(
        older, {"CREATE TABLE people (name TEXT)", "INSERT INTO people (name) VALUES ('Alexandra Tester')"}));
    const QByteArray before = bytesOf(older);
    EXPECT_EQ(before.size(), 2 * 1024);
    {
        Connection wrong(older, OtherKey);
        EXPECT_FALSE(wrong.opened());
        EXPECT_TRUE(wrong.error().contains(QStringLiteral("not a database"))) << wrong.error().toStdString();
    }
    {
        Connection c(older, Key);
        ASSERT_TRUE(c.opened()) << c.error().toStdString();
        EXPECT_EQ(qobject_cast<const SqlCipherDriver*>(c.db().driver())->pageBytes(), 1024);
        QSqlQuery q(c.db());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM people")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("Alexandra Tester"));
    }
    EXPECT_EQ(bytesOf(older), before); // trying the new size first wrote nothing
}

TEST(SqlCipherDriver, AnOlderFileLeftWithItsLastWritesOnlyInTheLogOpensWithThemAll)
{
    // A laptop that lost power: the last transactions are in the write-ahead log, not yet in
    // the file. Trying the new page size first must neither lose nor spoil them.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString left = dir.filePath(QStringLiteral("left.db"));
    sqlite3* db = openWithOneKilobytePages(live, {"PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0",
                                                  "CREATE TABLE people (name TEXT)",
                                                  "INSERT INTO people (name) VALUES ('Alexandra Tester')",
                                                  "INSERT INTO people (name) VALUES ('Ben Example')"});
    ASSERT_NE(db, nullptr);
    // The file and its log as they are at this moment, as a power cut leaves them.
    ASSERT_TRUE(QFile::copy(live, left));
    ASSERT_TRUE(QFile::copy(live + QStringLiteral("-wal"), left + QStringLiteral("-wal")));
    sqlite3_close(db);
    ASSERT_GT(QFileInfo(left + QStringLiteral("-wal")).size(), 0);

    expectOpensTwiceAsOneKilobyteWith(left, QStringLiteral("Alexandra Tester, Ben Example"));
}

TEST(SqlCipherDriver, AnOlderFileLeftHalfWrittenWithItsJournalComesBackAsBeforeTheWrite)
{
    // An import cut short on an older file (a bulk write goes through the rollback journal):
    // pages of the unfinished write are in the file, the pages they replaced in the journal.
    // Opening it must put those back, whichever page size is tried first, and spoil nothing.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString left = dir.filePath(QStringLiteral("left.db"));
    sqlite3* db =
        openWithOneKilobytePages(live, {"PRAGMA journal_mode = DELETE", "CREATE TABLE people (name TEXT)",
                                        "INSERT INTO people (name) VALUES ('Alexandra Tester')",
                                        "PRAGMA cache_size = 10", "BEGIN", "UPDATE people SET name = 'overwritten'"});
    ASSERT_NE(db, nullptr);
    for (int i = 0; i < 400; ++i)
        ASSERT_EQ(
            sqlite3_exec(db, "INSERT INTO people (name) VALUES (hex(randomblob(100)))", nullptr, nullptr, nullptr),
            SQLITE_OK);
    // The file and its journal in the middle of the write, as a killed import leaves them.
    ASSERT_TRUE(QFile::copy(live, left));
    ASSERT_TRUE(QFile::copy(live + QStringLiteral("-journal"), left + QStringLiteral("-journal")));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    ASSERT_GT(QFileInfo(left).size(), 20 * 1024) << "the unfinished write should have reached the file";
    ASSERT_GT(QFileInfo(left + QStringLiteral("-journal")).size(), 0);

    expectOpensTwiceAsOneKilobyteWith(left, QStringLiteral("Alexandra Tester"));
    EXPECT_FALSE(QFileInfo::exists(left + QStringLiteral("-journal")));
}

// A second connection to a file already open (Database::openAnother) is made without leave to make
// the file: gone, it stays gone, and the connection says so.
TEST(SqlCipherDriver, OpeningOnlyAnExistingFileNeverMakesOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.db"));
    SqlCipherDriver::registerDriver();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), QStringLiteral("existing"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("WAYMARK_OPEN_EXISTING"));
        EXPECT_FALSE(db.open(QString(), Key));
        EXPECT_FALSE(db.lastError().text().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("existing"));
    EXPECT_FALSE(QFileInfo::exists(path));
    // Without it, the same connection makes the file, as a new database's first does.
    Connection made(path, Key);
    EXPECT_TRUE(made.opened()) << made.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
}
