#include "core/services/SyncService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/StoredValue.h"
#include "core/rules/AccessPolicy.h"
#include "core/rules/SyncMerge.h"
#include "core/services/AccessService.h"
#include "core/services/RetentionService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseloadRepository.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "core/storage/RecordStore.h"
#include "core/storage/RetentionRepository.h"
#include "core/storage/SyncJournal.h"
#include "core/storage/SyncScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace waymark {

namespace {

const QString Deleted = QStringLiteral("deleted");

QJsonObject conflictToJson(const SyncConflict& c)
{
    QJsonObject o;
    o.insert(QStringLiteral("table"), c.table);
    o.insert(QStringLiteral("record_id"), c.recordId);
    o.insert(QStringLiteral("person"), c.person);
    o.insert(QStringLiteral("field"), c.field);
    o.insert(QStringLiteral("mine"), SyncJournal::encodeValue(c.mine));
    o.insert(QStringLiteral("mine_at"), LocalTime::isoDateTimeUtc(c.mineAt));
    o.insert(QStringLiteral("mine_by"), c.mineBy);
    o.insert(QStringLiteral("theirs"), SyncJournal::encodeValue(c.theirs));
    o.insert(QStringLiteral("theirs_seq"), c.theirsSeq);
    o.insert(QStringLiteral("theirs_at"), LocalTime::isoDateTimeUtc(c.theirsAt));
    o.insert(QStringLiteral("theirs_by"), c.theirsBy);
    return o;
}

SyncConflict conflictFromJson(const QJsonObject& o)
{
    SyncConflict c;
    c.table = o.value(QStringLiteral("table")).toString();
    c.recordId = o.value(QStringLiteral("record_id")).toString();
    c.person = o.value(QStringLiteral("person")).toString();
    c.field = o.value(QStringLiteral("field")).toString();
    c.mine = SyncJournal::decodeValue(o.value(QStringLiteral("mine")).toString());
    c.mineAt = LocalTime::parseIsoDateTimeUtc(o.value(QStringLiteral("mine_at")).toString());
    c.mineBy = o.value(QStringLiteral("mine_by")).toString();
    c.theirs = SyncJournal::decodeValue(o.value(QStringLiteral("theirs")).toString());
    c.theirsSeq = o.value(QStringLiteral("theirs_seq")).toInteger();
    c.theirsAt = LocalTime::parseIsoDateTimeUtc(o.value(QStringLiteral("theirs_at")).toString());
    c.theirsBy = o.value(QStringLiteral("theirs_by")).toString();
    return c;
}

// A transaction on one database that is rolled back unless committed: a failure anywhere in a
// sync leaves each side as its last commit left it.
class Transaction {
public:
    explicit Transaction(Database& database)
        : m_database(database)
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_database.connection().rollback();
    }
    Status begin(const QString& what)
    {
        QSqlDatabase db = m_database.connection();
        if (!db.transaction())
            return Error{m_database.describe(what, db.lastError().text()), {}};
        m_open = true;
        return {};
    }
    Status commit(const QString& what)
    {
        QSqlDatabase db = m_database.connection();
        m_open = false;
        if (!db.commit()) {
            const QString text = db.lastError().text();
            db.rollback();
            return Error{m_database.describe(what, text), {}};
        }
        return {};
    }

private:
    Database& m_database;
    bool m_open = false;
};

// An open conflict as a pull meets newer changes to its record: kept in memory until the pull's
// end, so that only where the server's value ends up counts (it may pass through this laptop's
// value on its way elsewhere, which settles nothing).
struct MetConflict {
    SyncConflict conflict;
    bool touched = false; // theirs changed in this pull
    bool fresh = false;   // found in this pull, not yet kept
};

void meetOpenConflicts(QVector<MetConflict>& open, const SyncChange& theirs, qint64 head, const QDateTime& now)
{
    const qint64 seq = theirs.seq > 0 ? theirs.seq : head;
    for (MetConflict& met : open) {
        SyncConflict& conflict = met.conflict;
        const auto value = theirs.fields.constFind(conflict.field);
        // Changes the conflict was found against, or older, come in the same pull: only a newer
        // one (or the record as the server has it now, which has no number) says anything.
        if (value == theirs.fields.constEnd() || (theirs.seq > 0 && theirs.seq <= conflict.theirsSeq))
            continue;
        conflict.theirs = StoredValue::normalised(value.value());
        conflict.theirsSeq = seq;
        conflict.theirsAt = theirs.changedAt;
        conflict.theirsBy = theirs.changedBy;
        met.touched = true;
    }
    // Deleted elsewhere while a change made here to one of its fields waits for a choice: whoever
    // deleted it had not seen that change, so the deletion is put to a person too.
    const auto deletion = theirs.fields.constFind(Deleted);
    if (deletion == theirs.fields.constEnd() || StoredValue::normalised(deletion.value()).toLongLong() == 0)
        return;
    const SyncConflict* edited = nullptr;
    for (const MetConflict& met : open) {
        if (met.conflict.field == Deleted)
            return; // already put
        if (theirs.seq == 0 || theirs.seq > met.conflict.theirsSeq)
            edited = &met.conflict;
    }
    if (!edited)
        return;
    MetConflict deleted{*edited, true, true};
    deleted.conflict.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    deleted.conflict.field = Deleted;
    deleted.conflict.mine = qlonglong(0);
    deleted.conflict.theirs = qlonglong(1);
    deleted.conflict.theirsSeq = seq;
    deleted.conflict.theirsAt = theirs.changedAt;
    deleted.conflict.theirsBy = theirs.changedBy;
    deleted.conflict.foundAt = now;
    open << deleted;
}

// Where the server's value ended: the same as this laptop's, and there is nothing left to choose;
// otherwise the choice is against it, not an older one.
Status keepMetConflicts(SyncJournal& journal, const QHash<QString, QVector<MetConflict>>& open, const QDateTime& now)
{
    for (const QVector<MetConflict>& record : open) {
        for (const MetConflict& met : record) {
            const SyncConflict& c = met.conflict;
            const bool agreed = StoredValue::same(c.theirs, c.mine);
            Status s;
            if (met.fresh && !agreed)
                s = journal.addConflict(c);
            else if (!met.fresh && met.touched && agreed)
                s = journal.resolveConflict(c.id, QStringLiteral("agreed"), c.theirsBy, now);
            else if (!met.fresh && met.touched)
                s = journal.updateTheirs(c.id, c.theirs, c.theirsSeq, c.theirsAt, c.theirsBy);
            if (!s)
                return s;
        }
    }
    return {};
}

} // namespace

SyncService::SyncService(Database& laptop, const Clock& clock, QString actor)
    : m_laptop(laptop)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<SyncStatus> SyncService::status() const
{
    return SyncJournal(m_laptop).status();
}

Result<QVector<SyncConflict>> SyncService::conflicts() const
{
    return SyncJournal(m_laptop).openConflicts();
}

Result<SyncReport> SyncService::sync(Database& server, const QVector<SignedInUser>& users, const SyncOptions& options)
{
    if (m_laptop.isServer())
        return Error{QObject::tr("%1 is a team server itself; sync a laptop's database with it.").arg(m_laptop.path()),
                     {}};
    if (!server.isServer())
        return Error{QObject::tr("%1 is not a team server: give its address, postgresql://USER@HOST/DATABASE.")
                         .arg(server.path()),
                     {}};
    if (server.schemaVersion() != m_laptop.schemaVersion())
        return Error{QObject::tr("The team server has schema %1 and this laptop %2: both must run "
                                 "the same version of "
                                 "Waymark. Nothing was changed.")
                         .arg(server.schemaVersion())
                         .arg(m_laptop.schemaVersion()),
                     {}};
    // The server's sign-in must be given to a member of staff, and is the most the laptop sees.
    Result<SignedInUser> signedIn = AccessService::signedInToServer(server);
    if (!signedIn)
        return signedIn.error();
    SyncReport report;
    Result<bool> joined = joinIfNew(server);
    if (!joined)
        return joined.error();
    report.joined = joined.value();
    Result<QString> origin = SyncJournal(m_laptop).origin();
    if (!origin)
        return origin.error();
    Result<int> pushed = push(server, origin.value(), options, report);
    if (!pushed)
        return pushed.error();
    report.pushed = pushed.value();
    Result<int> pulled = pull(server, origin.value(), signedIn.value(), users, options, report);
    if (!pulled)
        return pulled.error();
    report.pulled = pulled.value();
    return report;
}

Result<SyncReport> SyncService::syncWith(const QString& address, const QVector<SignedInUser>& users,
                                         const SyncOptions& options)
{
    auto server = Database::open(address);
    if (!server)
        return Error{
            QObject::tr("Nothing was synced; this laptop's records are as they were. %1").arg(server.error().message),
            {}};
    Result<SyncReport> report = sync(*server.value(), users, options);
    if (!report)
        return Error{QObject::tr("The sync did not finish; what it had done is kept, and the next "
                                 "sync carries on. %1")
                         .arg(report.error().message),
                     {}};
    return report;
}

Result<QVector<SignedInUser>> SyncService::laptopUsers(Database& laptop, const QString& databasePath)
{
    QVector<SignedInUser> users;
    if (!KeyRing::existsFor(databasePath))
        return users;
    Result<KeyRing> ring = KeyRing::load(databasePath);
    if (!ring)
        return ring.error();
    for (const KeyRing::Account& account : ring->accounts()) {
        Result<SignedInUser> user =
            AccessService::signedInUser(laptop, account.user, account.staffId, account.administrator);
        if (!user)
            return user.error();
        users << user.value();
    }
    return users;
}

Result<bool> SyncService::joinIfNew(Database& server)
{
    SyncJournal journal(m_laptop);
    Result<SyncStatus> status = journal.status();
    if (!status)
        return status.error();
    if (status->joined) {
        if (status->server != server.path())
            return Error{QObject::tr("This laptop syncs with %1, not %2. Nothing was changed.")
                             .arg(status->server, server.path()),
                         {}};
        return false;
    }
    // Joining: everything already in this database goes to the server as changes made before
    // joining, which meet the server's records as they stand (SyncMerge::BeforeJoining).
    Transaction local(m_laptop);
    if (Status s = local.begin(QObject::tr("Joining the team server failed")); !s)
        return s.error();
    if (Status s = journal.join(QUuid::createUuid().toString(QUuid::WithoutBraces), server.path()); !s)
        return s.error();
    Result<QVector<SyncChange>> everything = SyncScope(m_laptop).snapshot(std::nullopt, true);
    if (!everything)
        return everything.error();
    for (const SyncChange& change : everything.value())
        if (Status s = journal.recordLocal(change, SyncMerge::BeforeJoining); !s)
            return s.error();
    if (Status s = local.commit(QObject::tr("Joining the team server failed")); !s)
        return s.error();
    return true;
}

Result<int> SyncService::push(Database& server, const QString& origin, const SyncOptions& options, SyncReport& report)
{
    SyncJournal journal(m_laptop);
    {
        // Every change waiting is put in a batch first, so that a batch sent again after a cut
        // is exactly the batch the server may already have taken.
        Transaction local(m_laptop);
        if (Status s = local.begin(QObject::tr("Preparing the changes to send failed")); !s)
            return s.error();
        Result<SyncStatus> status = journal.status();
        if (!status)
            return status.error();
        for (int formed = 0; formed < status->waiting; formed += options.batchSize)
            if (Status s = journal.formBatch(options.batchSize); !s)
                return s.error();
        if (Status s = local.commit(QObject::tr("Preparing the changes to send failed")); !s)
            return s.error();
    }
    Result<QVector<QVector<SyncChange>>> batches = journal.batches();
    if (!batches)
        return batches.error();
    int total = 0;
    for (const auto& batch : batches.value())
        total += int(batch.size());

    int sent = 0;
    int committed = 0;
    SyncJournal serverJournal(server);
    for (const QVector<SyncChange>& batch : batches.value()) {
        if (options.progress && !options.progress(QObject::tr("Sending changes"), sent, total))
            return Error{QObject::tr("Sync stopped; %1 of %2 changes were sent, the rest wait for the next sync.")
                             .arg(sent)
                             .arg(total),
                         {}};
        const QString batchId = batch.first().batchId;
        QString answer;
        {
            Transaction remote(server);
            if (Status s = remote.begin(QObject::tr("Sending changes to the team server failed")); !s)
                return s.error();
            if (Status s = serverJournal.lockJournal(); !s)
                return s.error();
            Result<std::optional<QString>> taken = serverJournal.batchAnswer(batchId);
            if (!taken)
                return taken.error();
            if (taken.value()) {
                answer = *taken.value();
            } else {
                Result<qint64> head = serverJournal.head();
                if (!head)
                    return head.error();
                qint64 seq = head.value();
                qint64 earliestBase = seq;
                QStringList records;
                QSet<QString> seen;
                for (const SyncChange& change : batch) {
                    earliestBase = std::min(earliestBase, change.baseSeq);
                    if (!seen.contains(change.recordId)) {
                        seen.insert(change.recordId);
                        records << change.recordId;
                    }
                }
                Result<QVector<SyncChange>> elsewhere = serverJournal.changesTo(records, earliestBase, origin);
                if (!elsewhere)
                    return elsewhere.error();
                QHash<QString, QVector<SyncChange>> byRecord;
                for (const SyncChange& change : elsewhere.value())
                    byRecord[change.recordId] << change;

                serverJournal.bufferAppends();
                AuditTrail trail(server);
                if (Status s = trail.holdForBatch(); !s)
                    return s.error();
                RecordStore store(server);
                store.setAuditTrail(&trail);
                store.bufferWrites();
                QSet<QString> anonymised; // people anonymised where this batch was made
                QHash<QString, QStringList> idsByTable;
                for (const SyncChange& change : batch)
                    idsByTable[change.table] << change.recordId;
                for (auto it = idsByTable.constBegin(); it != idsByTable.constEnd(); ++it)
                    if (Status s = store.preload(it.key(), it.value()); !s)
                        return s.error();
                QJsonArray conflicts;
                const QStringList syncedTables = SyncScope::tables();
                for (SyncChange change : batch) {
                    if (!syncedTables.contains(change.table))
                        return Error{QObject::tr("The laptop sent a change to %1, which Waymark does not sync.")
                                         .arg(change.table),
                                     {}};
                    QVector<SyncChange> theirs;
                    for (const SyncChange& their : byRecord.value(change.recordId))
                        if (their.seq > change.baseSeq && their.table == change.table)
                            theirs << their;
                    std::optional<QVariantMap> current;
                    if (change.baseSeq == SyncMerge::BeforeJoining) {
                        Result<std::optional<QVariantMap>> stored = store.current(change.table, change.recordId);
                        if (!stored)
                            return stored.error();
                        current = stored.value();
                    }
                    const SyncMerge::Outcome outcome = SyncMerge::merge(change, theirs, current);
                    for (const SyncConflict& c : outcome.conflicts)
                        conflicts.append(conflictToJson(c));
                    if (outcome.written.isEmpty())
                        continue;
                    change.fields = outcome.written;
                    SyncChange toApply = change;
                    if (toApply.fields.remove(QString::fromLatin1(RetentionRepository::AnonymisedMarker)) > 0) {
                        if (change.table != QLatin1String("service_users"))
                            change.fields.remove(QString::fromLatin1(RetentionRepository::AnonymisedMarker));
                        else
                            anonymised.insert(change.recordId);
                    }
                    if (change.fields.isEmpty())
                        continue;
                    if (!toApply.fields.isEmpty()) {
                        Result<RecordStore::Change> applied = store.apply(toApply);
                        if (!applied)
                            return applied.error();
                    }
                    change.seq = ++seq;
                    change.origin = origin;
                    if (Status s = serverJournal.append(change); !s)
                        return s.error();
                }
                if (Status s = store.flush(); !s)
                    return s.error();
                if (Status s = serverJournal.flush(); !s)
                    return s.error();
                // Whose each change is, as the server's records say (not as the laptop said): it
                // decides which laptops receive it.
                QSet<QString> tablesTouched;
                for (const SyncChange& change : batch)
                    tablesTouched.insert(change.table);
                SyncScope scope(server);
                for (const QString& table : tablesTouched) {
                    QSqlQuery whose(server.connection());
                    whose.prepare(QStringLiteral("UPDATE x_sync_changes SET person = (SELECT %1 FROM %2 t WHERE t.id = "
                                                 "x_sync_changes.record_id) WHERE seq > ? AND table_name = ?")
                                      .arg(scope.personOf(table), table));
                    whose.addBindValue(head.value());
                    whose.addBindValue(table);
                    if (!whose.exec())
                        return Error{server.describe(QObject::tr("Sending changes to the team server failed"),
                                                     whose.lastError().text()),
                                     {}};
                }
                // Someone anonymised where the batch was made is anonymised here too, and that
                // goes on to every other laptop; what conflicted about them is moot.
                for (const QString& person : anonymised) {
                    if (Result<int> done = RetentionRepository(server).anonymiseWithin(
                            person, RetentionService::listsToAnonymise(), batch.first().changedBy, m_clock.now(), true);
                        !done)
                        return done.error();
                    for (qsizetype i = conflicts.size() - 1; i >= 0; --i)
                        if (conflicts.at(i).toObject().value(QStringLiteral("person")).toString() == person)
                            conflicts.removeAt(i);
                }
                answer = QString::fromUtf8(QJsonDocument(conflicts).toJson(QJsonDocument::Compact));
                if (Status s = serverJournal.saveBatch(batchId, origin, answer, m_clock.now()); !s)
                    return s.error();
            }
            if (Status s = remote.commit(QObject::tr("Sending changes to the team server failed")); !s)
                return s.error();
        }
        ++committed;
        if (options.stopAfterServerCommits >= 0 && committed >= options.stopAfterServerCommits)
            return Error{QObject::tr("Sync stopped (as asked) after the server took %1 batches.").arg(committed), {}};

        // The answer: conflicts kept here, the laptop showing the server's value meanwhile, and
        // the batch out of the outbox, in one transaction.
        Transaction local(m_laptop);
        if (Status s = local.begin(QObject::tr("Saving the team server's answer failed")); !s)
            return s.error();
        const QJsonArray conflicts = QJsonDocument::fromJson(answer.toUtf8()).array();
        if (Status s = journal.dropBatch(batchId); !s)
            return s.error();
        for (const QJsonValue& value : conflicts) {
            SyncConflict conflict = conflictFromJson(value.toObject());
            conflict.foundAt = m_clock.now();
            if (Status s = journal.addConflict(conflict); !s)
                return s.error();
            if (Status s = showTheirs(conflict); !s)
                return s.error();
            ++report.conflicts;
        }
        if (Status s = local.commit(QObject::tr("Saving the team server's answer failed")); !s)
            return s.error();
        sent += int(batch.size());
    }
    return sent;
}

Status SyncService::showTheirs(const SyncConflict& conflict)
{
    SyncChange change;
    change.table = conflict.table;
    change.recordId = conflict.recordId;
    change.person = conflict.person;
    change.fields.insert(conflict.field, conflict.theirs);
    change.changedAt = conflict.theirsAt.isValid() ? conflict.theirsAt : m_clock.now();
    change.changedBy = conflict.theirsBy;
    // Not a change of this laptop's: nothing goes to the outbox (apply records nowhere).
    Result<RecordStore::Change> applied = RecordStore(m_laptop).apply(change);
    if (!applied)
        return applied.error();
    return {};
}

Result<int> SyncService::pull(Database& server, const QString& origin, const SignedInUser& signedIn,
                              const QVector<SignedInUser>& users, const SyncOptions& options, SyncReport& report)
{
    SyncJournal journal(m_laptop);
    Result<SyncStatus> status = journal.status();
    if (!status)
        return status.error();
    const bool first = !status->lastSyncedAt.isValid();

    // One consistent view of the server: its journal's head and its records as of that head.
    Transaction remote(server);
    if (Status s = remote.begin(QObject::tr("Reading the team server failed")); !s)
        return s.error();
    {
        QSqlQuery q(server.connection());
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            return Error{server.describe(QObject::tr("Reading the team server failed"), q.lastError().text()), {}};
    }
    SyncJournal serverJournal(server);
    Result<qint64> head = serverJournal.head();
    if (!head)
        return head.error();

    // Whose records this laptop may hold: everyone's if one of its users sees the whole team,
    // otherwise the caseloads of its key workers (as the server has them now).
    std::optional<QSet<QString>> visible;
    bool wholeTeam = users.isEmpty();
    QStringList keyWorkers;
    for (const SignedInUser& user : users) {
        if (AccessPolicy::seesWholeTeam(user.role))
            wholeTeam = true;
        else if (!user.staffId.isEmpty())
            keyWorkers << user.staffId;
    }
    if (!wholeTeam) {
        Result<QSet<QString>> people = CaseloadRepository(server).peopleOf(keyWorkers);
        if (!people)
            return people.error();
        visible = people.value();
    }
    // A key worker's server sign-in brings no one but their own caseload, whoever the laptop's
    // users are.
    if (!AccessPolicy::seesWholeTeam(signedIn.role)) {
        QSet<QString> theirs;
        if (!signedIn.staffId.isEmpty()) {
            Result<QSet<QString>> people = CaseloadRepository(server).peopleOf({signedIn.staffId});
            if (!people)
                return people.error();
            theirs = people.value();
        }
        visible = visible ? visible->intersect(theirs) : theirs;
    }

    // Whose records came here at the last sync ("*": everyone's). Anyone new to that since (a
    // person newly given to one of its key workers, or again after a time with someone else, or
    // everyone when a team leader's account joins) arrives whole, as the server has them now: the
    // changes made to them meanwhile were not sent here.
    Result<QString> before = journal.peoplePulled();
    if (!before)
        return before.error();
    const bool everyoneBefore = before.value() == QLatin1String("*");
    QSet<QString> pulledBefore;
    if (!everyoneBefore)
        for (const QJsonValue& id : QJsonDocument::fromJson(before->toUtf8()).array())
            pulledBefore.insert(id.toString());

    // Whoever is here and is not any of its users' (given to another key worker, a team leader's
    // account gone, or someone recorded here and sent that nobody here works with) leaves this
    // laptop, whose copy would otherwise go stale, unless something of theirs waits here: a change
    // not yet sent, or a conflict whose value is only here. Those stay, and keep receiving the
    // server's changes, until a later sync finds nothing of theirs waiting.
    QSet<QString> leaving;
    QSet<QString> kept;
    if (visible && !first) {
        Result<QSet<QString>> held = SyncScope(m_laptop).people();
        if (!held)
            return held.error();
        Result<QSet<QString>> waitingPeople = journal.peopleWaiting();
        if (!waitingPeople)
            return waitingPeople.error();
        for (const QString& person : held.value())
            if (!visible->contains(person))
                (waitingPeople->contains(person) ? kept : leaving).insert(person);
        visible->unite(kept);
    }

    QVector<SyncChange> incoming;
    QSet<QString> snapshotPeople;
    if (first || (!visible && !everyoneBefore)) {
        Result<QVector<SyncChange>> everything = SyncScope(server).snapshot(visible, true);
        if (!everything)
            return everything.error();
        incoming = everything.value();
    } else {
        if (visible) {
            for (const QString& person : *visible)
                if (!everyoneBefore && !pulledBefore.contains(person))
                    snapshotPeople.insert(person);
            if (!snapshotPeople.isEmpty()) {
                Result<QVector<SyncChange>> theirs = SyncScope(server).snapshot(snapshotPeople, false);
                if (!theirs)
                    return theirs.error();
                incoming = theirs.value();
            }
        }
        Result<QVector<SyncChange>> changes = serverJournal.changesSince(status->cursor, head.value(), origin, visible);
        if (!changes)
            return changes.error();
        for (const SyncChange& change : changes.value())
            if (!snapshotPeople.contains(change.person))
                incoming << change;
    }
    remote.commit(QObject::tr("Reading the team server failed"));

    Transaction local(m_laptop);
    if (Status s = local.begin(QObject::tr("Saving the changes from the team server failed")); !s)
        return s.error();
    Result<QHash<QString, QSet<QString>>> waiting = journal.waitingFields();
    if (!waiting)
        return waiting.error();
    Result<QVector<SyncConflict>> open = journal.openConflicts();
    if (!open)
        return open.error();
    QHash<QString, QVector<MetConflict>> openByRecord;
    for (const SyncConflict& conflict : open.value())
        openByRecord[conflict.table + QLatin1Char('/') + conflict.recordId] << MetConflict{conflict};
    RecordStore store(m_laptop);
    int applied = 0;
    QSet<QString> anonymised;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        SyncChange change = incoming.at(i);
        // A field changed here and not yet sent keeps this laptop's value: the next push meets
        // the server's and keeps both for a person to choose.
        if (const auto it = waiting->constFind(change.recordId); it != waiting->constEnd())
            for (const QString& field : *it)
                change.fields.remove(field);
        if (const auto it = openByRecord.find(change.table + QLatin1Char('/') + change.recordId);
            it != openByRecord.end())
            meetOpenConflicts(*it, change, head.value(), m_clock.now());
        if (change.fields.remove(QString::fromLatin1(RetentionRepository::AnonymisedMarker)) > 0)
            anonymised.insert(change.recordId);
        if (change.fields.isEmpty())
            continue;
        Result<RecordStore::Change> done = store.apply(change);
        if (!done)
            return done.error();
        if (done.value() != RecordStore::Change::Unchanged)
            ++applied;
        if (options.progress && i % 500 == 0 &&
            !options.progress(QObject::tr("Receiving changes"), int(i), int(incoming.size())))
            return Error{QObject::tr("Sync stopped; nothing was received this time (what was sent stays sent)."), {}};
    }
    if (Status s = keepMetConflicts(journal, openByRecord, m_clock.now()); !s)
        return s.error();
    // Someone anonymised elsewhere is anonymised here too: their History and audit trail here
    // lose the values, as they did there.
    for (const QString& person : anonymised)
        if (Result<int> done = RetentionRepository(m_laptop).anonymiseWithin(
                person, RetentionService::listsToAnonymise(), m_actor, m_clock.now(), false);
            !done)
            return done.error();
    // Someone edited here since the sync began (the window works on while it runs) stays, their
    // change sent next time; not counted as pulled, they arrive whole then if they stay.
    Result<QSet<QString>> waitingNow = journal.peopleWaiting();
    if (!waitingNow)
        return waitingNow.error();
    for (const QString& person : waitingNow.value())
        leaving.remove(person);
    for (const QString& person : leaving)
        if (Status s = removeCopyOf(person); !s)
            return s.error();
    QString pulledNow = QStringLiteral("*");
    if (visible) {
        QJsonArray ids;
        QStringList sorted(visible->begin(), visible->end());
        sorted.sort();
        for (const QString& id : sorted)
            ids.append(id);
        pulledNow = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (Status s = journal.setCursor(head.value(), m_clock.now()); !s)
        return s.error();
    if (Status s = journal.setPeoplePulled(pulledNow); !s)
        return s.error();
    if (Status s = local.commit(QObject::tr("Saving the changes from the team server failed")); !s)
        return s.error();
    report.cursor = head.value();
    report.removed = int(leaving.size());
    return applied;
}

Status SyncService::removeCopyOf(const QString& person)
{
    Result<int> removed = SyncScope(m_laptop).removeCopyOf(person);
    if (!removed)
        return removed.error();
    if (Status s = SyncJournal(m_laptop).forgetSettledConflictsOf(person); !s)
        return s;
    // The trail keeps that the laptop held them and what was done, but not the values.
    if (Result<int> erased = AuditTrail(m_laptop).eraseValuesOf(person); !erased)
        return erased.error();
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.actor = m_actor;
    entry.action = QString::fromLatin1(AuditTrail::RemovedFromLaptop);
    entry.serviceUserId = person;
    entry.recordId = person;
    entry.table = QStringLiteral("service_users");
    entry.detail = QStringLiteral("no longer on the caseload of this laptop's users: %1 rows removed here; the team "
                                  "server keeps the record")
                       .arg(removed.value());
    return AuditTrail(m_laptop).append(entry);
}

Status SyncService::keepMine(const QString& conflictId)
{
    SyncJournal journal(m_laptop);
    return m_laptop.inTransaction([&]() -> Status {
        Result<std::optional<SyncConflict>> found = journal.conflict(conflictId);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{QObject::tr("That conflict has been settled already."), {}};
        const SyncConflict& conflict = *found.value();
        Result<SyncStatus> status = journal.status();
        if (!status)
            return status.error();
        SyncChange change;
        change.table = conflict.table;
        change.recordId = conflict.recordId;
        change.person = conflict.person;
        change.fields.insert(conflict.field, conflict.mine);
        change.changedAt = m_clock.now();
        change.changedBy = m_actor;
        Result<RecordStore::Change> applied = RecordStore(m_laptop).apply(change);
        if (!applied)
            return applied.error();
        // Like any change made here, based on everything this laptop has received, and at least on
        // the value the conflict shows (a pull cut off after the push may have left the cursor
        // before it): the conflict shows the newest value received (meetOpenConflicts), so the
        // choice is over that, and a value newer still meets it as a new conflict, never silently
        // overwritten.
        if (Status s = journal.resolveConflict(conflictId, QStringLiteral("mine"), m_actor, m_clock.now()); !s)
            return s;
        return journal.recordLocal(change, std::max(status->cursor, conflict.theirsSeq));
    });
}

Status SyncService::keepTheirs(const QString& conflictId)
{
    SyncJournal journal(m_laptop);
    return m_laptop.inTransaction([&]() -> Status {
        Result<std::optional<SyncConflict>> found = journal.conflict(conflictId);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{QObject::tr("That conflict has been settled already."), {}};
        return journal.resolveConflict(conflictId, QStringLiteral("theirs"), m_actor, m_clock.now());
    });
}

} // namespace waymark
