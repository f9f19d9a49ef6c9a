#include "core/storage/RetentionRepository.h"

#include "core/domain/StoredValue.h"
#include "core/storage/SyncJournal.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/SqlValues.h"

#include <QRegularExpression>

namespace waymark {

namespace {

const QString Removed = QStringLiteral("[removed]");

// How a list's records lead to their person, as SQL over `?` (the person's id).
QString ownedBy(const QString& link)
{
    if (link == QLatin1String("self"))
        return QStringLiteral("id = ?");
    if (link == QLatin1String("service_user_id"))
        return QStringLiteral("service_user_id = ?");
    if (link == QLatin1String("support_period_id"))
        return QStringLiteral("support_period_id IN (SELECT id FROM support_periods WHERE service_user_id = ?)");
    if (link == QLatin1String("support_plan_id"))
        return QStringLiteral("support_plan_id IN (SELECT sp.id FROM support_plans sp JOIN support_periods p "
                              "ON p.id = sp.support_period_id WHERE p.service_user_id = ?)");
    if (link == QLatin1String("goal_id"))
        return QStringLiteral("goal_id IN (SELECT g.id FROM goals g JOIN support_plans sp ON sp.id = g.support_plan_id "
                              "JOIN support_periods p ON p.id = sp.support_period_id WHERE p.service_user_id = ?)");
    if (link == QLatin1String("assessment_id"))
        return QStringLiteral("assessment_id IN (SELECT a.id FROM star_assessments a JOIN support_periods p "
                              "ON p.id = a.support_period_id WHERE p.service_user_id = ?)");
    if (link == QLatin1String("risk_assessment_id"))
        return QStringLiteral("risk_assessment_id IN (SELECT r.id FROM x_risk_assessments r JOIN support_periods p "
                              "ON p.id = r.support_period_id WHERE p.service_user_id = ?)");
    return {};
}

// A column name from the schema, checked before it goes into SQL text.
bool isPlainName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

} // namespace

Result<QVector<RetentionFacts>> RetentionRepository::facts() const
{
    return fetch<RetentionFacts>(
        QStringLiteral("SELECT su.id, su.given_name, su.family_name, su.preferred_name, "
                       "(SELECT MAX(p.end_date) FROM support_periods p WHERE p.service_user_id = su.id AND p.deleted = "
                       "0) AS last_end, "
                       "(SELECT COUNT(*) FROM support_periods p WHERE p.service_user_id = su.id AND p.deleted = 0 "
                       " AND p.end_date IS NULL) AS open_periods, "
                       "(SELECT MAX(r.received_at) FROM referrals r WHERE r.service_user_id = su.id AND r.deleted = 0) "
                       "AS last_referral, "
                       "(SELECT COUNT(*) FROM referrals r WHERE r.service_user_id = su.id AND r.deleted = 0 "
                       " AND r.decision = 'pending') AS pending "
                       "FROM service_users su WHERE su.deleted = 0 AND NOT EXISTS ("
                       " SELECT 1 FROM x_audit_trail a WHERE a.service_user_id = su.id AND a.action = 'anonymised') "
                       "ORDER BY su.family_name, su.given_name, su.id"),
        {}, [](const SqlRow& q) {
            using namespace SqlValues;
            RetentionFacts f;
            f.serviceUserId = text(q, "id");
            f.name = PersonName::display(text(q, "given_name"), text(q, "family_name"), text(q, "preferred_name"));
            f.lastSupportEnded = date(q, "last_end");
            const QString referral = text(q, "last_referral");
            if (!referral.isEmpty())
                f.lastReferral = LocalTime::londonDate(LocalTime::parseIsoDateTimeUtc(referral));
            f.inSupport = raw(q, "open_periods").toInt() > 0;
            f.pendingReferral = raw(q, "pending").toInt() > 0;
            return f;
        });
}

Status RetentionRepository::syncAnonymised(const QString& table, const QStringList& recordIds, const QStringList& columns,
                                           const QString& serviceUserId, const QString& actor, const QDateTime& now,
                                           bool send)
{
    SyncJournal journal(m_database);
    const QString what = QObject::tr("Anonymising the record failed");
    for (const QString& id : recordIds) {
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table));
        row.addBindValue(id);
        if (!row.exec() || !row.next())
            return Error{m_database.describe(what, row.lastError().text()), {}};
        QVariantMap anonymised;
        for (qsizetype i = 0; i < columns.size(); ++i)
            anonymised.insert(columns.at(i), StoredValue::normalised(row.value(int(i))));
        // Earlier changes to the record, still to send or kept by the server, take the same values.
        for (const char* kept : {"x_sync_outbox", "x_sync_changes"}) {
            const QString keyColumn = QLatin1String(kept) == QLatin1String("x_sync_outbox") ? QStringLiteral("position")
                                                                                              : QStringLiteral("seq");
            QSqlQuery earlier(m_database.connection());
            earlier.prepare(QStringLiteral("SELECT %1, fields FROM %2 WHERE table_name = ? AND record_id = ?")
                                .arg(keyColumn, QLatin1String(kept)));
            earlier.addBindValue(table);
            earlier.addBindValue(id);
            if (!earlier.exec())
                return Error{m_database.describe(what, earlier.lastError().text()), {}};
            QVector<QPair<qint64, QString>> rewritten;
            while (earlier.next()) {
                QVariantMap fields = SyncJournal::decode(earlier.value(1).toString());
                bool changed = false;
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    if (anonymised.contains(it.key()) && !StoredValue::same(it.value(), anonymised.value(it.key()))) {
                        it.value() = anonymised.value(it.key());
                        changed = true;
                    }
                if (changed)
                    rewritten.append({earlier.value(0).toLongLong(), SyncJournal::encode(fields)});
            }
            for (const auto& [key, fields] : rewritten) {
                QSqlQuery update(m_database.connection());
                update.prepare(QStringLiteral("UPDATE %1 SET fields = ? WHERE %2 = ?").arg(QLatin1String(kept), keyColumn));
                update.addBindValue(fields);
                update.addBindValue(key);
                if (!update.exec())
                    return Error{m_database.describe(what, update.lastError().text()), {}};
            }
        }
        if (!send)
            continue;
        SyncChange change;
        change.table = table;
        change.recordId = id;
        change.person = serviceUserId;
        change.fields = anonymised;
        // Whoever receives it anonymises the person there too (their History and audit trail).
        if (table == QLatin1String("service_users"))
            change.fields.insert(QString::fromLatin1(AnonymisedMarker), qlonglong(1));
        change.changedAt = now;
        change.changedBy = actor;
        if (Status s = journal.recordLocal(change); !s)
            return s;
    }
    return {};
}

Result<int> RetentionRepository::anonymise(const QString& serviceUserId, const QVector<AnonymisedList>& lists,
                                           const QString& actor, const QDateTime& now)
{
    int touched = 0;
    const Status done = m_database.inTransaction([&]() -> Status {
        Result<int> count = anonymiseWithin(serviceUserId, lists, actor, now, true);
        if (!count)
            return count.error();
        touched = count.value();
        return {};
    });
    if (!done)
        return done.error();
    // The pages as they were go from the write-ahead log too (secure_delete has cleared them in
    // the file). A reader still looking at them only delays this to the next checkpoint.
    QSqlQuery checkpoint(m_database.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return touched;
}

Result<int> RetentionRepository::anonymiseWithin(const QString& serviceUserId, const QVector<AnonymisedList>& lists,
                                                 const QString& actor, const QDateTime& now, bool sendBySync)
{
    const QString nowText = LocalTime::isoDateTimeUtc(now);
    int touched = 0;
    QSqlDatabase db = m_database.connection();
    auto run = [&](const QString& sql, const QVariantList& binds) -> Result<QSqlQuery> {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return Error{m_database.describe(QObject::tr("Anonymising the record failed"), q.lastError().text()), {}};
        return q;
    };
    const Status done = [&]() -> Status {
        // On the team server, the journal first, as every writer there takes it.
        if (Status s = SyncJournal(m_database).lockJournal(); !s)
            return s;
        for (const AnonymisedList& list : lists) {
            const QString owner = ownedBy(list.link);
            if (owner.isEmpty() || !isPlainName(list.table))
                return Error{QObject::tr("Waymark does not know how %1 belongs to a person.").arg(list.table), {}};
            QStringList sets;
            QVariantList binds;
            if (list.link == QLatin1String("self")) {
                // A short code after "Anonymised", so that two such people in an old return stay two.
                sets << QStringLiteral("given_name = ?") << QStringLiteral("family_name = ?")
                     << QStringLiteral("date_of_birth = NULL");
                binds << QObject::tr("Anonymised") << serviceUserId.left(8);
            }
            for (const QString& column : list.requiredText) {
                if (!isPlainName(column))
                    return Error{QObject::tr("%1 is not a column name.").arg(column), {}};
                sets << QStringLiteral("%1 = CASE WHEN %1 IS NULL THEN NULL ELSE '%2' END").arg(column, Removed);
            }
            for (const QString& column : list.optionalText) {
                if (!isPlainName(column))
                    return Error{QObject::tr("%1 is not a column name.").arg(column), {}};
                sets << QStringLiteral("%1 = NULL").arg(column);
            }
            QSqlQuery found(db);
            found.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(list.table, owner));
            found.addBindValue(serviceUserId);
            if (!found.exec())
                return Error{m_database.describe(QObject::tr("Anonymising the record failed"), found.lastError().text()), {}};
            QStringList recordIds;
            while (found.next())
                recordIds << found.value(0).toString();
            if (found.lastError().isValid())
                return Error{m_database.describe(QObject::tr("Anonymising the record failed"), found.lastError().text()), {}};
            if (recordIds.isEmpty())
                continue;
            for (const QString& id : recordIds) {
                // The History tab's before-and-after values would give the person away again: a
                // record's own changes and its children's (a star's notes, a goal's tasks), which
                // are logged against it.
                if (Result<QSqlQuery> forgot = run(QStringLiteral("UPDATE change_log SET old_value = NULL, new_value = NULL "
                                                                  "WHERE record_id = ? AND (old_value IS NOT NULL OR new_value IS NOT NULL)"),
                                                   {id});
                    !forgot)
                    return forgot.error();
            }
            if (sets.isEmpty())
                continue;
            sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("version = version + 1");
            binds << nowText << actor << serviceUserId;
            if (Result<QSqlQuery> updated = run(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(list.table, sets.join(QStringLiteral(", ")), owner), binds);
                !updated)
                return updated.error();
            touched += int(recordIds.size());
            // The anonymisation travels to the team server and every laptop like any change; and
            // what this database still keeps to send, or kept from the server, says what the
            // records say now.
            QStringList columns = list.requiredText + list.optionalText;
            if (list.link == QLatin1String("self"))
                columns << QStringLiteral("given_name") << QStringLiteral("family_name") << QStringLiteral("date_of_birth");
            if (Status s = syncAnonymised(list.table, recordIds, columns, serviceUserId, actor, now, sendBySync); !s)
                return s;
        }
        // The answers the server keeps for batches sent again name the conflicts' values.
        if (Result<QSqlQuery> scrubbed = run(QStringLiteral("UPDATE x_sync_batches SET answer = '[]' WHERE answer LIKE ?"),
                                             {QStringLiteral("%\"person\":\"%1\"%").arg(serviceUserId)});
            !scrubbed)
            return scrubbed.error();
        if (Result<QSqlQuery> closed = run(QStringLiteral("UPDATE x_sync_conflicts SET mine = NULL, theirs = NULL, "
                                                          "resolved_at = ?, resolved_by = ?, resolution = 'anonymised' "
                                                          "WHERE person = ?"),
                                           {nowText, actor, serviceUserId});
            !closed)
            return closed.error();
        // The trail keeps what was done to their records, by whom and when, but not the values.
        if (Result<int> erased = AuditTrail(m_database).eraseValuesOf(serviceUserId); !erased)
            return erased.error();
        AuditEntry entry;
        entry.at = now;
        entry.actor = actor;
        entry.action = QStringLiteral("anonymised");
        entry.table = QStringLiteral("service_users");
        entry.recordId = serviceUserId;
        entry.serviceUserId = serviceUserId;
        entry.detail = QObject::tr("%n record(s) anonymised", nullptr, touched);
        return AuditTrail(m_database).append(entry);
    }();
    if (!done)
        return done.error();
    return touched;
}

} // namespace waymark
