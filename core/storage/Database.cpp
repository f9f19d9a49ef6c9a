#include "core/storage/Database.h"

#include "core/storage/AuditTrail.h"
#include "core/storage/KeyRing.h"
#include "core/storage/ParallelReader.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/ServerSignInRepository.h"
#include "core/storage/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace waymark {

namespace {

QString nextConnectionName()
{
    // Every connection goes through our SQLCipher driver; Qt's QSQLITE plugin (a second SQLite
    // library) is never loaded.
    SqlCipherDriver::registerDriver();
    static QAtomicInteger<int> counter;
    return QStringLiteral("waymark-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Gives a connection of SQLCipher's own (a backup's copy, or its check) `key` as it is (given as
// x'...': a plain string would be a passphrase) and the page size the file it copies has, as
// SQLCipher's backup requires and as the copy is then read. No key: a plain file.
bool keyAs(sqlite3* db, const QByteArray& key, int pageBytes)
{
    if (key.isEmpty())
        return true;
    QByteArray rawKey = "x'" + key.toHex() + "'";
    const bool keyed = sqlite3_key(db, rawKey.constData(), int(rawKey.size())) == SQLITE_OK;
    rawKey.fill('\0');
    const QByteArray pages = "PRAGMA cipher_page_size = " + QByteArray::number(pageBytes);
    return keyed && sqlite3_exec(db, pages.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The part of a migration's name that says it is the team server's version of the script
// beside it ("005_audit_trail.postgresql.sql" for "005_audit_trail.sql"): only where the SQL must
// differ (triggers).
const QString ServerSuffix = QStringLiteral(".postgresql.sql");

// The numbered migration scripts compiled in from resources/migrations, in order.
QStringList migrationScripts(const QString& path)
{
    QStringList names = QDir(path).entryList(
        {QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString& name) { return name.endsWith(ServerSuffix); }),
                names.end());
    return names;
}

// The script a database runs for a migration: the server's own version where there is one.
QString migrationFile(const QString& path, const QString& script, bool server)
{
    const QDir dir(path);
    if (server) {
        const QString own = script.chopped(4) + ServerSuffix;
        if (QFileInfo::exists(dir.filePath(own)))
            return dir.filePath(own);
    }
    return dir.filePath(script);
}

// On a server the schema's identity lives in waymark_meta (there is no SQLite header).
const QString ApplicationIdKey = QStringLiteral("application_id");
const QString SchemaVersionKey = QStringLiteral("schema_version");

// The schema at which the audit trail's values left its hash chain (006_audit_value_digests.sql).
constexpr int AuditDigestsVersion = 6;
// The migration that made x_server_sign_ins: from it on, a migration's new tables are granted.
constexpr int ServerSignInsVersion = 8;

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

enum class FileKind { Missing, Empty, NotSqlite, Sqlite, Unreadable, Directory };

FileKind inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Directory;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    if (file.size() == 0)
        return FileKind::Empty;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::Sqlite : FileKind::NotSqlite;
}

struct HeaderValues {
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
};

// The identity of an existing SQLite file, read on `db` before anything is set on it: reading
// writes nothing.
Result<HeaderValues> readIdentity(const QSqlDatabase& db, const QString& shown)
{
    HeaderValues values;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        values.applicationId = q.value(0).toInt();
    else
        return Error{QObject::tr("%1 could not be read: %2").arg(shown, q.lastError().text()), {}};
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        values.userVersion = q.value(0).toInt();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && q.next())
        values.tableCount = q.value(0).toInt();
    else
        return Error{QObject::tr("%1 could not be read: %2").arg(shown, q.lastError().text()), {}};
    return values;
}

// Whether nothing is beside the file: no write-ahead log with pages in it, no rollback journal.
// Only then may its identity be read on a connection that could write: closing the last such
// connection to a file puts its log's pages into it, and a journal beside it is rolled back.
bool nothingBeside(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() == 0 &&
           !QFileInfo::exists(path + QStringLiteral("-journal"));
}

// The identity of a file with something beside it, read on a read-only connection of its own, so
// that a file that turns out not to be ours is never written to. The one exception: a file left
// half-written with its rollback journal (a large import killed while it wrote), which SQLite puts
// back as it was before that write when it is first opened for writing, and refuses to read until
// then. That is opened for writing once: what any program using SQLite does first with such a file.
Result<HeaderValues> readIdentityApart(const QString& path, const QByteArray& key, const QString& shown,
                                       bool readOnly = true)
{
    const QString name = nextConnectionName();
    Result<HeaderValues> values = Error{};
    bool journalToRollBack = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("WAYMARK_OPEN_READONLY"));
        // Given to open() the key reaches the driver without Qt keeping a copy of it.
        QString hex = QString::fromLatin1(key.toHex());
        const bool opened = db.open(QString(), hex);
        hex.fill(QLatin1Char('0'));
        if (!opened) {
            values = Error{QObject::tr("%1 could not be read: %2").arg(shown, db.lastError().text()), {}};
            journalToRollBack = db.lastError().nativeErrorCode() == QString::number(SQLITE_READONLY_ROLLBACK);
        } else {
            values = readIdentity(db, shown);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (journalToRollBack && readOnly)
        return readIdentityApart(path, key, shown, false);
    return values;
}

} // namespace

int Database::latestSchemaVersion(const QString& migrationsPath)
{
    return int(migrationScripts(migrationsPath).size());
}

Database::Database(QString path, QString connectionName, QByteArray key)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_key(std::move(key))
{
}

Database::~Database()
{
    m_parallelReader.reset(); // its connection closed first, on its own thread
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_key.fill('\0');
}

ParallelReader& Database::parallelReader()
{
    if (!m_parallelReader)
        m_parallelReader = std::make_unique<ParallelReader>(*this);
    return *m_parallelReader;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    if (m_server)
        return Error{QObject::tr("A second connection to a team server is not kept."), {}};
    // This file was found to be Waymark's, and brought to the latest schema, when this connection
    // opened it: another connects at once, without reading its identity on a connection of its
    // own or looking through the migrations again (a few milliseconds of the reader's start,
    // which the window waits for). One thing is looked at again: that the file is still there
    // (and it is opened without leave to make it, so that SQLite never puts a new, empty one in
    // its place even should it go between the two).
    switch (inspect(m_path)) {
    case FileKind::Sqlite:
    case FileKind::NotSqlite:
        break;
    default:
        return Error{QObject::tr("%1 is no longer there, or cannot be read.").arg(QDir::toNativeSeparators(m_path)),
                     {}};
    }
    Result<std::unique_ptr<Database>> another = connectTo(m_path, m_key, Options().busyTimeoutMs, true);
    if (!another)
        return another;
    if (Status s = another.value()->configure(Options().busyTimeoutMs); !s)
        return s.error();
    another.value()->m_schemaVersion = m_schemaVersion;
    return another;
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

bool Database::beginReading()
{
    if (m_server)
        return connection().transaction();
    QSqlQuery begin(connection());
    return begin.exec(QStringLiteral("BEGIN"));
}

void Database::endReading()
{
    if (m_server) {
        connection().rollback();
        return;
    }
    QSqlQuery end(connection());
    end.exec(QStringLiteral("ROLLBACK"));
}

std::optional<qint64> Database::dataVersion()
{
    if (!m_handle)
        return std::nullopt;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(static_cast<sqlite3*>(m_handle), "PRAGMA data_version", -1, &statement, nullptr) !=
        SQLITE_OK)
        return std::nullopt;
    std::optional<qint64> version;
    if (sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

void Database::endAnyOpenTransaction()
{
    if (m_handle && !sqlite3_get_autocommit(static_cast<sqlite3*>(m_handle)))
        sqlite3_exec(static_cast<sqlite3*>(m_handle), "ROLLBACK", nullptr, nullptr, nullptr);
}

namespace {

int stopRequested(void* flag)
{
    return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0;
}

} // namespace

void Database::stopWhen(const std::atomic<bool>* stop)
{
    if (!m_handle)
        return;
    m_stop = stop;
    // Every 1,000 virtual machine steps: a few microseconds apart.
    sqlite3_progress_handler(static_cast<sqlite3*>(m_handle), stop ? 1000 : 0, stop ? stopRequested : nullptr,
                             const_cast<std::atomic<bool>*>(stop));
}

void Database::interrupt() const
{
    // sqlite3_interrupt is the one call SQLite makes safe from another thread.
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3*>(m_handle));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (ServerAddress::isServerUrl(path))
        return openServer(path, options);
    const QString shown = QDir::toNativeSeparators(path);
    const FileKind kind = inspect(path);
    // An existing file's connection, made to read its identity, and kept once it is found ours.
    std::unique_ptr<Database> existing;
    switch (kind) {
    case FileKind::Directory:
        return Error{QObject::tr("%1 is a folder, not a Waymark database.").arg(shown), {}};
    case FileKind::Unreadable:
        return Error{QObject::tr("%1 cannot be read (check its permissions).").arg(shown), {}};
    case FileKind::Missing:
    case FileKind::Empty:
        if (options.mode == Open::ExistingOnly)
            return Error{QObject::tr("There is no Waymark database at %1. Create one with "
                                     "\"waymark-cli --db %1 init\".")
                             .arg(shown),
                         {}};
        if (kind == FileKind::Missing) {
            const QFileInfo dir(QFileInfo(path).absolutePath());
            if (!dir.exists())
                return Error{QObject::tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(dir.filePath())),
                             {}};
            if (!dir.isWritable())
                return Error{QObject::tr("The folder %1 cannot be written to.")
                                 .arg(QDir::toNativeSeparators(dir.filePath())),
                             {}};
        }
        break;
    case FileKind::NotSqlite:
        // An encrypted file looks like noise until its key opens it.
        if (options.key.isEmpty())
            return Error{QObject::tr("%1 is not a Waymark database, or it is encrypted and needs a passphrase; it was "
                                     "left untouched.")
                             .arg(shown),
                         {}};
        [[fallthrough]];
    case FileKind::Sqlite: {
        // A file that has keys must be encrypted: a plain one in its place may have been swapped in.
        if (kind == FileKind::Sqlite && !options.key.isEmpty())
            return Error{QObject::tr("%1 is not encrypted, though it has keys beside it: it may have been replaced. "
                                     "It was left untouched.")
                             .arg(shown),
                         {}};
        const QByteArray key = options.key;
        // A file with nothing beside it (closed as Waymark closes it) has its identity read on the
        // connection that then goes on to be the file's, and so its schema read once: 3 ms of a
        // start. (That connection has leave to make files, as the file's must: an ATTACH, as in
        // exportEncrypted, makes its file with the main connection's leave.)
        std::unique_ptr<Database> connected;
        const Result<HeaderValues> identity = [&]() -> Result<HeaderValues> {
            if (!nothingBeside(path))
                return readIdentityApart(path, key, shown);
            Result<std::unique_ptr<Database>> opened = connectTo(path, key, options.busyTimeoutMs);
            if (!opened)
                return opened.error();
            connected = std::move(opened.value());
            return readIdentity(connected->connection(), shown);
        }();
        if (!identity) {
            if (!key.isEmpty() && identity.error().message.contains(QLatin1String("not a database")))
                return Error{QObject::tr("The key does not open %1, or it is not a Waymark database; it was left "
                                         "untouched.")
                                 .arg(shown),
                             {}};
            return identity.error();
        }
        const bool isOurs = identity->applicationId == ApplicationId;
        const bool isBlank = identity->applicationId == 0 && identity->userVersion == 0
                             && identity->tableCount == 0;
        if (!isOurs && !isBlank)
            return Error{
                QObject::tr("%1 is not a Waymark database; it was left untouched.").arg(shown), {}};
        if (isBlank && options.mode == Open::ExistingOnly)
            return Error{QObject::tr("%1 is an empty database, not yet a Waymark one. Create one "
                                     "with \"waymark-cli --db %1 init\".")
                             .arg(shown),
                         {}};
        const int latest = latestSchemaVersion(options.migrationsPath);
        if (identity->userVersion > latest)
            return Error{QObject::tr("%1 was made by a newer version of Waymark (schema %2; this "
                                     "version reads up to %3). Update Waymark to open it; the "
                                     "file was left untouched.")
                             .arg(shown)
                             .arg(identity->userVersion)
                             .arg(latest),
                         {}};
        // The owner's write bit counts even for root: a file someone marked read-only stays so.
        const QFileInfo info(path);
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
            return Error{QObject::tr("%1 is read-only; Waymark needs to be able to save to it.")
                             .arg(shown),
                         {}};
        existing = std::move(connected);
        break;
    }
    }

    Result<std::unique_ptr<Database>> database = existing ? Result<std::unique_ptr<Database>>(std::move(existing))
                                                          : connectTo(path, options.key, options.busyTimeoutMs);
    if (!database)
        return database;
    if (Status s = database.value()->configure(options.busyTimeoutMs); !s)
        return s.error();
    if (Status s = database.value()->migrate(options.migrationsPath); !s)
        return s.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::connectTo(const QString& path, const QByteArray& key, int busyTimeoutMs,
                                                      bool existingOnly)
{
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), key));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name),
                                                    database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("WAYMARK_BUSY_TIMEOUT=%1%2")
                                 .arg(busyTimeoutMs)
                                 .arg(existingOnly ? QStringLiteral(";WAYMARK_OPEN_EXISTING") : QString()));
        QString hex = QString::fromLatin1(key.toHex());
        const bool opened = db.open(QString(), hex);
        hex.fill(QLatin1Char('0'));
        if (!opened)
            return Error{database->describe(QObject::tr("%1 could not be opened").arg(shown),
                                            db.lastError().text()),
                         {}};
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            database->m_handle = *static_cast<sqlite3* const*>(handle.data());
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& url, const Options& options)
{
    Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    const QString shown = address->shown();
    std::unique_ptr<Database> database(new Database(shown, nextConnectionName(), {}));
    database->m_server = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        if (!db.isValid())
            return Error{QObject::tr("This computer cannot reach a team server: Qt's PostgreSQL driver is not "
                                     "installed (Debian's package libqt6sql6-psql)."),
                         {}};
        address->applyTo(db);
        if (!db.open())
            return Error{database->describe(QObject::tr("The team server could not be opened"), db.lastError().text()),
                         {}};
    }
    // What is in the database already: nothing (a new one), Waymark's schema, or someone else's.
    QSqlQuery q(database->connection());
    // pg_tables, not information_schema: the latter shows only the tables this sign-in may use.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
        || !q.next())
        return Error{database->describe(QObject::tr("The team server could not be read"), q.lastError().text()), {}};
    const int tables = q.value(0).toInt();
    q.finish();
    if (tables == 0) {
        if (options.mode == Open::ExistingOnly)
            return Error{QObject::tr("The database %1 on the team server is empty, not yet a Waymark one. Create one "
                                     "with \"waymark-cli --db %1 init\".")
                             .arg(shown),
                         {}};
    } else {
        QString applicationId;
        if (q.exec(QStringLiteral("SELECT value FROM waymark_meta WHERE key = '%1'").arg(ApplicationIdKey)) && q.next())
            applicationId = q.value(0).toString();
        // Waymark's tables, and a sign-in nobody has let use them (insufficient_privilege).
        if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
            return Error{QObject::tr("The team server signed you in as \"%1\", but that sign-in may not read Waymark's "
                                     "records: it is not given to anyone on Waymark's staff list, or was taken back. "
                                     "Ask your Waymark administrator to give it to you (Admin, Staff, Give a sign-in).")
                             .arg(address->user()),
                         {}};
        q.finish();
        if (applicationId != QString::number(ApplicationId))
            return Error{QObject::tr("The database %1 on the team server is not a Waymark database; it was left "
                                     "untouched.")
                             .arg(shown),
                         {}};
        Result<int> version = database->storedSchemaVersion();
        if (!version)
            return version.error();
        const int latest = latestSchemaVersion(options.migrationsPath);
        // Only whoever owns Waymark's tables brings them up to date (and so stays their
        // administrator): never a member of staff's sign-in that happens to open the server first.
        if (version.value() < latest) {
            QSqlQuery owner(database->connection());
            if (!owner.exec(QStringLiteral("SELECT tableowner = session_user FROM pg_catalog.pg_tables WHERE schemaname "
                                           "= current_schema() AND tablename = 'waymark_meta'"))
                || !owner.next())
                return Error{database->describe(QObject::tr("The team server could not be read"), owner.lastError().text()),
                             {}};
            if (!owner.value(0).toBool())
                return Error{QObject::tr("The team server's database %1 is from an older Waymark (schema %2; this version "
                                         "has %3). Its administrator brings it up to date first, by opening it once signed "
                                         "in as the owner of its tables (waymark-cli --db ADDRESS check, for example); "
                                         "nothing was changed.")
                                 .arg(shown)
                                 .arg(version.value())
                                 .arg(latest),
                             {}};
        }
        if (version.value() > latest)
            return Error{QObject::tr("The team server's database %1 was made by a newer version of Waymark (schema %2; "
                                     "this version reads up to %3). Update Waymark to use it; nothing was changed.")
                             .arg(shown)
                             .arg(version.value())
                             .arg(latest),
                         {}};
    }
    if (Status s = database->migrate(options.migrationsPath); !s)
        return s.error();
    return database;
}

Result<int> Database::storedSchemaVersion() const
{
    QSqlQuery q(connection());
    if (m_server) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                                   "AND tablename = 'waymark_meta'"))
            || !q.next())
            return Error{describe(QObject::tr("The schema version could not be read"), q.lastError().text()), {}};
        if (q.value(0).toInt() == 0)
            return 0;
        q.finish();
        if (!q.exec(QStringLiteral("SELECT value FROM waymark_meta WHERE key = '%1'").arg(SchemaVersionKey)))
            return Error{describe(QObject::tr("The schema version could not be read"), q.lastError().text()), {}};
        return q.next() ? q.value(0).toInt() : 0;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{describe(QObject::tr("The schema version could not be read"), q.lastError().text()), {}};
    return q.value(0).toInt();
}

Status Database::refuseOnServer(const QString& what) const
{
    if (!m_server)
        return {};
    return Error{QObject::tr("%1 is for a database in a file. The team server %2 is backed up and checked on the "
                             "server itself (pg_dump, and PostgreSQL's own checks).")
                     .arg(what, m_path),
                 {}};
}

QString Database::describe(const QString& what, const QString& driverText) const
{
    const QString lower = driverText.toLower();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_server) {
        if (lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("connection refused"))
            || lower.contains(QLatin1String("could not translate host")) || lower.contains(QLatin1String("timeout expired"))
            || lower.contains(QLatin1String("server closed the connection")) || lower.contains(QLatin1String("no connection")))
            return QObject::tr("%1: the team server %2 cannot be reached (it may be down, or this computer offline). "
                               "Nothing was changed.")
                .arg(what, m_path);
        if (lower.contains(QLatin1String("authentication failed")) || lower.contains(QLatin1String("no password supplied"))
            || lower.contains(QLatin1String("no pg_hba.conf entry")) || lower.contains(QLatin1String("does not exist")))
            return QObject::tr("%1: the team server %2 refused the sign-in (the name, password or database is not "
                               "right). Nothing was changed.")
                .arg(what, m_path);
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        return QObject::tr("%1: the database %2 is in use by another program. Try again when it "
                           "has finished.")
            .arg(what, shown);
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return QObject::tr("%1: the database %2 is read-only.").arg(what, shown);
    if (lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("database or disk is full")))
        return QObject::tr("%1: the disk holding %2 is full.").arg(what, shown);
    // What a file-size limit, a disk quota or a failing disk looks like to SQLite.
    if (lower.contains(QLatin1String("disk i/o error")))
        return QObject::tr("%1: the disk holding %2 refused the write (full, over a quota or failing). Nothing "
                           "was saved; free some space or check the disk, then try again.")
            .arg(what, shown);
    return QObject::tr("%1: %2").arg(what, driverText.trimmed());
}

Status Database::configure(int busyTimeoutMs)
{
    if (m_server)
        return {};
    QSqlQuery q(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // Sorts and temporary tables stay in memory, never in a plain temporary file; deleted
        // records are overwritten, not left in free pages.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        // Every page of an encrypted file is decrypted and checked as it is read: 64 MB of them
        // kept decrypted (SQLite's default is 2 MB) lets a return over years of a large caseload
        // read each page once.
        QStringLiteral("PRAGMA cache_size = -%1").arg(DefaultCacheMegabytes * 1024),
    };
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return Error{describe(QObject::tr("%1 could not be opened")
                                      .arg(QDir::toNativeSeparators(m_path)),
                                  q.lastError().text()),
                         {}};
    }
    return {};
}

void Database::setCacheMegabytes(int megabytes)
{
    if (m_server || !m_handle)
        return;
    const QByteArray pragma = QByteArrayLiteral("PRAGMA cache_size = -") + QByteArray::number(qint64(megabytes) * 1024);
    sqlite3_exec(static_cast<sqlite3*>(m_handle), pragma.constData(), nullptr, nullptr, nullptr);
}

namespace {

// The journal mode a PRAGMA journal_mode leaves the connection in, in lower case.
QByteArray setJournalMode(void* handle, const char* pragma)
{
    QByteArray mode;
    sqlite3_exec(
        static_cast<sqlite3*>(handle), pragma,
        [](void* into, int columns, char** values, char**) {
            if (columns > 0 && values[0])
                *static_cast<QByteArray*>(into) = QByteArray(values[0]).toLower();
            return 0;
        },
        &mode, nullptr);
    return mode;
}

} // namespace

bool Database::beginBulkWriting()
{
    if (m_server || !m_handle)
        return false;
    // SQLite keeps the log when another connection has the file open, and says so.
    return setJournalMode(m_handle, "PRAGMA journal_mode = DELETE") == "delete";
}

void Database::endBulkWriting()
{
    if (m_server || !m_handle)
        return;
    setJournalMode(m_handle, "PRAGMA journal_mode = WAL");
}

Status Database::migrate(const QString& migrationsPath)
{
    Result<int> stored = storedSchemaVersion();
    if (!stored)
        return stored.error();
    m_schemaVersion = stored.value();
    const QStringList scripts = migrationScripts(migrationsPath);
    if (m_schemaVersion >= scripts.size())
        return {};

    // A server's upgrade is one transaction of PostgreSQL's, schema changes included: it is kept
    // whole or not at all, and the server's own backups cover it.
    if (m_schemaVersion > 0 && !m_server) {
        // A copy of the file as it was, before any schema change touches it.
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup =
            QStringLiteral("%1.before-schema-%2-%3.bak").arg(m_path).arg(m_schemaVersion).arg(stamp);
        if (Status s = backupTo(backup); !s)
            return Error{QObject::tr("The database was not upgraded because a backup could not be "
                                     "taken first: %1")
                             .arg(s.error().message),
                         {}};
        m_migrationBackup = backup;
        // An encrypted copy opens with the same passphrases: its keys go beside it.
        if (KeyRing::existsFor(m_path))
            QFile::copy(KeyRing::pathFor(m_path), KeyRing::pathFor(backup));
    }

    const int target = int(scripts.size());
    return inTransaction([&]() -> Status {
        QSqlQuery statement(connection());
        for (int version = m_schemaVersion + 1; version <= target; ++version) {
            QFile file(migrationFile(migrationsPath, scripts.at(version - 1), m_server));
            if (!file.open(QIODevice::ReadOnly))
                return Error{QObject::tr("Migration %1 is missing from this build.").arg(version),
                             {}};
            for (const QString& sql : splitStatements(QString::fromUtf8(file.readAll()))) {
                if (!statement.exec(sql))
                    return Error{describe(QObject::tr("Upgrading the database to schema %1 failed")
                                              .arg(version),
                                          statement.lastError().text()),
                                 {}};
            }
            // What SQL alone cannot do: the trail's entries sealed again with SHA-256 digests.
            if (version == AuditDigestsVersion)
                if (Status s = AuditTrail(*this).sealWithDigests(); !s)
                    return s;
        }
        const bool identified =
            m_server ? statement.exec(QStringLiteral("DELETE FROM waymark_meta WHERE key IN ('%1', '%2')")
                                          .arg(ApplicationIdKey, SchemaVersionKey))
                           && statement.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('%1', '%2'), "
                                                            "('%3', '%4')")
                                                 .arg(ApplicationIdKey, QString::number(ApplicationId), SchemaVersionKey,
                                                      QString::number(target)))
                     : statement.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
                           && statement.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
        if (!identified)
            return Error{describe(QObject::tr("Upgrading the database failed"),
                                  statement.lastError().text()),
                         {}};
        // Tables a migration made are the staff's to use too, as the older ones were.
        if (m_server && target >= ServerSignInsVersion)
            if (Status s = ServerSignInRepository(*this).grantAgain(); !s)
                return s;
        m_schemaVersion = target;
        return {};
    });
}

Result<QStringList> Database::problems() const
{
    QSqlQuery q(connection());
    QStringList found;
    // A server keeps its references itself, and checks its own pages.
    if (m_server) {
        Result<std::optional<QString>> trail = AuditTrail(const_cast<Database&>(*this)).verify();
        if (!trail)
            return trail.error();
        if (trail->has_value())
            found << **trail;
        return found;
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{describe(QObject::tr("The check could not run"), q.lastError().text()), {}};
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            found << q.value(0).toString();
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error{describe(QObject::tr("The check could not run"), q.lastError().text()), {}};
    while (q.next())
        found << QObject::tr("%1 row %2 refers to a missing %3 record")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    q.finish();
    // Nobody has edited or removed an entry of the audit trail.
    Result<std::optional<QString>> trail = AuditTrail(const_cast<Database&>(*this)).verify();
    if (!trail)
        return trail.error();
    if (trail->has_value())
        found << **trail;
    return found;
}

Status Database::inTransaction(const std::function<Status()>& work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error{describe(QObject::tr("Could not start saving"), db.lastError().text()), {}};
    Status result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return Error{describe(QObject::tr("Could not save"), text), {}};
    }
    return {};
}

int Database::pageBytes() const
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(connection().driver());
    return driver ? driver->pageBytes() : 0;
}

Status Database::backupTo(const QString& file) const
{
    if (Status s = refuseOnServer(QObject::tr("A backup")); !s)
        return s;
    // Never over another file: on failure the copy is removed, and it must be ours to remove.
    if (QFileInfo::exists(file))
        return Error{QObject::tr("%1 already exists; choose a new name for the backup.").arg(QDir::toNativeSeparators(file)), {}};
    auto* source = static_cast<sqlite3*>(m_handle);
    if (!source)
        return Error{QObject::tr("this database driver cannot take backups"), {}};
    sqlite3* target = nullptr;
    const QByteArray targetPath = QFile::encodeName(file);
    if (sqlite3_open_v2(targetPath.constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error{QObject::tr("%1 could not be created: %2")
                         .arg(QDir::toNativeSeparators(file), message),
                     {}};
    }
    // The copy is encrypted with the database's own key and pages, as SQLCipher's backup requires.
    if (!keyAs(target, m_key, pageBytes())) {
        sqlite3_close(target);
        QFile::remove(file);
        return Error{QObject::tr("%1 could not be encrypted").arg(QDir::toNativeSeparators(file)), {}};
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        sqlite3_backup_finish(backup);
    // A copy is a single file: no write-ahead log beside it when it is opened to be checked.
    if (rc == SQLITE_DONE)
        sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(file);
        return Error{QObject::tr("the backup to %1 failed: %2")
                         .arg(QDir::toNativeSeparators(file), message),
                     {}};
    }
    // Verified after writing: the copy opens with the key and SQLite finds it whole.
    if (Status s = verifyCopy(file); !s) {
        QFile::remove(file);
        return s;
    }
    return {};
}

Status Database::exportEncrypted(const QString& file, const QByteArray& key) const
{
    if (Status s = refuseOnServer(QObject::tr("Encrypting")); !s)
        return s;
    if (!m_key.isEmpty())
        return Error{QObject::tr("%1 is already encrypted.").arg(QDir::toNativeSeparators(m_path)), {}};
    if (QFileInfo::exists(file))
        return Error{QObject::tr("%1 already exists; nothing was changed.").arg(QDir::toNativeSeparators(file)), {}};
    QSqlQuery q(connection());
    QString quotedPath = file;
    quotedPath.replace(QLatin1Char('\''), QStringLiteral("''"));
    // The raw key as x'...' (no passphrase derivation), as every encrypted file here has it.
    QString attach = QStringLiteral("ATTACH DATABASE '%1' AS waymark_encrypted KEY \"x'%2'\"")
                         .arg(quotedPath, QString::fromLatin1(key.toHex()));
    const bool attached = q.exec(attach);
    attach.fill(QLatin1Char(' '));
    if (!attached)
        return Error{describe(QObject::tr("The encrypted copy could not be started"), q.lastError().text()), {}};
    // sqlcipher_export copies the schema and the rows, into pages of the size a new file has; the
    // two numbers that say what the file is are set by hand.
    const bool copied =
        q.exec(QStringLiteral("PRAGMA waymark_encrypted.cipher_page_size = %1").arg(SqlCipherDriver::PageBytes)) &&
        q.exec(QStringLiteral("SELECT sqlcipher_export('waymark_encrypted')")) &&
        q.exec(QStringLiteral("PRAGMA waymark_encrypted.user_version = %1").arg(m_schemaVersion)) &&
        q.exec(QStringLiteral("PRAGMA waymark_encrypted.application_id = %1").arg(ApplicationId));
    const QString problem = q.lastError().text();
    q.exec(QStringLiteral("DETACH DATABASE waymark_encrypted"));
    if (!copied) {
        QFile::remove(file);
        return Error{describe(QObject::tr("The encrypted copy failed"), problem), {}};
    }
    return {};
}

Status Database::holdExclusively()
{
    if (Status s = refuseOnServer(QObject::tr("A restore")); !s)
        return s;
    // In exclusive locking mode an exclusive transaction takes the file for this connection
    // alone, and keeps it until the connection closes.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) || !q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
        || !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error{QObject::tr("%1 is in use by another program; close it and try again. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     {}};
    return {};
}

Status Database::verifyCopy(const QString& file) const
{
    if (Status s = refuseOnServer(QObject::tr("Checking a copy")); !s)
        return s;
    sqlite3* copy = nullptr;
    const QByteArray path = QFile::encodeName(file);
    QString problem;
    if (sqlite3_open_v2(path.constData(), &copy, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        problem = QString::fromUtf8(sqlite3_errmsg(copy));
    } else {
        keyAs(copy, m_key, pageBytes());
        sqlite3_stmt* check = nullptr;
        if (sqlite3_prepare_v2(copy, "PRAGMA quick_check", -1, &check, nullptr) != SQLITE_OK) {
            problem = QString::fromUtf8(sqlite3_errmsg(copy));
        } else {
            while (sqlite3_step(check) == SQLITE_ROW) {
                const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)));
                if (line != QLatin1String("ok"))
                    problem += line + QLatin1Char(' ');
            }
            sqlite3_finalize(check);
        }
    }
    sqlite3_close(copy);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    if (!problem.isEmpty())
        return Error{QObject::tr("the backup %1 did not check out: %2").arg(QDir::toNativeSeparators(file), problem.trimmed()), {}};
    return {};
}

} // namespace waymark
