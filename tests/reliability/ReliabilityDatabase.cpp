#include "tests/reliability/ReliabilityDatabase.h"

#include "core/domain/Clock.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/storage/EncryptedDatabase.h"
#include "core/storage/KeyRing.h"
#include "core/storage/ReferralRepository.h"
#include "core/storage/ServiceUserRepository.h"
#include "tests/reliability/Programs.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark::reliability {

ReliabilityDatabase::ReliabilityDatabase(Kind kind, const QString& folder)
    : m_kind(kind)
    , m_path(QDir(folder.isEmpty() ? m_temporary.path() : folder)
                 .filePath(QStringLiteral("waymark.db"))) {}

QString ReliabilityDatabase::folder() const {
    return QFileInfo(m_path).absolutePath();
}

Status ReliabilityDatabase::create() {
    SystemClock clock;
    std::unique_ptr<Database> database;
    if (m_kind == Kind::Encrypted) {
        Result<std::unique_ptr<Database>> made =
            EncryptedDatabase::create(m_path, QStringLiteral("admin"), passphrase());
        if (!made)
            return made.error();
        database = std::move(made).value();
    } else {
        Database::Options options;
        options.mode = Database::Open::CreateIfMissing;
        Result<std::unique_ptr<Database>> made = Database::open(m_path, options);
        if (!made)
            return made.error();
        database = std::move(made).value();
    }
    if (Result<ImportSummary> seeded = DatabaseSetup::initialise(*database, clock); !seeded)
        return seeded.error();
    return {};
}

QProcessEnvironment ReliabilityDatabase::environment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WAYMARK_PASSPHRASE"));
    if (m_kind == Kind::Encrypted)
        environment.insert(QStringLiteral("WAYMARK_PASSPHRASE"), passphrase());
    return environment;
}

Result<std::unique_ptr<Database>> ReliabilityDatabase::open() {
    Database::Options options;
    if (m_kind == Kind::Encrypted && m_key.isEmpty()) {
        Result<KeyRing> ring = KeyRing::load(m_path);
        if (!ring)
            return ring.error();
        Result<QByteArray> key = ring->unlock({}, passphrase());
        if (!key)
            return key.error();
        m_key = key.value();
    }
    options.key = m_key;
    return Database::open(m_path, options);
}

ReliabilityDatabase::CheckOutcome ReliabilityDatabase::check() const {
    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(Programs::cli(), {QStringLiteral("--db"), m_path, QStringLiteral("check")});
    const bool finished = cli.waitForFinished(60000);
    CheckOutcome outcome;
    outcome.output =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()).trimmed();
    outcome.sound = finished && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0 &&
                    outcome.output.contains(QLatin1String("is sound"));
    if (!finished)
        cli.kill();
    return outcome;
}

Result<QSet<QString>> ReliabilityDatabase::referralIds(Database& database) {
    Result<QVector<Referral>> all = ReferralRepository(database).all();
    if (!all)
        return all.error();
    QSet<QString> ids;
    for (const Referral& r : all.value())
        ids.insert(r.id);
    return ids;
}

Result<QSet<QString>> ReliabilityDatabase::serviceUserIds(Database& database) {
    Result<QVector<ServiceUser>> all = ServiceUserRepository(database).all();
    if (!all)
        return all.error();
    QSet<QString> ids;
    for (const ServiceUser& p : all.value())
        ids.insert(p.id);
    return ids;
}

Result<int> ReliabilityDatabase::count(Database& database, const QString& sql,
                                       const QString& pattern) {
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.addBindValue(pattern);
    if (!q.exec() || !q.next())
        return Error{q.lastError().text(), {}};
    return q.value(0).toInt();
}

Result<int> ReliabilityDatabase::rowsMatching(Database& database, const QString& table,
                                              const QString& pattern) {
    return count(database, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id GLOB ?").arg(table),
                 pattern);
}

Result<int> ReliabilityDatabase::changeLogRowsMatching(Database& database, const QString& pattern) {
    return count(database, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE record_id GLOB ?"),
                 pattern);
}

Result<int> ReliabilityDatabase::auditEntriesMatching(Database& database, const QString& pattern) {
    return count(database,
                 QStringLiteral("SELECT COUNT(*) FROM x_audit_trail WHERE record_id GLOB ?"),
                 pattern);
}

} // namespace waymark::reliability
