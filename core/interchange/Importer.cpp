#include "core/interchange/Importer.h"

#include "core/domain/Clock.h"
#include "core/interchange/ImportValidator.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/BulkRecordWriter.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace waymark {

namespace {

// Line and column of a character offset, for a JSON syntax error a person can find.
QPair<int, int> lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

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
    return importJson(file.readAll(), QFileInfo(path).fileName(), actor);
}

Result<ImportSummary> Importer::importJson(QByteArray json, const QString& sourceName, const QString& actor)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error{QObject::tr("%1 is not valid JSON: %2 at line %3, column %4. Nothing was "
                                 "imported.")
                         .arg(sourceName, parseError.errorString())
                         .arg(line)
                         .arg(column),
                     {}};
    }
    if (!document.isObject())
        return Error{QObject::tr("%1 is not a Waymark interchange file: it must hold one JSON "
                                 "object. Nothing was imported.")
                         .arg(sourceName),
                     {}};
    json = QByteArray();
    QJsonObject object = document.object();
    document = QJsonDocument();
    return importObject(std::move(object), sourceName, actor);
}

Result<Importer::BulkPlan> Importer::planBulk(const QVector<QVector<StoredRecord>>& records) const
{
    const QVector<KindSpec>& kinds = InterchangeSchema::kinds();
    BulkPlan plan;
    plan.newRecords.resize(kinds.size());
    // A team server and a laptop that syncs send every new record on as a change of its own.
    if (m_database.isServer())
        return plan;
    Result<QString> origin = SyncJournal(m_database).origin();
    if (!origin)
        return origin.error();
    if (!origin.value().isEmpty())
        return plan;

    auto listOf = [&kinds](const QString& list) -> qsizetype {
        for (qsizetype k = 0; k < kinds.size(); ++k)
            if (kinds.at(k).list == list)
                return k;
        return -1;
    };
    RecordStore store(m_database);
    auto storedIds = [&store](const QString& table) { return store.allIds(table); };

    // People new to this database, and who each support period and plan of the file is about.
    const qsizetype people = listOf(QStringLiteral("service_users"));
    Result<QSet<QString>> storedPeople = storedIds(QStringLiteral("service_users"));
    if (!storedPeople)
        return storedPeople.error();
    for (const StoredRecord& r : records.at(people))
        if (!storedPeople->contains(r.id))
            plan.newPeople << r.id;
    if (plan.newPeople.isEmpty() && records.at(listOf(QStringLiteral("sessions"))).isEmpty())
        return plan;
    QHash<QString, QString> periodPerson;
    for (const StoredRecord& r : records.at(listOf(QStringLiteral("support_periods"))))
        periodPerson.insert(r.id, r.values.value(QStringLiteral("service_user_id")).toString());
    // A plan's goals and reviews, and a risk assessment's risks, are the person's of its period.
    QHash<QString, QString> parentPerson;
    for (const QString& parents : {QStringLiteral("support_plans"), QStringLiteral("x_risk_assessments")})
        for (const StoredRecord& r : records.at(listOf(parents)))
            parentPerson.insert(r.id, periodPerson.value(r.values.value(QStringLiteral("support_period_id")).toString()));

    // Whose each record is: only the records of people this import brings in, and group
    // sessions (about no one), are stored together; anything of someone already here is saved
    // one by one, each change in their History as if made on screen.
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const QString& list = kinds.at(k).list;
        if (records.at(k).isEmpty())
            continue;
        std::function<QString(const StoredRecord&)> personOf;
        const auto value = [](const char* key) {
            return [key = QString::fromLatin1(key)](const StoredRecord& r) { return r.values.value(key).toString(); };
        };
        if (list == QLatin1String("service_users"))
            personOf = [](const StoredRecord& r) { return r.id; };
        else if (kinds.at(k).field(QStringLiteral("service_user_id")))
            personOf = value("service_user_id");
        else if (kinds.at(k).field(QStringLiteral("support_period_id")))
            personOf = [&periodPerson](const StoredRecord& r) {
                return periodPerson.value(r.values.value(QStringLiteral("support_period_id")).toString());
            };
        else if (const QString parent = kinds.at(k).field(QStringLiteral("support_plan_id"))
                                            ? QStringLiteral("support_plan_id")
                                            : QStringLiteral("risk_assessment_id");
                 kinds.at(k).field(parent))
            personOf = [&parentPerson, parent](const StoredRecord& r) {
                return parentPerson.value(r.values.value(parent).toString());
            };
        else if (list != QLatin1String("sessions"))
            continue;
        Result<QSet<QString>> stored = storedIds(list);
        if (!stored)
            return stored.error();
        QVector<bool>& together = plan.newRecords[k];
        together.resize(records.at(k).size());
        for (qsizetype i = 0; i < records.at(k).size(); ++i) {
            const StoredRecord& r = records.at(k).at(i);
            if (stored->contains(r.id))
                continue;
            if (personOf && !plan.newPeople.contains(personOf(r)))
                continue;
            together[i] = true;
            ++plan.total;
        }
    }
    // A smaller import is saved record by record, each in the History as "Recorded".
    if (plan.total < m_bulkFrom)
        return BulkPlan{QVector<QVector<bool>>(kinds.size()), {}, 0};
    return plan;
}

Result<ImportSummary> Importer::importObject(QJsonObject document, const QString& sourceName, const QString& actor)
{
    RecordStore store(m_database);
    ImportValidator::Existing existing;
    existing.liveIds = [&store](const QString& list) {
        Result<QSet<QString>> ids = store.liveIds(list);
        return ids ? ids.value() : QSet<QString>();
    };
    existing.uniqueOwners = [&store](const QString& list, const QString& column) {
        Result<QHash<QString, QString>> owners = store.uniqueOwners(list, column);
        return owners ? owners.value() : QHash<QString, QString>();
    };
    existing.templates = [&store]() { return templatesIn(store); };

    ImportValidator validator(existing);
    const QVector<QVector<StoredRecord>> records = validator.validate(document);
    document = QJsonObject();
    if (!validator.errors().isEmpty()) {
        const qsizetype count = validator.errors().size();
        return Error{count == 1 ? QObject::tr("%1 was not imported: 1 problem was found. Nothing "
                                              "was changed.")
                                      .arg(sourceName)
                                : QObject::tr("%1 was not imported: %2 problems were found. "
                                              "Nothing was changed.")
                                      .arg(sourceName)
                                      .arg(count),
                     validator.errors()};
    }

    ImportSummary summary;
    const QDateTime now = m_clock.now();
    const QVector<KindSpec>& kinds = InterchangeSchema::kinds();
    Result<BulkPlan> bulk = planBulk(records);
    if (!bulk)
        return Error{QObject::tr("%1 was not imported: %2 Nothing was changed.").arg(sourceName, bulk.error().message),
                     {}};
    Status written = m_database.inTransaction([&]() -> Status {
        BulkRecordWriter writer(m_database, actor, now);
        AuditTrail trail(m_database);
        if (Status s = trail.holdForBatch(); !s)
            return s;
        store.setAuditTrail(&trail);
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (records.at(k).isEmpty())
                continue;
            const TableLayout layout = kinds.at(k).layout();
            const QVector<bool>& together = bulk->newRecords.at(k);
            for (qsizetype i = 0; i < records.at(k).size(); ++i) {
                const StoredRecord& record = records.at(k).at(i);
                if (i < together.size() && together.at(i)) {
                    writer.add(layout, record);
                    ++summary.inserted;
                    continue;
                }
                Result<RecordStore::Change> change = store.save(layout, record, actor, now);
                if (!change)
                    return change.error();
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
            }
            summary.recordsPerList.insert(kinds.at(k).list, int(records.at(k).size()));
            // What a later list refers to is in the file before that list is written.
            if (Status s = writer.flush(); !s)
                return s;
        }
        // Each person the import brought in has one line in their History and the audit trail,
        // instead of one per record; the trail also keeps what the whole import was.
        for (const QString& person : bulk->newPeople) {
            writer.logImported(QStringLiteral("service_users"), person, sourceName);
            AuditEntry entry;
            entry.at = now;
            entry.actor = actor;
            entry.action = QStringLiteral("imported");
            entry.table = QStringLiteral("service_users");
            entry.recordId = person;
            entry.serviceUserId = person;
            entry.detail = sourceName;
            if (Status s = trail.append(entry); !s)
                return s;
        }
        if (bulk->total > 0) {
            AuditEntry entry;
            entry.at = now;
            entry.actor = actor;
            entry.action = QStringLiteral("imported");
            entry.detail = QObject::tr("%1: %n new record(s) stored together", nullptr, int(bulk->total)).arg(sourceName);
            if (Status s = trail.append(entry); !s)
                return s;
        }
        if (Status s = writer.flush(); !s)
            return s;
        if (Status s = store.flush(); !s)
            return s;
        return trail.flush();
    });
    if (!written)
        return Error{QObject::tr("%1 was not imported: %2 Nothing was changed.")
                         .arg(sourceName, written.error().message),
                     {}};
    return summary;
}

} // namespace waymark
