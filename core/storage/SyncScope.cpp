#include "core/storage/SyncScope.h"

#include "core/domain/LocalTime.h"
#include "core/domain/StoredValue.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace waymark {

namespace {

// How a row leads to its person, by the link column it has (the first that it has wins).
struct PersonLink {
    const char* column;
    const char* path; // SQL from the linked id (%1) to service_users.id
};

const PersonLink Links[] = {
    {"service_user_id", "%1"},
    {"support_period_id", "(SELECT sp.service_user_id FROM support_periods sp WHERE sp.id = %1)"},
    {"support_plan_id", "(SELECT sp.service_user_id FROM support_plans pl JOIN support_periods sp ON sp.id = "
                        "pl.support_period_id WHERE pl.id = %1)"},
    {"risk_assessment_id", "(SELECT sp.service_user_id FROM x_risk_assessments r JOIN support_periods sp ON sp.id = "
                           "r.support_period_id WHERE r.id = %1)"},
    {"goal_id", "(SELECT sp.service_user_id FROM goals g JOIN support_plans pl ON pl.id = g.support_plan_id JOIN "
                "support_periods sp ON sp.id = pl.support_period_id WHERE g.id = %1)"},
    {"assessment_id", "(SELECT sp.service_user_id FROM star_assessments a JOIN support_periods sp ON sp.id = "
                      "a.support_period_id WHERE a.id = %1)"},
};

const QStringList Bookkeeping = {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                 QStringLiteral("updated_by"), QStringLiteral("version")};

} // namespace

SyncScope::SyncScope(Database& database)
    : m_database(database)
{
}

QStringList SyncScope::tables()
{
    QStringList out;
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        const TableLayout layout = kind.layout();
        out << layout.table;
        for (const ChildLayout& child : layout.children)
            out << child.table;
    }
    return out;
}

QString SyncScope::personOf(const QString& table)
{
    if (table == QLatin1String("service_users"))
        return QStringLiteral("t.id");
    const QSqlRecord record = m_database.connection().record(table);
    for (const PersonLink& link : Links)
        if (record.indexOf(QString::fromLatin1(link.column)) >= 0)
            return QString::fromLatin1(link.path).arg(QStringLiteral("t.") + QString::fromLatin1(link.column));
    return QStringLiteral("NULL");
}

Result<QVector<SyncChange>> SyncScope::snapshot(const std::optional<QSet<QString>>& people, bool withEveryone)
{
    QVector<SyncChange> out;
    const QStringList whose = people ? QStringList(people->begin(), people->end()) : QStringList();
    for (const QString& table : tables()) {
        const QString person = personOf(table);
        QString where;
        if (people) {
            QStringList marks;
            for (qsizetype i = 0; i < whose.size(); ++i)
                marks << QStringLiteral("?");
            QStringList either;
            if (!whose.isEmpty())
                either << QStringLiteral("%1 IN (%2)").arg(person, marks.join(QStringLiteral(", ")));
            if (withEveryone)
                either << QStringLiteral("%1 IS NULL").arg(person);
            if (either.isEmpty())
                continue;
            where = QStringLiteral(" WHERE ") + either.join(QStringLiteral(" OR "));
        }
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t.*, %1 AS x_sync_person FROM %2 t%3 ORDER BY t.id").arg(person, table, where));
        for (const QString& id : whose)
            q.addBindValue(id);
        if (!q.exec())
            return Error{m_database.describe(QObject::tr("Reading %1 failed").arg(table), q.lastError().text()), {}};
        const QSqlRecord columns = q.record();
        while (q.next()) {
            SyncChange change;
            change.table = table;
            change.recordId = q.value(QStringLiteral("id")).toString();
            change.person = q.value(QStringLiteral("x_sync_person")).toString();
            change.changedAt = LocalTime::parseIsoDateTimeUtc(q.value(QStringLiteral("updated_at")).toString());
            change.changedBy = q.value(QStringLiteral("updated_by")).toString();
            for (int i = 0; i < columns.count(); ++i) {
                const QString name = columns.fieldName(i);
                if (Bookkeeping.contains(name) || name == QLatin1String("x_sync_person"))
                    continue;
                const QVariant v = StoredValue::normalised(q.value(i));
                if (v.isValid())
                    change.fields.insert(name, v);
            }
            out << change;
        }
        if (q.lastError().isValid())
            return Error{m_database.describe(QObject::tr("Reading %1 failed").arg(table), q.lastError().text()), {}};
    }
    return out;
}

Result<QSet<QString>> SyncScope::people() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM service_users")))
        return Error{m_database.describe(QObject::tr("Reading service_users failed"), q.lastError().text()), {}};
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return Error{m_database.describe(QObject::tr("Reading service_users failed"), q.lastError().text()), {}};
    return out;
}

Result<int> SyncScope::removeCopyOf(const QString& person)
{
    const QString failure = QObject::tr("Removing a record this laptop no longer keeps failed");
    QStringList order = tables();
    std::reverse(order.begin(), order.end());
    int removed = 0;
    for (const QString& table : order) {
        const QString whose = personOf(table);
        if (whose == QLatin1String("NULL"))
            continue;
        QSqlQuery found(m_database.connection());
        found.setForwardOnly(true);
        found.prepare(QStringLiteral("SELECT t.id FROM %1 t WHERE %2 = ?").arg(table, whose));
        found.addBindValue(person);
        if (!found.exec())
            return Error{m_database.describe(failure, found.lastError().text()), {}};
        QStringList ids;
        while (found.next())
            ids << found.value(0).toString();
        if (found.lastError().isValid())
            return Error{m_database.describe(failure, found.lastError().text()), {}};
        // History of a record this database no longer holds would show what it said.
        for (const QString& statement : {QStringLiteral("DELETE FROM change_log WHERE record_id = ?"),
                                         QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)}) {
            QSqlQuery remove(m_database.connection());
            remove.prepare(statement);
            for (const QString& id : ids) {
                remove.addBindValue(id);
                if (!remove.exec())
                    return Error{m_database.describe(failure, remove.lastError().text()), {}};
            }
        }
        removed += int(ids.size());
    }
    return removed;
}

} // namespace waymark
