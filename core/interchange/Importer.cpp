#include "core/interchange/Importer.h"

#include "core/domain/Clock.h"
#include "core/interchange/ImportValidator.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/interchange/JsonObjectSource.h"
#include "core/interchange/JsonTextSource.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/BulkRecordWriter.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncJournal.h"
#include "core/storage/WriteBehind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace waymark {

namespace {

QHash<QString, ImportValidator::TemplateInfo> templatesIn(RecordStore& store)
{
    QHash<QString, ImportValidator::TemplateInfo> out;
    const KindSpec* kind = InterchangeSchema::kind(QStringLiteral("star_templates"));
    Result<QVector<StoredRecord>> records = store.loadAll(kind->layout());
    if (!records)
        return out;
    for (const StoredRecord& r : records.value()) {
        ImportValidator::TemplateInfo info;
        info.scaleMin = r.values.value(QStringLiteral("scale_min")).toInt();
        info.scaleMax = r.values.value(QStringLiteral("scale_max")).toInt();
        for (const QVariantMap& area : r.children.value(0))
            info.areaKeys.insert(area.value(QStringLiteral("area_key")).toString());
        out.insert(r.id, info);
    }
    return out;
}

} // namespace

Importer::Importer(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<ImportSummary> Importer::importFile(const QString& path, const QString& actor)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error{QObject::tr("%1 does not exist.").arg(shown), {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QObject::tr("%1 cannot be read: %2").arg(shown, file.errorString()), {}};
    file.close();
    const QString name = QFileInfo(path).fileName();
    const std::unique_ptr<JsonTextSource> source = JsonTextSource::forFile(path);
    if (Status opened = source->open(name); !opened)
        return opened.error();
    return importSource(*source, name, actor);
}

Result<ImportSummary> Importer::importJson(const QByteArray& json, const QString& sourceName, const QString& actor)
{
    JsonTextSource source(json);
    if (Status opened = source.open(sourceName); !opened)
        return opened.error();
    return importSource(source, sourceName, actor);
}

Result<ImportSummary> Importer::importObject(QJsonObject document, const QString& sourceName, const QString& actor)
{
    const JsonObjectSource source(std::move(document));
    return importSource(source, sourceName, actor);
}

namespace {

// Whose a record of a list is: the field that says so, and what it names.
enum class Owner { Nobody, Person, Period, Parent, Session };
struct OwnerField {
    Owner owner = Owner::Nobody;
    QString key;
};

OwnerField ownerField(const KindSpec& kind)
{
    if (kind.list == QLatin1String("service_users"))
        return {Owner::Person, QStringLiteral("id")};
    if (kind.list == QLatin1String("sessions"))
        return {Owner::Session, {}};
    for (const auto& [key, owner] : {std::pair{QStringLiteral("service_user_id"), Owner::Person},
                                     std::pair{QStringLiteral("support_period_id"), Owner::Period},
                                     std::pair{QStringLiteral("support_plan_id"), Owner::Parent},
                                     std::pair{QStringLiteral("risk_assessment_id"), Owner::Parent}})
        if (kind.field(key))
            return {owner, key};
    return {};
}

// The person a record is of, from the value of its list's owner field: a person's id as it is,
// a support period's through the period, a plan's or risk assessment's through theirs.
QString personOf(Owner owner, QString value, const QHash<QString, QString>& parentPeriod,
                 const QHash<QString, QString>& periodPerson)
{
    if (owner == Owner::Parent)
        value = parentPeriod.value(value);
    if (owner == Owner::Parent || owner == Owner::Period)
        value = periodPerson.value(value);
    return value;
}

// Records stored together are written this many at a time, each time in the order of their ids:
// few enough to hold little memory, with one batch being read, one waiting and one being written
// (at 50,000 people, batches of 50,000 peaked at 2.1 GB and 20,000 at 1.6 GB, no slower).
constexpr qsizetype StoreTogetherAtOnce = 20000;
// While an import writes, its connection keeps this much of the file decrypted: each new
// batch's ids go all over their key's index, which at 2,000,000 appointments is about 100 MB,
// and with the usual 64 MB its pages were read, decrypted, encrypted and written again for every
// batch (456 s for the whole of a large provider's file, against 367 s with 384 MB).
constexpr int ImportCacheMegabytes = 384;

} // namespace

Importer::Survey::Survey()
{
    for (const KindSpec& kind : InterchangeSchema::kinds())
        lists[kind.list];
}

void Importer::Survey::note(const KindSpec& kind, const InterchangeSource::ItemFields& item)
{
    const auto text = [&item](const QString& key) { return item.fields.value(members().indexOf(key)).toString(); };
    ListNotes& notes = lists.at(kind.list);
    if (kind.list == QLatin1String("service_users"))
        notes.ids.insert(text(QStringLiteral("id")));
    else if (kind.list == QLatin1String("support_periods"))
        notes.owners.insert(text(QStringLiteral("id")), text(QStringLiteral("service_user_id")));
    else if (kind.list == QLatin1String("support_plans") || kind.list == QLatin1String("x_risk_assessments"))
        notes.owners.insert(text(QStringLiteral("id")), text(QStringLiteral("support_period_id")));
    const OwnerField owner = ownerField(kind);
    if (owner.owner == Owner::Session)
        notes.ids.insert(text(QStringLiteral("id")));
    else if (owner.owner != Owner::Nobody)
        ++notes.perOwner[text(owner.key)];
}

const QStringList& Importer::Survey::members()
{
    static const QStringList read{QStringLiteral("id"), QStringLiteral("service_user_id"),
                                  QStringLiteral("support_period_id"), QStringLiteral("support_plan_id"),
                                  QStringLiteral("risk_assessment_id")};
    return read;
}

Result<Importer::BulkPlan> Importer::planBulk(Survey survey) const
{
    BulkPlan plan;
    // A team server and a laptop that syncs send every new record on as a change of its own.
    if (m_database.isServer())
        return plan;
    Result<QString> origin = SyncJournal(m_database).origin();
    if (!origin)
        return origin.error();
    if (!origin.value().isEmpty())
        return plan;

    // People new to this database.
    Result<QSet<QString>> storedPeople = RecordStore(m_database).allIds(QStringLiteral("service_users"));
    if (!storedPeople)
        return storedPeople.error();
    for (const QString& person : std::as_const(survey.lists.at(QStringLiteral("service_users")).ids))
        if (!storedPeople->contains(person))
            plan.newPeople << person;
    plan.periodPerson = std::move(survey.lists.at(QStringLiteral("support_periods")).owners);
    plan.parentPeriod = std::move(survey.lists.at(QStringLiteral("support_plans")).owners);
    plan.parentPeriod.insert(survey.lists.at(QStringLiteral("x_risk_assessments")).owners);

    // Only the records of people this import brings in, and group sessions (about no one), are
    // stored together; anything of someone already here is saved one by one, each change in
    // their History as if made on screen. (A record of someone new cannot be in the database
    // already, short of a file that moves it from someone else: the count here is what decides
    // whether to store together at all, and each record is told apart when it is stored.)
    Result<QSet<QString>> storedSessions = RecordStore(m_database).allIds(QStringLiteral("sessions"));
    if (!storedSessions)
        return storedSessions.error();
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        const OwnerField owner = ownerField(kind);
        qsizetype count = 0;
        if (owner.owner == Owner::Session)
            for (const QString& session : std::as_const(survey.lists.at(kind.list).ids))
                if (!storedSessions->contains(session))
                    ++count;
        const QHash<QString, qsizetype>& perOwner = survey.lists.at(kind.list).perOwner;
        for (auto it = perOwner.constBegin(); it != perOwner.constEnd(); ++it)
            if (plan.newPeople.contains(personOf(owner.owner, it.key(), plan.parentPeriod, plan.periodPerson)))
                count += it.value();
        if (count > 0)
            plan.perList.insert(kind.list, count);
        plan.total += count;
    }
    // A smaller import is saved record by record, each in the History as "Recorded".
    plan.together = plan.total >= m_bulkFrom;
    if (!plan.together)
        plan.newPeople.clear();
    return plan;
}

Status Importer::storedIdsOf(BulkPlan& plan, const QString& list) const
{
    Result<QSet<QString>> ids = RecordStore(m_database).allIds(list);
    if (!ids)
        return ids.error();
    plan.storedIds.insert(list, ids.value());
    return {};
}

Result<bool> Importer::storedTogether(BulkPlan& plan, const KindSpec& kind, int ownerColumn,
                                      const ColumnRecord& record) const
{
    if (!plan.together || !plan.perList.contains(kind.list))
        return false;
    const OwnerField owner = ownerField(kind);
    if (owner.owner != Owner::Session) {
        const QString value =
            owner.key == QLatin1String("id") ? record.id : record.columns.value(ownerColumn).toString();
        if (!plan.newPeople.contains(personOf(owner.owner, value, plan.parentPeriod, plan.periodPerson)))
            return false;
    }
    return !plan.storedIds.value(kind.list).contains(record.id);
}

Result<ImportSummary> Importer::importSource(const InterchangeSource& source, const QString& sourceName,
                                             const QString& actor)
{
    RecordStore store(m_database);
    // Records stored together are written on a thread of their own while the next ones are read
    // and checked. Whatever reads or writes on this thread waits for those writes first: they
    // share the connection.
    WriteBehind behind(StoreTogetherAtOnce);
    // What is stored already that the checks need, read in the transaction before anything is
    // written (readFirst()): the ids of each list the file's records may name but the file does
    // not hold (any such reference is to a record stored already: a star template, a contract),
    // and the star templates (those of the file are added as they are checked). Read later, each
    // would wait for every write before it: at 10,000 people, two seconds of making the
    // appointments' indexes again.
    QHash<QString, QSet<QString>> storedIds;
    std::optional<QHash<QString, ImportValidator::TemplateInfo>> storedTemplates;
    const auto readFirst = [&]() {
        for (const KindSpec& kind : InterchangeSchema::kinds()) {
            if (!source.isList(kind.list))
                continue;
            for (const FieldSpec& field : kind.fields)
                if (field.kind == FieldKind::Reference && !source.isList(field.refList) &&
                    !storedIds.contains(field.refList))
                    if (Result<QSet<QString>> ids = store.liveIds(field.refList); ids)
                        storedIds.insert(field.refList, ids.value());
        }
        storedTemplates = templatesIn(store);
    };
    ImportValidator::Existing existing;
    existing.liveIds = [&store, &behind, &storedIds](const QString& list) {
        if (const auto read = storedIds.constFind(list); read != storedIds.constEnd())
            return *read;
        behind.wait();
        Result<QSet<QString>> ids = store.liveIds(list);
        return ids ? ids.value() : QSet<QString>();
    };
    existing.uniqueOwners = [&store, &behind](const QString& list, const QString& column) {
        behind.wait();
        Result<QHash<QString, QString>> owners = store.uniqueOwners(list, column);
        return owners ? owners.value() : QHash<QString, QString>();
    };
    existing.templates = [&store, &behind, &storedTemplates]() {
        if (storedTemplates)
            return *storedTemplates;
        behind.wait();
        return templatesIn(store);
    };

    // Read twice: first for the ids and whose each record is, then a list at a time, each record
    // checked and, while nothing is wrong, written. Every problem is found either way; when there
    // is one, the transaction is rolled back and nothing of the file is kept.
    ImportValidator validator(existing);
    Survey survey;
    // Noted from two threads at once, each list's apart.
    validator.survey(
        source, [&survey](const KindSpec& kind, const InterchangeSource::ItemFields& item) { survey.note(kind, item); },
        Survey::members());
    Result<BulkPlan> planned = planBulk(std::move(survey));
    if (!planned)
        return Error{
            QObject::tr("%1 was not imported: %2 Nothing was changed.").arg(sourceName, planned.error().message), {}};
    BulkPlan bulk = planned.value();

    ImportSummary summary;
    const QDateTime now = m_clock.now();
    const Error refused{QStringLiteral("the file has problems"), {}};
    m_database.setCacheMegabytes(ImportCacheMegabytes);
    // Records stored together are most of a large file: written once into the file, not into the
    // log first, when nothing else has it open (the command line's import, not the window's).
    const bool bulkWriting = bulk.together && m_database.beginBulkWriting();
    qsizetype storedTogetherCount = 0;
    bool checkedOnly = false;
    Status written = m_database.inTransaction([&]() -> Status {
        BulkRecordWriter writer(m_database, actor, now);
        AuditTrail trail(m_database);
        if (Status s = trail.holdForBatch(); !s)
            return s;
        store.setAuditTrail(&trail);
        readFirst();
        // What is stored already of each list stored together, read now rather than when the
        // list is reached, while the writes of the list before it are still under way. (A small
        // import stores nothing together, and reads none.)
        if (bulk.together)
            for (auto list = bulk.perList.constBegin(); list != bulk.perList.constEnd(); ++list)
                if (Status s = storedIdsOf(bulk, list.key()); !s)
                    return s;
        // Each person the import brings in has one line in their History and the audit trail,
        // instead of one per record. Written first, while the first records are being checked:
        // the writing thread would otherwise wait for them, and the lines wait for nothing (should
        // the file have a problem, they are rolled back with the rest). The trail is sealed on
        // the writing thread: this one appends to it only once the writes are done (behind.wait()).
        if (!bulk.newPeople.isEmpty())
            behind.post(
                [&writer, &trail, &bulk, &sourceName, &actor, now]() -> Status {
                    QVector<QVariantList> entries;
                    entries.reserve(bulk.newPeople.size());
                    for (const QString& person : std::as_const(bulk.newPeople)) {
                        writer.logImported(QStringLiteral("service_users"), person, sourceName);
                        AuditEntry entry;
                        entry.at = now;
                        entry.actor = actor;
                        entry.action = QStringLiteral("imported");
                        entry.table = QStringLiteral("service_users");
                        entry.recordId = person;
                        entry.serviceUserId = person;
                        entry.detail = sourceName;
                        Result<QVariantList> sealed = trail.seal(entry);
                        if (!sealed)
                            return sealed.error();
                        entries << sealed.value();
                    }
                    if (Status s = writer.writeRows(AuditTrail::table(), AuditTrail::columns(), entries); !s)
                        return s;
                    return writer.flush();
                },
                0);
        // The batches handed over, emptied here once written, and each one's room used again for
        // a later batch. Letting go of a batch's room (a megabyte) had glibc's allocator (before
        // jemalloc) sort out every small piece of memory freed since the last time, each time: at
        // 50,000 people, 14 s.
        struct Batch {
            QVector<ColumnRecord> records;
            // Set by the writing thread once it is done with the records: its reads of them are
            // seen as done (release, acquire) before they are freed here.
            std::atomic<bool> written{false};
        };
        std::vector<std::shared_ptr<Batch>> handedOver;
        std::vector<std::shared_ptr<Batch>> emptied;
        const auto letGoOfWritten = [&handedOver, &emptied]() {
            std::erase_if(handedOver, [&emptied](const auto& batch) {
                if (!batch->written.load(std::memory_order_acquire))
                    return false;
                batch->records.clear(); // the records freed, the room kept
                batch->written.store(false, std::memory_order_relaxed);
                emptied.push_back(batch);
                return true;
            });
        };
        const auto nextBatch = [&emptied, &letGoOfWritten]() {
            letGoOfWritten();
            if (emptied.empty())
                return std::make_shared<Batch>();
            auto batch = std::move(emptied.back());
            emptied.pop_back();
            return batch;
        };
        for (const KindSpec& kind : InterchangeSchema::kinds()) {
            const TableLayout layout = kind.layout();
            // Where the field naming whose a record is sits in its columns (-1: none, or its id).
            const int ownerColumn = int(layout.columns.indexOf(ownerField(kind).key));
            const qsizetype expected = bulk.perList.value(kind.list);
            behind.post(
                [&writer, layout, expected]() -> Status {
                    writer.expect(layout, expected);
                    return {};
                },
                0);
            // Records to be stored together, handed to the writing thread so many at a time.
            auto together = nextBatch();
            const auto handOver = [&]() {
                handedOver.push_back(together);
                const qsizetype weight = together->records.size();
                behind.post(
                    [&writer, layout, batch = std::exchange(together, nextBatch())]() {
                        for (const ColumnRecord& r : std::as_const(batch->records))
                            writer.add(layout, r);
                        const Status flushed = writer.flush();
                        // The writer holds none of the records once flush() returns, written or not.
                        batch->written.store(true, std::memory_order_release);
                        return flushed;
                    },
                    weight);
                // The batch before the one now waiting has been written by now: the writing
                // thread let go of it before it took the next.
                letGoOfWritten();
            };
            Status failed;
            int count = 0;
            validator.check(source, kind, [&](ColumnRecord&& record) {
                ++count;
                if (m_stop && *m_stop && failed)
                    failed = Error{QObject::tr("Stopped before the end."), {}};
                // Once anything is wrong, the rest is only checked, for the problems to report.
                if (!failed || !validator.errors().isEmpty() || behind.failed())
                    return;
                Result<bool> isTogether = storedTogether(bulk, kind, ownerColumn, record);
                if (!isTogether) {
                    failed = isTogether.error();
                    return;
                }
                if (isTogether.value()) {
                    record.makeTextUtf8();
                    together->records.append(std::move(record));
                    ++summary.inserted;
                    ++storedTogetherCount;
                    if (together->records.size() >= StoreTogetherAtOnce)
                        handOver();
                    return;
                }
                // Saved one by one, a record is compared with what is stored, by its indexes.
                if (Status s = behind.wait(); !s) {
                    failed = s;
                    return;
                }
                if (Status kept = writer.keepIndexes(layout); !kept) {
                    failed = kept;
                    return;
                }
                Result<RecordStore::Change> change = store.save(layout, record.toStored(layout), actor, now);
                if (!change) {
                    failed = change.error();
                    return;
                }
                switch (change.value()) {
                case RecordStore::Change::Inserted:
                    ++summary.inserted;
                    break;
                case RecordStore::Change::Updated:
                    ++summary.updated;
                    break;
                case RecordStore::Change::Unchanged:
                    ++summary.unchanged;
                    break;
                }
            });
            if (!failed) {
                behind.wait();
                return failed;
            }
            if (Status s = behind.failed() ? behind.wait() : Status(); !s)
                return s;
            if (!validator.errors().isEmpty())
                continue;
            handOver();
            // What a later list refers to is written before that list is (the writes are done in
            // order), with the list's indexes made again.
            behind.post([&writer]() { return writer.finish(); }, 0);
            if (count > 0)
                summary.recordsPerList.insert(kind.list, count);
        }
        if (Status s = behind.wait(); !s)
            return s;
        if (!validator.errors().isEmpty())
            return refused;
        // The trail also keeps what the whole import was.
        if (storedTogetherCount > 0) {
            AuditEntry entry;
            entry.at = now;
            entry.actor = actor;
            entry.action = QStringLiteral("imported");
            entry.detail =
                QObject::tr("%1: %n new record(s) stored together", nullptr, int(storedTogetherCount)).arg(sourceName);
            if (Status s = trail.append(entry); !s)
                return s;
        }
        if (Status s = writer.finish(); !s)
            return s;
        if (Status s = store.flush(); !s)
            return s;
        if (Status s = trail.flush(); !s)
            return s;
        if (!m_checkOnly)
            return {};
        // Everything was checked and written as it would be; the transaction is rolled back.
        checkedOnly = true;
        return Error{QStringLiteral("only checked"), {}};
    });
    if (bulkWriting)
        m_database.endBulkWriting();
    m_database.setCacheMegabytes(Database::DefaultCacheMegabytes);
    if (!validator.errors().isEmpty()) {
        const qsizetype count = validator.errors().size();
        return Error{count == 1
                         ? QObject::tr("%1 was not imported: 1 problem was found. Nothing was changed.").arg(sourceName)
                         : QObject::tr("%1 was not imported: %2 problems were found. Nothing was changed.")
                               .arg(sourceName)
                               .arg(count),
                     validator.errors()};
    }
    if (!written && !checkedOnly)
        return Error{
            QObject::tr("%1 was not imported: %2 Nothing was changed.").arg(sourceName, written.error().message), {}};
    return summary;
}

} // namespace waymark
