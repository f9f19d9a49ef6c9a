#include "core/interchange/ImportValidator.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/RecordConversion.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

namespace waymark {

namespace {

bool isExtension(const QString& key) { return key.startsWith(QLatin1String("x_")); }

// The lists whose records another record may name (a reference field's list): their ids are noted
// by the first reading, for what refers to them whatever the order of the lists. Another list's
// repeated ids are found as its records are checked, in order: a large provider's two million
// appointments are not noted twice, and the first reading is not held up by them.
const QSet<QString>& referencedLists()
{
    static const QSet<QString> lists = [] {
        QSet<QString> out;
        for (const KindSpec& kind : InterchangeSchema::kinds())
            for (const FieldSpec& field : kind.fields)
                if (field.kind == FieldKind::Reference)
                    out.insert(field.refList);
        return out;
    }();
    return lists;
}

QString inQuotes(const QString& text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString number(double value) { return QString::number(value, 'g', 12); }

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QObject::tr("text");
    case QJsonValue::Double:
        return QObject::tr("a number");
    case QJsonValue::Bool:
        return QObject::tr("true/false");
    case QJsonValue::Array:
        return QObject::tr("a list");
    case QJsonValue::Object:
        return QObject::tr("an object");
    default:
        return QObject::tr("null");
    }
}

std::optional<qlonglong> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qlonglong>(d);
}

} // namespace

ImportValidator::ImportValidator(Existing existing)
    : m_existing(std::move(existing))
{
}

void ImportValidator::error(const QString& path, const QString& reason)
{
    m_errors << path + QStringLiteral(": ") + reason;
}

const QSet<QString>& ImportValidator::existingIds(const QString& list)
{
    auto it = m_databaseIds.find(list);
    if (it == m_databaseIds.end())
        it = m_databaseIds.insert(list, m_existing.liveIds ? m_existing.liveIds(list)
                                                           : QSet<QString>());
    return *it;
}

void ImportValidator::checkRoot(const InterchangeSource& source)
{
    const QJsonValue format = source.rootValue(QStringLiteral("format"));
    if (format.isUndefined() || format.isNull())
        error(QStringLiteral("format"), QObject::tr("is required and must be \"waymark\""));
    else if (format.toString() != QLatin1String("waymark"))
        error(QStringLiteral("format"), QObject::tr("must be \"waymark\""));

    const QJsonValue version = source.rootValue(QStringLiteral("version"));
    if (version.isUndefined() || version.isNull())
        error(QStringLiteral("version"),
              QObject::tr("is required and must be %1").arg(InterchangeSchema::FormatVersion));
    else if (wholeNumber(version) != qlonglong(InterchangeSchema::FormatVersion))
        error(QStringLiteral("version"),
              QObject::tr("must be %1 (this version of Waymark reads format version %1)")
                  .arg(InterchangeSchema::FormatVersion));

    const QJsonValue exportedAt = source.rootValue(QStringLiteral("exported_at"));
    if (!exportedAt.isUndefined() && !exportedAt.isNull()
        && !LocalTime::parseIsoDateTimeUtc(exportedAt.toString()).isValid())
        error(QStringLiteral("exported_at"),
              QObject::tr("must be a UTC date-time like 2026-07-01T09:00:00Z"));

    for (const QString& key : source.rootKeys()) {
        if (isExtension(key) || key == QLatin1String("format") || key == QLatin1String("version")
            || key == QLatin1String("exported_at") || InterchangeSchema::kind(key))
            continue;
        error(key, QObject::tr("unknown key"));
    }
}

QString ImportValidator::FieldPath::text() const
{
    return QStringLiteral("%1[%2].%3").arg(list).arg(index).arg(key);
}

ImportValidator::Columns::Columns(const TableLayout& layout)
{
    for (qsizetype c = 0; c < layout.columns.size(); ++c)
        own.insert(layout.columns.at(c), int(c));
    for (const ChildLayout& child : layout.children) {
        QHash<QString, int> places;
        for (qsizetype c = 0; c < child.columns.size(); ++c)
            places.insert(child.columns.at(c), int(c) + 1);
        children << places;
    }
}

QVariant ImportValidator::Pending::value(const QString& key) const
{
    const int column = columns->own.value(key, -1);
    return column < 0 ? QVariant() : record.columns.at(column);
}

void ImportValidator::Pending::set(const QString& key, QVariant value)
{
    if (const int column = columns->own.value(key, -1); column >= 0)
        record.columns[column] = std::move(value);
}

QVector<QVariant> ImportValidator::Pending::childRow(qsizetype list, const QString& id) const
{
    QVector<QVariant> row(columns->children.at(list).size() + 1);
    row[0] = id;
    return row;
}

void ImportValidator::Pending::setChild(QVector<QVariant>& row, qsizetype list, const QString& key,
                                        QVariant value) const
{
    if (const int place = columns->children.at(list).value(key, -1); place > 0)
        row[place] = std::move(value);
}

bool ImportValidator::convertField(const FieldSpec& field, int column, const QJsonValue& value, const FieldPath& at,
                                   Pending& pending)
{
    // Every column starts null (ColumnRecord::emptyOf): a field not given leaves it so.
    const bool missing = value.isUndefined() || value.isNull();
    if (missing) {
        if (field.required)
            error(at.text(), QObject::tr("is required"));
        return !field.required;
    }
    const auto put = [&pending, column](QVariant converted) {
        if (column >= 0)
            pending.record.columns[column] = std::move(converted);
    };

    auto mustBe = [&](const QString& what) {
        error(at.text(), QObject::tr("must be %1, not %2").arg(what, typeName(value)));
        return false;
    };
    auto inRange = [&](double d) {
        if ((field.min && d < *field.min) || (field.max && d > *field.max)) {
            error(at.text(), QObject::tr("must be %1 to %2").arg(number(*field.min), number(*field.max)));
            return false;
        }
        return true;
    };

    switch (field.kind) {
    case FieldKind::String:
    case FieldKind::Reference: {
        if (!value.isString())
            return mustBe(QObject::tr("text"));
        const QString text = value.toString();
        if (field.required && text.trimmed().isEmpty()) {
            error(at.text(), QObject::tr("must not be empty"));
            return false;
        }
        if (field.key == QLatin1String("id"))
            pending.record.id = text;
        else
            put(text);
        return true;
    }
    case FieldKind::Date:
        if (!value.isString() || !LocalTime::parseIsoDate(value.toString()).isValid()) {
            error(at.text(), QObject::tr("must be a date like 2026-07-01"));
            return false;
        }
        put(value.toString());
        return true;
    case FieldKind::DateTime:
        if (!value.isString() || !LocalTime::parseIsoDateTimeUtc(value.toString()).isValid()) {
            error(at.text(), QObject::tr("must be a UTC date-time like 2026-07-01T09:00:00Z"));
            return false;
        }
        put(value.toString());
        return true;
    case FieldKind::Integer: {
        const std::optional<qlonglong> n = wholeNumber(value);
        if (!n && value.isDouble()) {
            error(at.text(), QObject::tr("must be a whole number"));
            return false;
        }
        if (!n)
            return mustBe(QObject::tr("a whole number"));
        if (!inRange(double(*n)))
            return false;
        put(*n);
        return true;
    }
    case FieldKind::Number:
        if (!value.isDouble())
            return mustBe(QObject::tr("a number"));
        if (!inRange(value.toDouble()))
            return false;
        put(value.toDouble());
        return true;
    case FieldKind::Boolean:
        if (!value.isBool())
            return mustBe(QObject::tr("true or false"));
        put(value.toBool());
        return true;
    case FieldKind::Code: {
        const CodeList& list = ReferenceCodes::list(field.codeList);
        if (!value.isString())
            return mustBe(QObject::tr("a code"));
        if (!list.contains(value.toString())) {
            error(at.text(),
                  QObject::tr("%1 is not a code of %2 (%3)")
                      .arg(inQuotes(value.toString()), field.codeList, list.allCodes().join(QStringLiteral(", "))));
            return false;
        }
        put(value.toString());
        return true;
    }
    case FieldKind::AreaList:
        convertAreas(value, at.text(), pending);
        return true;
    case FieldKind::StageList:
        convertStages(value, at.text(), pending);
        return true;
    case FieldKind::NeedMap:
        convertNeeds(value, at, pending);
        return true;
    case FieldKind::StringList:
        convertTasks(value, at, pending);
        return true;
    case FieldKind::ScoreMap:
    case FieldKind::NoteMap:
        if (!value.isObject())
            return mustBe(QObject::tr("an object of area keys"));
        return true; // checked against the template in checkScores()
    }
    return true;
}

void ImportValidator::convertAreas(const QJsonValue& value, const QString& path, Pending& pending)
{
    if (!value.isArray()) {
        error(path, QObject::tr("must be a list of areas"));
        return;
    }
    const QJsonArray areas = value.toArray();
    if (areas.isEmpty())
        error(path, QObject::tr("must have at least one area"));
    QHash<QString, int> seen;
    QVector<QVector<QVariant>> rows;
    for (int i = 0; i < areas.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!areas.at(i).isObject()) {
            error(at, QObject::tr("must be an object with key, name and description"));
            continue;
        }
        const QJsonObject area = areas.at(i).toObject();
        for (auto it = area.constBegin(); it != area.constEnd(); ++it) {
            if (!isExtension(it.key()) && it.key() != QLatin1String("key")
                && it.key() != QLatin1String("name") && it.key() != QLatin1String("description"))
                error(at + QLatin1Char('.') + it.key(), QObject::tr("unknown key"));
        }
        const QJsonValue key = area.value(QStringLiteral("key"));
        const QJsonValue name = area.value(QStringLiteral("name"));
        const QJsonValue description = area.value(QStringLiteral("description"));
        if (!key.isString() || key.toString().trimmed().isEmpty()) {
            error(at + QStringLiteral(".key"), QObject::tr("is required"));
            continue;
        }
        if (seen.contains(key.toString()))
            error(at + QStringLiteral(".key"), QObject::tr("%1 is also the key of %2[%3]")
                                                   .arg(inQuotes(key.toString()), path)
                                                   .arg(seen.value(key.toString())));
        seen.insert(key.toString(), i);
        if (!name.isString() || name.toString().trimmed().isEmpty())
            error(at + QStringLiteral(".name"), QObject::tr("is required"));
        if (!description.isUndefined() && !description.isNull() && !description.isString())
            error(at + QStringLiteral(".description"), QObject::tr("must be text"));
        QVector<QVariant> row = pending.childRow(
            0, RecordConversion::derivedId(
                   QStringLiteral("star_templates/%1/area/%2").arg(pending.record.id, key.toString())));
        pending.setChild(row, 0, QStringLiteral("position"), qlonglong(i));
        pending.setChild(row, 0, QStringLiteral("area_key"), key.toString());
        pending.setChild(row, 0, QStringLiteral("name"), name.toString());
        pending.setChild(row, 0, QStringLiteral("description"),
                         description.isString() ? QVariant(description.toString()) : QVariant());
        rows << std::move(row);
    }
    pending.record.children[0] = std::move(rows);
}

void ImportValidator::convertStages(const QJsonValue& value, const QString& path,
                                    Pending& pending)
{
    if (!value.isArray()) {
        error(path, QObject::tr("must be a list of stages"));
        return;
    }
    const QJsonArray stages = value.toArray();
    const qlonglong scaleMin = pending.value(QStringLiteral("scale_min")).toLongLong();
    const qlonglong scaleMax = pending.value(QStringLiteral("scale_max")).toLongLong();
    QVector<QVector<QVariant>> rows;
    for (int i = 0; i < stages.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!stages.at(i).isObject()) {
            error(at, QObject::tr("must be an object with from, to and name"));
            continue;
        }
        const QJsonObject stage = stages.at(i).toObject();
        for (auto it = stage.constBegin(); it != stage.constEnd(); ++it) {
            if (!isExtension(it.key()) && it.key() != QLatin1String("from")
                && it.key() != QLatin1String("to") && it.key() != QLatin1String("name"))
                error(at + QLatin1Char('.') + it.key(), QObject::tr("unknown key"));
        }
        const std::optional<qlonglong> from = wholeNumber(stage.value(QStringLiteral("from")));
        const std::optional<qlonglong> to = wholeNumber(stage.value(QStringLiteral("to")));
        const QJsonValue name = stage.value(QStringLiteral("name"));
        bool good = true;
        for (const auto& [key, bound] : {std::pair{QStringLiteral("from"), from},
                                         std::pair{QStringLiteral("to"), to}}) {
            if (!bound) {
                error(at + QLatin1Char('.') + key, QObject::tr("must be a whole number"));
                good = false;
            } else if (*bound < scaleMin || *bound > scaleMax) {
                error(at + QLatin1Char('.') + key,
                      QObject::tr("must be %1 to %2 (the template's scale)").arg(scaleMin).arg(scaleMax));
                good = false;
            }
        }
        if (good && *from > *to)
            error(at + QStringLiteral(".to"), QObject::tr("must not be below from"));
        if (!name.isString() || name.toString().trimmed().isEmpty())
            error(at + QStringLiteral(".name"), QObject::tr("is required"));
        QVector<QVariant> row = pending.childRow(
            1, RecordConversion::derivedId(QStringLiteral("star_templates/%1/stage/%2").arg(pending.record.id).arg(i)));
        pending.setChild(row, 1, QStringLiteral("position"), qlonglong(i));
        pending.setChild(row, 1, QStringLiteral("score_from"), from ? QVariant(*from) : QVariant());
        pending.setChild(row, 1, QStringLiteral("score_to"), to ? QVariant(*to) : QVariant());
        pending.setChild(row, 1, QStringLiteral("name"), name.toString());
        rows << std::move(row);
    }
    pending.record.children[1] = rows;
}

void ImportValidator::convertNeeds(const QJsonValue& value, const FieldPath& path, Pending& pending)
{
    const QStringList needs = InterchangeSchema::needKeys();
    if (!value.isObject()) {
        error(path.text(), QObject::tr("must be an object with the keys %1").arg(needs.join(QStringLiteral(", "))));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isExtension(it.key()))
            continue;
        const auto at = [&path, &it] { return path.text() + QLatin1Char('.') + it.key(); };
        if (!needs.contains(it.key())) {
            error(at(), QObject::tr("unknown key (the needs are %1)").arg(needs.join(QStringLiteral(", "))));
            continue;
        }
        if (it.value().isNull())
            continue;
        if (!it.value().isString()) {
            error(at(), QObject::tr("must be text (a description, or \"none identified\")"));
            continue;
        }
        pending.set(QStringLiteral("need_") + it.key(), it.value().toString());
    }
}

void ImportValidator::convertTasks(const QJsonValue& value, const FieldPath& path, Pending& pending)
{
    if (!value.isArray()) {
        error(path.text(), QObject::tr("must be a list of tasks"));
        return;
    }
    const QJsonArray tasks = value.toArray();
    QVector<QVector<QVariant>> rows;
    for (int i = 0; i < tasks.size(); ++i) {
        if (!tasks.at(i).isString() || tasks.at(i).toString().trimmed().isEmpty()) {
            error(QStringLiteral("%1[%2]").arg(path.text()).arg(i), QObject::tr("must be a task's text"));
            continue;
        }
        QVector<QVariant> row = pending.childRow(
            0, RecordConversion::derivedId(QStringLiteral("goals/%1/task/%2").arg(pending.record.id).arg(i)));
        pending.setChild(row, 0, QStringLiteral("position"), qlonglong(i));
        pending.setChild(row, 0, QStringLiteral("task"), tasks.at(i).toString());
        rows << std::move(row);
    }
    pending.record.children[0] = std::move(rows);
}

void ImportValidator::survey(const InterchangeSource& source,
                             const std::function<void(const KindSpec& kind, const ItemFields& item)>& eachItem,
                             const QStringList& members)
{
    QStringList read = members;
    if (!read.contains(QStringLiteral("id")))
        read << QStringLiteral("id");
    const qsizetype idAt = read.indexOf(QStringLiteral("id"));
    m_errors.clear();
    m_fileIds.clear();
    m_itemCounts.clear();
    m_templates.reset();
    checkRoot(source);

    // Each list read on its own: what it notes is its own (its ids, its count), so that two can be
    // read at once, one on each core, while nothing else is being done yet.
    struct ListReading {
        const KindSpec* kind = nullptr;
        QHash<QString, int> ids;
        int items = 0;
        bool whole = true;
        bool notesIds = false; // a list a record may name
    };
    std::vector<ListReading> lists;
    for (const KindSpec& kind : InterchangeSchema::kinds())
        if (source.isList(kind.list))
            lists.push_back(ListReading{&kind, {}, 0, true, kind.hasId() && referencedLists().contains(kind.list)});
    const auto readList = [&](ListReading& list) {
        const KindSpec& kind = *list.kind;
        // Each id with the place it is first given, for what refers to it (checked record by
        // record later, whatever the order of the lists in the file) and to tell a repeat.
        // Counted here, not in `list` beside another thread's: one core's writes do not take the
        // other's cache line away from it for every record.
        int items = 0;
        QHash<QString, int> ids;
        const bool notesIds = list.notesIds;
        list.whole = source.forEachItemFields(kind.list, read, [&](int i, const ItemFields& item) {
            ++items;
            if (!item.isObject)
                return;
            if (notesIds) {
                const QJsonValue id = item.fields.at(idAt);
                if (id.isString() && !id.toString().trimmed().isEmpty() && !ids.contains(id.toString()))
                    ids.insert(id.toString(), i);
            }
            if (eachItem)
                eachItem(kind, item);
        });
        list.items = items;
        list.ids = std::move(ids);
    };
    if (source.readsListsAtOnce() && lists.size() > 1 && std::thread::hardware_concurrency() > 1) {
        // The largest first, each reader taking the next list when it is done with one.
        std::vector<ListReading*> order;
        for (ListReading& list : lists)
            order.push_back(&list);
        std::stable_sort(order.begin(), order.end(), [&source](const ListReading* a, const ListReading* b) {
            return source.listWeight(a->kind->list) > source.listWeight(b->kind->list);
        });
        std::atomic<size_t> next{0};
        const auto reader = [&order, &next, &readList]() {
            for (size_t at = next++; at < order.size(); at = next++)
                readList(*order.at(at));
        };
        // Joined however this thread leaves the block.
        std::jthread second(reader);
        reader();
    } else {
        for (ListReading& list : lists)
            readList(list);
    }

    // Reported in the order of the lists, however they were read.
    auto reading = lists.begin();
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        if (!source.isList(kind.list)) {
            const QJsonValue listValue = source.rootValue(kind.list);
            if (!listValue.isUndefined() && !listValue.isNull())
                error(kind.list, QObject::tr("must be a list"));
            continue;
        }
        if (reading->notesIds)
            m_fileIds.insert(kind.list, std::move(reading->ids));
        m_itemCounts.insert(kind.list, reading->items);
        if (!reading->whole)
            changedWhileRead(kind.list);
        ++reading;
    }
}

void ImportValidator::check(const InterchangeSource& source, const KindSpec& kind,
                            const std::function<void(ColumnRecord&& record)>& accept)
{
    if (!source.isList(kind.list))
        return;
    const TableLayout layout = kind.layout();
    const Columns columns(layout);
    // Each field's column (a nested field's values are columns or child rows of their own).
    QVector<int> fieldColumns;
    for (const FieldSpec& field : kind.fields)
        fieldColumns << columns.own.value(field.key, -1);
    // Each record read as its fields, in the order of the list's FieldSpecs: a list has hundreds
    // of thousands of records, each with a dozen fields.
    QStringList keys;
    for (const FieldSpec& field : kind.fields)
        keys << field.key;
    const qsizetype scoresAt = keys.indexOf(QStringLiteral("scores"));
    const qsizetype notesAt = keys.indexOf(QStringLiteral("notes"));
    // Each id with the place it is first given: noted by the first reading for a list others refer
    // to, otherwise here as the records are read (the first place is the same either way).
    const auto noted = m_fileIds.constFind(kind.list);
    const bool idsNoted = noted != m_fileIds.constEnd();
    // One past each place, 0 being "not yet": an id is looked for and noted in one search.
    QHash<QString, int> idsSoFar;
    QHash<QString, int> naturalKeys; // the records without an id, by what identifies them
    // Values that must be unique, with their place in the file and their owner in the database.
    struct Unique {
        QString key;
        QHash<QString, QString> owners;
        QHash<QString, int> inFile;
    };
    QVector<Unique> uniques;
    for (const FieldSpec& field : kind.fields)
        if (field.unique)
            uniques << Unique{field.key,
                              m_existing.uniqueOwners ? m_existing.uniqueOwners(kind.list, field.key)
                                                      : QHash<QString, QString>(),
                              {}};

    int items = 0;
    const bool whole = source.forEachItemFields(kind.list, keys, [&](int i, const ItemFields& item) {
        ++items;
        const auto path = [&kind, i] { return QStringLiteral("%1[%2]").arg(kind.list).arg(i); };
        const qsizetype errorsBefore = m_errors.size();
        if (!item.isObject) {
            error(path(), QObject::tr("must be an object"));
            return;
        }
        Pending pending;
        pending.kind = &kind;
        pending.columns = &columns;
        pending.index = i;
        pending.record = ColumnRecord::emptyOf(layout);
        for (const QString& key : item.otherKeys)
            if (!isExtension(key))
                error(path() + QLatin1Char('.') + key, QObject::tr("unknown key"));
        bool keyed = true;
        for (qsizetype f = 0; f < kind.fields.size(); ++f) {
            const FieldSpec& field = kind.fields.at(f);
            const bool good =
                convertField(field, fieldColumns.at(f), item.fields.at(f), FieldPath{kind.list, i, field.key}, pending);
            if (!good && (field.key == QLatin1String("id") || kind.naturalKey.contains(field.key)))
                keyed = false;
        }
        if (!kind.hasId() && keyed) {
            QStringList parts{kind.list};
            for (const QString& key : kind.naturalKey)
                parts << pending.value(key).toString();
            pending.record.id = RecordConversion::derivedId(parts.join(QLatin1Char('/')));
            if (const auto first = naturalKeys.constFind(pending.record.id); first != naturalKeys.constEnd()) {
                QStringList described;
                for (qsizetype k = 0; k < kind.naturalKey.size(); ++k)
                    described << kind.naturalKey.at(k) + QLatin1Char(' ') + inQuotes(parts.at(k + 1));
                error(path(), QObject::tr("%1 is already given at %2[%3]")
                                  .arg(described.join(QStringLiteral(" and ")), kind.list)
                                  .arg(*first));
            } else {
                naturalKeys.insert(pending.record.id, i);
            }
        } else if (kind.hasId() && keyed) {
            int first = i;
            if (idsNoted) {
                first = noted->value(pending.record.id, i);
            } else {
                int& place = idsSoFar[pending.record.id];
                if (place == 0)
                    place = i + 1;
                first = place - 1;
            }
            if (first != i)
                error(
                    path() + QStringLiteral(".id"),
                    QObject::tr("%1 is also the id of %2[%3]").arg(inQuotes(pending.record.id), kind.list).arg(first));
        }

        for (const FieldSpec& field : kind.fields) {
            if (field.notBefore.isEmpty())
                continue;
            const QVariant mine = pending.value(field.key);
            const QVariant other = pending.value(field.notBefore);
            if (!mine.isNull() && !other.isNull() && mine.toString() < other.toString())
                error(path() + QLatin1Char('.') + field.key, QObject::tr("must not be before %1").arg(field.notBefore));
        }
        if (kind.list == QLatin1String("star_templates")) {
            const QVariant low = pending.value(QStringLiteral("scale_min"));
            const QVariant high = pending.value(QStringLiteral("scale_max"));
            if (!low.isNull() && !high.isNull() && low.toLongLong() >= high.toLongLong())
                error(path() + QStringLiteral(".scale_max"), QObject::tr("must be above scale_min"));
            noteTemplate(pending);
        } else if (kind.list == QLatin1String("star_assessments")) {
            convertScores(item.fields.value(scoresAt), item.fields.value(notesAt), pending);
        }
        for (Unique& unique : uniques) {
            const QString value = pending.value(unique.key).toString();
            if (value.isEmpty())
                continue;
            const QString at = path() + QLatin1Char('.') + unique.key;
            if (const auto first = unique.inFile.constFind(value); first != unique.inFile.constEnd())
                error(at, QObject::tr("%1 is also used by %2[%3]").arg(inQuotes(value), kind.list).arg(*first));
            else
                unique.inFile.insert(value, i);
            const QString owner = unique.owners.value(value);
            if (!owner.isEmpty() && owner != pending.record.id)
                error(at, QObject::tr("%1 is already used by the record with id %2 in the database")
                              .arg(inQuotes(value), inQuotes(owner)));
        }
        checkReferences(pending);
        if (m_errors.size() == errorsBefore)
            accept(std::move(pending.record));
    });
    // A file changed, cut short or gone (a share that dropped) since its first reading.
    if (!whole || items != m_itemCounts.value(kind.list))
        changedWhileRead(kind.list);
}

void ImportValidator::changedWhileRead(const QString& list)
{
    error(list, QObject::tr("could not be read again as it was first read: the file changed or could not be read "
                            "while it was imported"));
}

void ImportValidator::checkReferences(const Pending& p)
{
    for (const FieldSpec& field : p.kind->fields) {
        if (field.kind != FieldKind::Reference)
            continue;
        const QVariant value = p.value(field.key);
        if (value.isNull())
            continue;
        const QString id = value.toString();
        if (const auto file = m_fileIds.constFind(field.refList); file != m_fileIds.constEnd() && file->contains(id))
            continue;
        if (existingIds(field.refList).contains(id))
            continue;
        error(QStringLiteral("%1[%2].%3").arg(p.kind->list).arg(p.index).arg(field.key),
              QObject::tr("no %1 record has the id %2").arg(field.refList, inQuotes(id)));
    }
}

const QHash<QString, ImportValidator::TemplateInfo>& ImportValidator::templates()
{
    if (!m_templates)
        m_templates = m_existing.templates ? m_existing.templates() : QHash<QString, TemplateInfo>();
    return *m_templates;
}

void ImportValidator::noteTemplate(const Pending& pending)
{
    templates();
    TemplateInfo info;
    info.scaleMin = pending.value(QStringLiteral("scale_min")).toInt();
    info.scaleMax = pending.value(QStringLiteral("scale_max")).toInt();
    const int areaKey = pending.columns->children.value(0).value(QStringLiteral("area_key"), -1);
    for (const QVector<QVariant>& area : pending.record.children.value(0))
        info.areaKeys.insert(area.value(areaKey).toString());
    m_templates->insert(pending.record.id, info);
}

void ImportValidator::convertScores(const QJsonValue& scoresGiven, const QJsonValue& notesGiven, Pending& p)
{
    {
        const QString path = QStringLiteral("star_assessments[%1]").arg(p.index);
        const QString templateId = p.value(QStringLiteral("template_id")).toString();
        auto found = templates().constFind(templateId);
        if (found == templates().constEnd())
            return; // reported as a missing reference
        const TemplateInfo& info = *found;
        const QJsonObject scores = scoresGiven.toObject();
        const QJsonObject notes = notesGiven.toObject();

        // By area key, so the rows come out in a stable order.
        QMap<QString, QVector<QVariant>> rows;
        const QHash<QString, int>& places = p.columns->children.at(0);
        const int scorePlace = places.value(QStringLiteral("score"));
        const int notePlace = places.value(QStringLiteral("note"));
        auto rowFor = [&](const QString& key) -> QVector<QVariant>& {
            QVector<QVariant>& row = rows[key];
            if (row.isEmpty()) {
                row = p.childRow(0, RecordConversion::derivedId(
                                        QStringLiteral("star_assessments/%1/area/%2").arg(p.record.id, key)));
                p.setChild(row, 0, QStringLiteral("area_key"), key);
            }
            return row;
        };
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            const QString at = path + QStringLiteral(".scores.") + it.key();
            if (isExtension(it.key()))
                continue;
            if (!info.areaKeys.contains(it.key())) {
                error(at, QObject::tr("is not an area of the star template %1").arg(inQuotes(templateId)));
                continue;
            }
            if (it.value().isNull())
                continue;
            const std::optional<qlonglong> score = wholeNumber(it.value());
            if (!score || *score < info.scaleMin || *score > info.scaleMax) {
                error(at, QObject::tr("must be a whole number from %1 to %2")
                              .arg(info.scaleMin)
                              .arg(info.scaleMax));
                continue;
            }
            rowFor(it.key())[scorePlace] = *score;
        }
        for (auto it = notes.constBegin(); it != notes.constEnd(); ++it) {
            const QString at = path + QStringLiteral(".notes.") + it.key();
            if (isExtension(it.key()))
                continue;
            if (!info.areaKeys.contains(it.key())) {
                error(at, QObject::tr("is not an area of the star template %1").arg(inQuotes(templateId)));
                continue;
            }
            if (it.value().isNull())
                continue;
            if (!it.value().isString()) {
                error(at, QObject::tr("must be text"));
                continue;
            }
            rowFor(it.key())[notePlace] = it.value().toString();
        }
        p.record.children[0] = rows.values();
    }
}

} // namespace waymark
