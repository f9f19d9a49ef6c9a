#include "core/interchange/Exporter.h"

#include "core/storage/AuditTrail.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace waymark {

namespace {

QJsonValue scalar(const FieldSpec& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (field.kind) {
    case FieldKind::Integer:
        return QJsonValue(value.toLongLong());
    case FieldKind::Number:
        return QJsonValue(value.toDouble());
    case FieldKind::Boolean:
        return QJsonValue(value.toLongLong() != 0);
    default:
        return QJsonValue(value.toString());
    }
}

QJsonObject toJson(const KindSpec& kind, const StoredRecord& record)
{
    QJsonObject object;
    for (const FieldSpec& field : kind.fields) {
        switch (field.kind) {
        case FieldKind::AreaList: {
            QJsonArray areas;
            for (const QVariantMap& row : record.children.value(0)) {
                QJsonObject area;
                area.insert(QStringLiteral("key"), row.value(QStringLiteral("area_key")).toString());
                area.insert(QStringLiteral("name"), row.value(QStringLiteral("name")).toString());
                const QVariant description = row.value(QStringLiteral("description"));
                area.insert(QStringLiteral("description"),
                            description.isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(description.toString()));
                areas << area;
            }
            object.insert(field.key, areas);
            break;
        }
        case FieldKind::StageList: {
            QJsonArray stages;
            for (const QVariantMap& row : record.children.value(1)) {
                QJsonObject stage;
                stage.insert(QStringLiteral("from"), row.value(QStringLiteral("score_from")).toLongLong());
                stage.insert(QStringLiteral("to"), row.value(QStringLiteral("score_to")).toLongLong());
                stage.insert(QStringLiteral("name"), row.value(QStringLiteral("name")).toString());
                stages << stage;
            }
            object.insert(field.key, stages);
            break;
        }
        case FieldKind::ScoreMap:
        case FieldKind::NoteMap: {
            const bool scores = field.kind == FieldKind::ScoreMap;
            QJsonObject map;
            for (const QVariantMap& row : record.children.value(0)) {
                const QVariant v = row.value(scores ? QStringLiteral("score") : QStringLiteral("note"));
                if (v.isNull())
                    continue;
                const QString key = row.value(QStringLiteral("area_key")).toString();
                map.insert(key, scores ? QJsonValue(v.toLongLong()) : QJsonValue(v.toString()));
            }
            object.insert(field.key, map);
            break;
        }
        case FieldKind::NeedMap: {
            QJsonObject needs;
            for (const QString& need : InterchangeSchema::needKeys()) {
                const QVariant v = record.values.value(QStringLiteral("need_") + need);
                needs.insert(need, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()));
            }
            object.insert(field.key, needs);
            break;
        }
        case FieldKind::StringList: {
            QJsonArray tasks;
            for (const QVariantMap& row : record.children.value(0))
                tasks << row.value(QStringLiteral("task")).toString();
            object.insert(field.key, tasks);
            break;
        }
        default:
            if (field.key == QLatin1String("id"))
                object.insert(field.key, record.id);
            else
                object.insert(field.key, scalar(field, record.values.value(field.key)));
            break;
        }
    }
    return object;
}

// The sort key of an exported record: its id, or for lists without ids, the fields naming it.
QString sortKey(const KindSpec& kind, const StoredRecord& record)
{
    if (kind.hasId())
        return record.id;
    QStringList parts;
    for (const QString& key : kind.naturalKey)
        parts << record.values.value(key).toString();
    return parts.join(QChar(0x1f));
}

} // namespace

Exporter::Exporter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QJsonObject> Exporter::exportAll() { return build({}); }

Result<QJsonObject> Exporter::exportServiceUser(const QString& serviceUserId)
{
    if (serviceUserId.isEmpty())
        return Error{QObject::tr("No service user was named."), {}};
    Result<QJsonObject> document = build(serviceUserId);
    if (!document)
        return document;
    // Their own access log: who looked at, printed or exported their record, and when.
    Result<QVector<AuditEntry>> accesses = AuditTrail(m_database).forServiceUser(serviceUserId);
    if (!accesses)
        return accesses.error();
    QJsonArray log;
    for (const AuditEntry& e : accesses.value())
        log << QJsonObject{{QStringLiteral("at"), LocalTime::isoDateTimeUtc(e.at)},
                           {QStringLiteral("by"), e.actor},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("detail"), e.detail}};
    QJsonObject withLog = document.value();
    withLog.insert(QStringLiteral("x_access_log"), log);
    return withLog;
}

QJsonObject Exporter::referenceLists()
{
    QJsonObject lists;
    for (const QString& name : ReferenceCodes::listNames()) {
        const CodeList& list = ReferenceCodes::list(name);
        QJsonArray codes;
        for (const Code& c : list.codes()) {
            QJsonObject entry{{QStringLiteral("code"), c.code}, {QStringLiteral("label"), c.label}};
            if (name == QLatin1String(ReferenceCodes::Accommodation))
                entry.insert(QStringLiteral("independent"), c.independent);
            codes << entry;
        }
        lists.insert(name, codes);
    }
    return lists;
}

Result<QJsonObject> Exporter::build(const QString& onlyServiceUser)
{
    RecordStore store(m_database);
    QJsonObject document;
    document.insert(QStringLiteral("format"), QStringLiteral("waymark"));
    document.insert(QStringLiteral("version"), InterchangeSchema::FormatVersion);
    document.insert(QStringLiteral("exported_at"), LocalTime::isoDateTimeUtc(m_clock.now()));

    QHash<QString, QVector<StoredRecord>> loaded;
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        Result<QVector<StoredRecord>> records = store.loadAll(kind.layout());
        if (!records)
            return records.error();
        loaded.insert(kind.list, records.value());
    }

    if (!onlyServiceUser.isEmpty()) {
        // A subject access request: the person, everything recorded about them, and the records
        // those refer to (their contracts, the staff named, the star templates used).
        auto keep = [&](const QString& list, auto predicate) {
            QVector<StoredRecord>& records = loaded[list];
            records.erase(std::remove_if(records.begin(), records.end(),
                                         [&](const StoredRecord& r) { return !predicate(r); }),
                          records.end());
        };
        auto value = [](const StoredRecord& r, const char* key) {
            return r.values.value(QString::fromLatin1(key)).toString();
        };
        auto ids = [&](const QString& list) {
            QSet<QString> out;
            for (const StoredRecord& r : loaded.value(list))
                out.insert(r.id);
            return out;
        };
        keep(QStringLiteral("service_users"), [&](const StoredRecord& r) { return r.id == onlyServiceUser; });
        if (loaded.value(QStringLiteral("service_users")).isEmpty())
            return Error{QObject::tr("There is no service user with the id %1.").arg(onlyServiceUser), {}};
        const auto ofPerson = [&](const StoredRecord& r) { return value(r, "service_user_id") == onlyServiceUser; };
        for (const char* list : {"referrals", "support_periods", "hospital_stays", "complaints",
                                 "incidents", "attendance"})
            keep(QString::fromLatin1(list), ofPerson);
        const QSet<QString> periods = ids(QStringLiteral("support_periods"));
        const auto ofPeriod = [&](const StoredRecord& r) { return periods.contains(value(r, "support_period_id")); };
        for (const char* list : {"appointments", "star_assessments", "outcomes", "support_plans",
                                 "withdrawal_reviews", "notes", "x_risk_assessments"})
            keep(QString::fromLatin1(list), ofPeriod);
        const QSet<QString> riskAssessments = ids(QStringLiteral("x_risk_assessments"));
        keep(QStringLiteral("x_risks"), [&](const StoredRecord& r) {
            return riskAssessments.contains(value(r, "risk_assessment_id"));
        });
        const QSet<QString> plans = ids(QStringLiteral("support_plans"));
        const auto ofPlan = [&](const StoredRecord& r) { return plans.contains(value(r, "support_plan_id")); };
        keep(QStringLiteral("goals"), ofPlan);
        keep(QStringLiteral("reviews"), ofPlan);

        QSet<QString> sessions;
        for (const StoredRecord& r : loaded.value(QStringLiteral("attendance")))
            sessions.insert(value(r, "session_id"));
        keep(QStringLiteral("sessions"), [&](const StoredRecord& r) { return sessions.contains(r.id); });

        QSet<QString> contracts;
        QSet<QString> staff;
        QSet<QString> templates;
        for (const char* list : {"referrals", "support_periods", "sessions"})
            for (const StoredRecord& r : loaded.value(QString::fromLatin1(list)))
                contracts.insert(value(r, "contract_id"));
        for (const StoredRecord& r : loaded.value(QStringLiteral("support_periods")))
            staff.insert(value(r, "key_worker_id"));
        for (const StoredRecord& r : loaded.value(QStringLiteral("appointments")))
            staff.insert(value(r, "staff_id"));
        for (const StoredRecord& r : loaded.value(QStringLiteral("notes")))
            staff.insert(value(r, "author_id"));
        for (const StoredRecord& r : loaded.value(QStringLiteral("star_assessments")))
            templates.insert(value(r, "template_id"));
        keep(QStringLiteral("contracts"), [&](const StoredRecord& r) { return contracts.contains(r.id); });
        for (const StoredRecord& r : loaded.value(QStringLiteral("contracts")))
            templates.insert(value(r, "star_template_id"));
        keep(QStringLiteral("staff"), [&](const StoredRecord& r) { return staff.contains(r.id); });
        keep(QStringLiteral("star_templates"), [&](const StoredRecord& r) { return templates.contains(r.id); });
    }

    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        QVector<StoredRecord> records = loaded.value(kind.list);
        std::sort(records.begin(), records.end(), [&](const StoredRecord& a, const StoredRecord& b) {
            return sortKey(kind, a) < sortKey(kind, b);
        });
        QJsonArray array;
        for (const StoredRecord& record : records)
            array << toJson(kind, record);
        document.insert(kind.list, array);
    }
    document.insert(QStringLiteral("x_reference"), referenceLists());
    return document;
}

Status Exporter::writeFile(const QJsonObject& document, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QObject::tr("%1 cannot be written: %2").arg(shown, file.errorString()), {}};
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QObject::tr("%1 could not be saved: %2").arg(shown, file.errorString()), {}};
    return {};
}

} // namespace waymark
