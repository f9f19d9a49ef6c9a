#include "core/storage/SqlCipherDriver.h"

#include "core/storage/LazyLibrary.h"
#include "core/storage/MemoryTempVfs.h"
#include "core/storage/SqlCipherResult.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace waymark {

const char* const SqlCipherDriver::Name = "WAYMARK_SQLCIPHER";

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        // (SQLCipher is not loaded here: it loads as a connection is first made, or before
        // then on another thread; see LazyLibrary.)
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name), new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered)
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt turns :name into ? for us
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& database, const QString& user, const QString& password, const QString& host,
                           int port, const QString& options)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    if (isOpen())
        close();
    // SQLCipher is loaded when first needed (LazyLibrary): should it be missing, that is what
    // opening says, before anything is asked of it.
    if (Status loaded = LazyLibrary::sqlCipher().load(); !loaded) {
        setLastError(QSqlError(tr("Error opening database"), loaded.error().message, QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    bool readOnly = false;
    bool existing = false;
    int busyTimeoutMs = 5000;
    for (const QString& option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = option.trimmed();
        if (trimmed == QLatin1String("WAYMARK_OPEN_READONLY"))
            readOnly = true;
        else if (trimmed == QLatin1String("WAYMARK_OPEN_EXISTING"))
            existing = true;
        else if (trimmed.startsWith(QLatin1String("WAYMARK_BUSY_TIMEOUT=")))
            busyTimeoutMs = trimmed.mid(21).toInt();
    }
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (existing ? 0 : SQLITE_OPEN_CREATE)) |
                      SQLITE_OPEN_NOMUTEX;
    if (!password.isEmpty()) {
        // A raw 256-bit key: SQLCipher uses it as it is, without deriving one from a passphrase.
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!hex.match(password).hasMatch()) {
            setLastError(QSqlError(tr("Error opening database"), tr("the key is not 64 hexadecimal digits"),
                                   QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
    }
    // The page size is not written in the file where it could be read without the key (the
    // first page is encrypted too): the one that opens the file is the file's. A file made
    // before 4,096-byte pages has SQLCipher 3's 1,024, and one that will not open as the first
    // is tried as the other. A log left beside the file says its size in plain text, and is
    // believed first: SQLite rolls a journal back, or reads the log, before it reads a page,
    // and a journal rolled back with the other size left SQLCipher decrypting 4,096 bytes into a
    // page of 1,024.
    const int first = !password.isEmpty() && pageBytesInLogs(database) == LegacyPageBytes ? LegacyPageBytes : PageBytes;
    int rc = connect(database, flags, password, busyTimeoutMs, first);
    if (rc == SQLITE_NOTADB && !password.isEmpty()) {
        close();
        rc = connect(database, flags, password, busyTimeoutMs, first == PageBytes ? LegacyPageBytes : PageBytes);
    }
    if (rc != SQLITE_OK) {
        close();
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    // Statements still prepared on the connection are finalized by their results; close_v2
    // defers the close until the last of them is gone.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

int SqlCipherDriver::pageBytesInLogs(const QString& database)
{
    // A rollback journal's header: its magic number, then the page size as a big-endian
    // 32-bit number at byte 24; a write-ahead log's: its magic number (either of two), then
    // the page size at byte 8. Neither is encrypted.
    const auto readHead = [](const QString& path, qsizetype length) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(length) : QByteArray();
    };
    const QByteArray journal = readHead(database + QStringLiteral("-journal"), 28);
    if (journal.size() == 28 && journal.startsWith(QByteArrayLiteral("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")))
        return int(qFromBigEndian<quint32>(journal.constData() + 24));
    const QByteArray log = readHead(database + QStringLiteral("-wal"), 12);
    const quint32 magic = log.size() == 12 ? qFromBigEndian<quint32>(log.constData()) : 0;
    if (magic == 0x377f0682 || magic == 0x377f0683)
        return int(qFromBigEndian<quint32>(log.constData() + 8));
    return 0;
}

int SqlCipherDriver::connect(const QString& database, int flags, const QString& password, int busyTimeoutMs,
                             int pageBytes)
{
    m_pageBytes = 0;
    // Through a VFS that keeps SQLite's temporary files in memory, should a connection be let use
    // them (BulkRecordWriter's sorts): never a plain file of what the database holds.
    const int rc = sqlite3_open_v2(database.toUtf8().constData(), &m_db, flags, MemoryTempVfs::name());
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        setLastError(QSqlError(tr("Error opening database"), why, QSqlError::ConnectionError, QString::number(rc)));
        return rc;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    if (!password.isEmpty()) {
        QByteArray pragma = "PRAGMA key = \"x'" + password.toLatin1() + "'\"";
        const bool keyed = run(pragma.constData(), tr("Error opening database"));
        pragma.fill('\0');
        if (!keyed)
            return SQLITE_ERROR;
        // Set either way, not left to SQLCipher's default (another version's may differ).
        const QByteArray pages = "PRAGMA cipher_page_size = " + QByteArray::number(pageBytes);
        if (!run(pages.constData(), tr("Error opening database")))
            return SQLITE_ERROR;
        m_pageBytes = pageBytes;
    }
    // Reading the schema proves the key (or that a plain file is plain): a wrong key gives
    // "file is encrypted or is not a database" here and nothing is written.
    if (!run("SELECT count(*) FROM sqlite_master", tr("Error opening database")))
        return (sqlite3_errcode(m_db) & 0xFF) == SQLITE_NOTADB ? SQLITE_NOTADB : SQLITE_ERROR;
    return SQLITE_OK;
}

bool SqlCipherDriver::run(const char* sql, const QString& what)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    const QString why = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    setLastError(QSqlError(what, why, QSqlError::ConnectionError, QString::number(rc)));
    return false;
}

void SqlCipherDriver::prepareCryptography()
{
    // SQLCipher itself first, which brings OpenSSL's libcrypto: loaded when Waymark starts, on
    // this thread, rather than when the database is opened. (Should it not load, opening the
    // database says why.)
    LazyLibrary& sqlCipher = LazyLibrary::sqlCipher();
    // OpenSSL's functions as SQLCipher finds them, from the libcrypto it brought. Each is only
    // used to have OpenSSL ready: any it lacks is left to SQLCipher to find when it needs it.
    const auto init = sqlCipher.functionIfThere<decltype(&OPENSSL_init_crypto)>("OPENSSL_init_crypto");
    const auto pbkdf2 = sqlCipher.functionIfThere<decltype(&PKCS5_PBKDF2_HMAC_SHA1)>("PKCS5_PBKDF2_HMAC_SHA1");
    const auto sha1 = sqlCipher.functionIfThere<decltype(&EVP_sha1)>("EVP_sha1");
    const auto hmac = sqlCipher.functionIfThere<decltype(&HMAC)>("HMAC");
    const auto newCipher = sqlCipher.functionIfThere<decltype(&EVP_CIPHER_CTX_new)>("EVP_CIPHER_CTX_new");
    const auto aes = sqlCipher.functionIfThere<decltype(&EVP_aes_256_cbc)>("EVP_aes_256_cbc");
    const auto initCipher = sqlCipher.functionIfThere<decltype(&EVP_CipherInit_ex)>("EVP_CipherInit_ex");
    const auto freeCipher = sqlCipher.functionIfThere<decltype(&EVP_CIPHER_CTX_free)>("EVP_CIPHER_CTX_free");
    if (!init || !pbkdf2 || !sha1 || !hmac || !newCipher || !aes || !initCipher || !freeCipher)
        return;
    init(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    // What SQLCipher 3 keys a file and reads its pages with: PBKDF2 and HMAC with SHA-1 (the
    // pages' checksum key, and their checksums), AES-256 in CBC mode. Each used once here, on
    // nothing, has OpenSSL find it and keep it found.
    const unsigned char nothing[32] = {};
    unsigned char derived[32];
    pbkdf2(reinterpret_cast<const char*>(nothing), sizeof nothing, nothing, 16, 1, sizeof derived, derived);
    unsigned char checksum[EVP_MAX_MD_SIZE];
    unsigned int checksumBytes = 0;
    hmac(sha1(), derived, sizeof derived, nothing, sizeof nothing, checksum, &checksumBytes);
    if (EVP_CIPHER_CTX* cipher = newCipher()) {
        initCipher(cipher, aes(), nullptr, derived, nothing, 0);
        freeCipher(cipher);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, waiting out another writer (busy_timeout), rather
    // than failing halfway through the work when a read turns into a write.
    return isOpen() && run("BEGIN IMMEDIATE", tr("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && run("COMMIT", tr("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && run("ROLLBACK", tr("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    QString sql;
    if (type & QSql::Tables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
               + QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'");
    if (!sql.isEmpty() && q.exec(sql + QStringLiteral(" ORDER BY 1")))
        while (q.next())
            out << q.value(0).toString();
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord out;
    if (!isOpen())
        return out;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return out;
    while (q.next()) {
        const QString declared = q.value(2).toString().toUpper();
        QMetaType type(QMetaType::QString);
        if (declared.contains(QLatin1String("INT")))
            type = QMetaType(QMetaType::LongLong);
        else if (declared.contains(QLatin1String("REAL")) || declared.contains(QLatin1String("FLOA"))
                 || declared.contains(QLatin1String("DOUB")))
            type = QMetaType(QMetaType::Double);
        else if (declared.contains(QLatin1String("BLOB")))
            type = QMetaType(QMetaType::QByteArray);
        QSqlField field(q.value(1).toString(), type, tableName);
        field.setRequiredStatus(q.value(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        out.append(field);
    }
    return out;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    while (q.next())
        if (q.value(5).toInt() > 0)
            index.append(QSqlField(q.value(1).toString(), QMetaType(QMetaType::QString), tableName));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    Q_UNUSED(type)
    if (identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace waymark
