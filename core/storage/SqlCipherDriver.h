#pragma once

#include <QSqlDriver>

struct sqlite3;

namespace waymark {

// A Qt SQL driver over SQLCipher's C API (Debian's libsqlcipher, SQLite 3.15 with encryption),
// so that the rest of core/storage keeps speaking Qt Sql while the file is encrypted at rest.
// It replaces Qt's QSQLITE plugin, which would load a second SQLite library into the process.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   WAYMARK_OPEN_READONLY        open without write access
//   WAYMARK_OPEN_EXISTING        never make the file: fail if it is not there
//   WAYMARK_BUSY_TIMEOUT=<ms>    wait that long for another writer
// The password, when set, is the database key as 64 hexadecimal digits (32 bytes), given to
// SQLCipher as a raw key: no key derivation, the key already comes from one. A new encrypted
// file has 4,096-byte pages; one made with SQLCipher 3's 1,024 is opened as it is.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT
public:
    // The name the driver is registered under (QSqlDatabase::addDatabase).
    static const char* const Name;
    // An encrypted file's page size: a new file's, and that of files made before it was set.
    // Each page is decrypted and checked on its own, so a quarter as many pages is a quarter
    // as many times SQLCipher sets up its cipher and checksum (at 1,024 bytes that was much of
    // the time a large import spent writing).
    static constexpr int PageBytes = 4096;
    static constexpr int LegacyPageBytes = 1024;
    // Registers the driver once; safe to call from anywhere before a connection is made.
    static void registerDriver();
    // Loads SQLCipher (LazyLibrary) and makes its cryptography ready: the first connection to
    // key a file otherwise waits for the library to load, then while OpenSSL reads its
    // configuration and looks up the algorithms (some milliseconds of the app's start). Safe on
    // any thread and more than once; the app does it on a thread of its own while the sign-in is
    // asked for.
    static void prepareCryptography();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& database, const QString& user, const QString& password, const QString& host, int port,
              const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    // The sqlite3* of the open connection, typed "sqlite3*" (for the online backup API).
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }
    // The page size the open encrypted file has (a plain file's is SQLite's own).
    int pageBytes() const { return m_pageBytes; }

private:
    // The page size that a rollback journal or write-ahead log beside `database` says it has:
    // 0 when there is neither.
    static int pageBytesInLogs(const QString& database);
    // Opens `database` as the file with `pageBytes` pages: SQLITE_NOTADB when it is not that
    // (or the key is wrong), with the reason in lastError().
    int connect(const QString& database, int flags, const QString& password, int busyTimeoutMs, int pageBytes);
    bool run(const char* sql, const QString& what);

    sqlite3* m_db = nullptr;
    int m_pageBytes = 0;
};

} // namespace waymark
