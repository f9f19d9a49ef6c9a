#include "tests/fuzz/FuzzDatabase.h"

#include "core/interchange/DatabaseSetup.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace waymark::fuzz {

namespace {

// In memory where the system has it: a fuzz run makes thousands of copies.
QString scratchFolder() {
    const QString folder =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return folder + QStringLiteral("/waymark-fuzz-XXXXXX");
}

} // namespace

FuzzDatabase::FuzzDatabase()
    : m_folder(scratchFolder())
    , m_template(m_folder.filePath(QStringLiteral("template.db"))) {
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    Result<std::unique_ptr<Database>> made = Database::open(m_template, options);
    if (!made || !DatabaseSetup::initialise(*made.value(), m_clock))
        return;
    // Folded back into the file, so that a copy of the file alone is the whole database.
    QSqlQuery(made.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    made.value().reset();
    renew();
}

void FuzzDatabase::renew() {
    m_database.reset();
    if (!m_current.isEmpty())
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_current + QString::fromLatin1(suffix));
    m_current = m_folder.filePath(QStringLiteral("input-%1.db").arg(++m_generation));
    if (!QFile::copy(m_template, m_current))
        return;
    Result<std::unique_ptr<Database>> opened = Database::open(m_current);
    if (!opened)
        return;
    m_database = std::move(opened).value();
    m_freshContents = contents();
}

QString FuzzDatabase::contents() const {
    QSqlQuery tables(m_database->connection());
    QStringList counts;
    if (!tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return QStringLiteral("unreadable");
    QSqlQuery count(m_database->connection());
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const bool counted =
            count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)) && count.next();
        counts << table + QLatin1Char('=') +
                      (counted ? count.value(0).toString() : QStringLiteral("?"));
    }
    return counts.join(QLatin1Char(' '));
}

qint64 FuzzDatabase::changes() const {
    QSqlQuery q(m_database->connection());
    return q.exec(QStringLiteral("SELECT total_changes()")) && q.next() ? q.value(0).toLongLong()
                                                                        : -1;
}

} // namespace waymark::fuzz
