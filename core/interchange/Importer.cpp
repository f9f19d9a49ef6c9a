#include "core/interchange/Importer.h"

#include "core/domain/Clock.h"
#include "core/interchange/ImportValidator.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

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

Result<ImportSummary> Importer::importJson(const QByteArray& json, const QString& sourceName,
                                           const QString& actor)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
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
    return importObject(document.object(), sourceName, actor);
}

Result<ImportSummary> Importer::importObject(const QJsonObject& document,
                                             const QString& sourceName, const QString& actor)
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
    Status written = m_database.inTransaction([&]() -> Status {
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (records.at(k).isEmpty())
                continue;
            const TableLayout layout = kinds.at(k).layout();
            for (const StoredRecord& record : records.at(k)) {
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
        }
        return {};
    });
    if (!written)
        return Error{QObject::tr("%1 was not imported: %2 Nothing was changed.")
                         .arg(sourceName, written.error().message),
                     {}};
    return summary;
}

} // namespace waymark
