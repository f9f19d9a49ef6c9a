#include "tests/server/SyncFixture.h"

#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/RecordWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SyncJournal.h"
#include "tests/support/InterchangeFixture.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace waymark::test {

Team::Team()
{
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    auto opened = Database::open(database.url(), options);
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    server = std::move(opened).value();
    EXPECT_TRUE(DatabaseSetup::initialise(*server, clock).ok());
    Result<ImportSummary> imported =
        Importer(*server, clock).importObject(smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"));
    EXPECT_TRUE(imported.ok()) << (imported ? std::string() : imported.error().message.toStdString());
}

Result<SyncReport> syncOf(Database& laptop, Database& server, const QVector<SignedInUser>& users,
                          const SyncOptions& options)
{
    FixedClock clock;
    return SyncService(laptop, clock, SyncActor).sync(server, users, options);
}

Status edit(Database& database, const QString& list, const QString& id, const QVariantMap& changes,
            const QString& actor)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(list));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("no %1 %2").arg(list, id), {}};
    QVariantMap values;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (!QStringList{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                         QStringLiteral("updated_by"), QStringLiteral("version"), QStringLiteral("deleted")}
                 .contains(name))
            values.insert(name, q.value(i));
    }
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        values.insert(it.key(), it.value());
    FixedClock clock(QDateTime(QDate(2026, 7, 2), QTime(10, 0), Qt::UTC));
    RecordWriter writer(database, clock, actor);
    return writer.inTransaction([&] { return writer.save(list, id, values); });
}

Status remove(Database& database, const QString& list, const QString& id)
{
    FixedClock clock(QDateTime(QDate(2026, 7, 2), QTime(10, 0), Qt::UTC));
    RecordWriter writer(database, clock, SyncActor);
    return writer.inTransaction([&] { return writer.remove(list, id); });
}

Status restore(Database& database, const QString& list, const QString& id)
{
    FixedClock clock(QDateTime(QDate(2026, 7, 2), QTime(10, 0), Qt::UTC));
    RecordWriter writer(database, clock, SyncActor);
    return writer.inTransaction([&] { return writer.restore(list, id); });
}

QVariant valueOf(Database& database, const QString& table, const QString& id, const QString& field)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no such record)");
    return q.value(0);
}

QJsonObject contentOf(Database& database)
{
    FixedClock clock;
    Result<QJsonObject> exported = Exporter(database, clock).exportAll();
    EXPECT_TRUE(exported.ok()) << (exported ? std::string() : exported.error().message.toStdString());
    QJsonObject document = exported ? exported.value() : QJsonObject();
    document.remove(QStringLiteral("exported_at"));
    return document;
}

int deletedRows(Database& database, const QString& table)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

SyncStatus statusOf(Database& laptop)
{
    Result<SyncStatus> status = SyncJournal(laptop).status();
    EXPECT_TRUE(status.ok());
    return status ? status.value() : SyncStatus();
}

} // namespace waymark::test
