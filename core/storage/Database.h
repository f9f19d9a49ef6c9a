#pragma once

#include "core/domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace waymark {

class ParallelReader;

enum class DatabaseOpenMode {
    ExistingOnly,    // the file must already be a Waymark database
    CreateIfMissing, // a missing (or empty) file becomes a new database
};

struct DatabaseOptions {
    DatabaseOpenMode mode = DatabaseOpenMode::ExistingOnly;
    int busyTimeoutMs = 5000;
    // Where the numbered *.sql migrations are; tests point it at their own.
    QString migrationsPath = QStringLiteral(":/waymark/migrations");
    // The database key, 32 bytes, for an encrypted file (KeyRing unwraps it with a staff
    // member's passphrase). Empty: a plain file. A new file made with a key is encrypted.
    QByteArray key;
};

// One open Waymark database: the SQLite file (the embedded default), opened with the pragmas of
// DESIGN.md and migrated to the latest schema; or, for `postgresql://` addresses, a database on
// a team server (PostgreSQL through Qt's QPSQL driver) with the same schema. A file or database
// that is not Waymark's, or was made by a newer Waymark, is refused and left exactly as it was.
class Database {
public:
    // 'WYMK': written to the SQLite header so that a Waymark file is known for what it is.
    static constexpr int ApplicationId = 0x57594D4B;

    using Open = DatabaseOpenMode;
    using Options = DatabaseOptions;

    // `path` is a file, or a server address (ServerAddress::isServerUrl).
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) {
        return open(path, Options{});
    }
    static int latestSchemaVersion(const QString& migrationsPath = Options().migrationsPath);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Another connection to this same file, with its key, for work on another thread: a
    // connection belongs to the thread that opens it, so call this on that thread. Not for a
    // team server (its password is not kept).
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase connection() const;
    // The file's SQLite connection (a sqlite3*), for storage code that calls SQLite itself: bulk
    // writes, backups, the statement log. Null on a team server.
    void* sqliteHandle() const { return m_handle; }
    // Stops the statement this connection is running, from any thread (a read cancelled on the
    // window's thread while its own thread reads): the statement fails as interrupted. Nothing
    // on a team server, whose reads are not run on another thread.
    void interrupt() const;
    // Ends a transaction left open on this connection (by a read that failed before its own
    // rollback), so that later reads see the database as it is now. Nothing on a team server.
    void endAnyOpenTransaction();
    // While `stop` is set (not null), every statement on this connection checks it as it runs and
    // fails as interrupted once it is true: a cancelled read's later statements end at once too.
    // Call on the connection's own thread; null stops the checking.
    void stopWhen(const std::atomic<bool>* stop);
    // What stopWhen() was last given: null when nothing stops this connection's statements.
    const std::atomic<bool>* stopFlag() const { return m_stop; }
    // A second connection to this file on a thread of its own, for a long report to read two
    // things at once (see ParallelReader): made when first asked for, kept until this closes.
    // Only for a file, on this connection's own thread.
    ParallelReader& parallelReader();
    // The file, or the server's address without its password.
    const QString& path() const { return m_path; }
    // On a team server (PostgreSQL), not in a file.
    bool isServer() const { return m_server; }
    bool isEncrypted() const { return !m_key.isEmpty(); }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy taken before the last migration, or empty when none was needed.
    const QString& migrationBackupPath() const { return m_migrationBackup; }

    // A read transaction, so that what is read until endReading() is one moment of the database
    // even while another connection writes. On a file it is SQLite's deferred BEGIN, which takes
    // no write lock (a read on the reader's connection never makes the window's saves wait); on
    // a team server, a transaction of its own. False when one could not be begun (already inside
    // a transaction): the reads still run, and endReading() is not to be called.
    bool beginReading();
    void endReading();
    // SQLite's data_version: the same for as long as this connection reads one committed state,
    // and different once it reads after another connection has committed. Reading it begins the
    // read of a transaction begun and not yet read in. Nothing on a team server, or on failure.
    std::optional<qint64> dataVersion();

    // Runs `work` in one transaction: committed when it returns success, rolled back otherwise.
    Status inTransaction(const std::function<Status()>& work);

    // How much of the file's decrypted pages this connection keeps (DefaultCacheMegabytes unless
    // set): more for a long write that goes back to the same pages again and again, as a whole
    // caseload's import does. Nothing on a team server.
    static constexpr int DefaultCacheMegabytes = 64;
    // The window's reader thread reads the lists and works out the returns: a quarter's return
    // over a large caseload goes through about 90 MB of pages (a Camden return at 50,000 people:
    // 770 ms with 64 MB, 390 ms with 128). Memory only as the pages are read.
    static constexpr int ReaderCacheMegabytes = 128;
    void setCacheMegabytes(int megabytes);

    // For one large write while no other connection has the file open (a whole caseload
    // imported from the command line): SQLite's rollback journal instead of its write-ahead log,
    // so that the pages the write adds at the end of the file are written once, not into the log
    // and then again into the file when it is checkpointed (at 50,000 people the log grew to
    // 2 GB). As safe: a write cut short is rolled back from the journal when the file is next
    // opened. Call outside a transaction; false, changing nothing, when another connection has
    // the file open or on a team server. endBulkWriting() goes back to the log. Until then, once
    // the write is more than the cache holds, no other program can read the file (without the
    // log, a reader would see the write half done): Waymark opened meanwhile says the file is in
    // use by another program.
    bool beginBulkWriting();
    void endBulkWriting();

    // A consistent copy of the whole database to `file`, by SQLite's online backup API,
    // encrypted with the same key as the database, with pages of the same size.
    Status backupTo(const QString& file) const;
    // The size of an encrypted file's pages (SqlCipherDriver::PageBytes, or LegacyPageBytes for
    // a file made before); 0 for a plain file or a team server.
    int pageBytes() const;

    // Keeps every other connection out until this one closes (for a restore, which replaces the
    // file): refused when another program has the database open.
    Status holdExclusively();

    // That a copy made by backupTo opens with this database's key and SQLite finds it whole.
    Status verifyCopy(const QString& file) const;
    // An encrypted copy of this plain database at `file` (SQLCipher's export), with `key`: how a
    // database made before encryption becomes encrypted. `file` must not exist.
    Status exportEncrypted(const QString& file, const QByteArray& key) const;

    // Damage found by SQLite's integrity check and broken references; empty when sound.
    Result<QStringList> problems() const;

    // A one-line message for a failed statement, in words a key worker understands.
    QString describe(const QString& what, const QString& driverText) const;

private:
    Database(QString path, QString connectionName, QByteArray key);
    static Result<std::unique_ptr<Database>> openServer(const QString& url, const Options& options);
    // A connection to `path` with `key`, nothing set on it and nothing read: open() reads the
    // file's identity on it before anything is written, then sets DESIGN.md's pragmas with
    // configure(); openAnother() configures it at once, for a file this process has open.
    // `existingOnly`: fails rather than make the file, should it be gone.
    static Result<std::unique_ptr<Database>> connectTo(const QString& path, const QByteArray& key, int busyTimeoutMs,
                                                       bool existingOnly = false);
    Result<int> storedSchemaVersion() const;
    Status refuseOnServer(const QString& what) const;
    Status configure(int busyTimeoutMs);
    Status migrate(const QString& migrationsPath);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    QByteArray m_key;
    bool m_server = false;
    void* m_handle = nullptr; // the file's sqlite3 connection, for interrupt() from another thread
    const std::atomic<bool>* m_stop = nullptr;
    std::unique_ptr<ParallelReader> m_parallelReader;
};

} // namespace waymark
