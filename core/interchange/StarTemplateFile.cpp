#include "core/interchange/StarTemplateFile.h"

#include "core/domain/LocalTime.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/rules/StarChecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace waymark::StarTemplateFile {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("StarTemplateFile", text);
}

std::optional<int> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
        return std::nullopt;
    return int(v.toDouble());
}

} // namespace

Result<QVector<StarTemplate>> fromJson(const QJsonObject& document)
{
    QStringList errors;
    const QJsonValue list = document.value(QStringLiteral("star_templates"));
    if (!list.isArray() || list.toArray().isEmpty())
        return Error{t(QT_TRANSLATE_NOOP("StarTemplateFile", "The file holds no star templates: it needs a \"star_templates\" list.")), {}};
    QVector<StarTemplate> out;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("star_templates[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        StarTemplate star;
        star.id = o.value(QStringLiteral("id")).toString();
        star.name = o.value(QStringLiteral("name")).toString();
        if (star.id.trimmed().isEmpty())
            errors << path + QStringLiteral(".id: ") + t(QT_TRANSLATE_NOOP("StarTemplateFile", "is required"));
        const std::optional<int> low = wholeNumber(o.value(QStringLiteral("scale_min")));
        const std::optional<int> high = wholeNumber(o.value(QStringLiteral("scale_max")));
        if (!low || !high)
            errors << path + QStringLiteral(".scale_min/scale_max: ") + t(QT_TRANSLATE_NOOP("StarTemplateFile", "must be whole numbers"));
        star.scaleMin = low.value_or(1);
        star.scaleMax = high.value_or(10);
        for (const QJsonValue& a : o.value(QStringLiteral("areas")).toArray()) {
            const QJsonObject area = a.toObject();
            star.areas << StarArea{area.value(QStringLiteral("key")).toString(), area.value(QStringLiteral("name")).toString(),
                                   area.value(QStringLiteral("description")).toString()};
        }
        const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
        for (qsizetype s = 0; s < stages.size(); ++s) {
            const QJsonObject stage = stages.at(s).toObject();
            const std::optional<int> from = wholeNumber(stage.value(QStringLiteral("from")));
            const std::optional<int> to = wholeNumber(stage.value(QStringLiteral("to")));
            if (!from || !to)
                errors << QStringLiteral("%1.stages[%2]: ").arg(path).arg(s)
                              + t(QT_TRANSLATE_NOOP("StarTemplateFile", "from and to must be whole numbers"));
            star.stages << StarStage{from.value_or(0), to.value_or(0), stage.value(QStringLiteral("name")).toString()};
        }
        for (const FieldProblem& p : StarChecks::starTemplate(star))
            if (p.isError())
                errors << path + QLatin1Char('.') + p.field + QStringLiteral(": ") + p.message;
        out << star;
    }
    if (!errors.isEmpty())
        return Error{t(QT_TRANSLATE_NOOP("StarTemplateFile", "The star templates were not loaded; %1 problem(s) to put right.")).arg(errors.size()),
                     errors};
    return out;
}

Result<QVector<StarTemplate>> read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{t(QT_TRANSLATE_NOOP("StarTemplateFile", "Cannot open %1: %2")).arg(path, file.errorString()), {}};
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return Error{t(QT_TRANSLATE_NOOP("StarTemplateFile", "%1 is not a JSON file (at character %2: %3).")).arg(path).arg(parse.offset).arg(parse.errorString()), {}};
    return fromJson(document.object());
}

QJsonObject toJson(const QVector<StarTemplate>& templates, const QDateTime& exportedAt)
{
    QJsonArray list;
    for (const StarTemplate& star : templates) {
        QJsonArray areas;
        for (const StarArea& a : star.areas)
            areas << QJsonObject{{QStringLiteral("key"), a.key}, {QStringLiteral("name"), a.name},
                                 {QStringLiteral("description"), a.description.isEmpty() ? QJsonValue() : QJsonValue(a.description)}};
        QJsonArray stages;
        for (const StarStage& s : star.stages)
            stages << QJsonObject{{QStringLiteral("from"), s.from}, {QStringLiteral("to"), s.to}, {QStringLiteral("name"), s.name}};
        list << QJsonObject{{QStringLiteral("id"), star.id},           {QStringLiteral("name"), star.name},
                            {QStringLiteral("scale_min"), star.scaleMin}, {QStringLiteral("scale_max"), star.scaleMax},
                            {QStringLiteral("areas"), areas},          {QStringLiteral("stages"), stages}};
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark")},
                       {QStringLiteral("version"), InterchangeSchema::FormatVersion},
                       {QStringLiteral("exported_at"), LocalTime::isoDateTimeUtc(exportedAt)},
                       {QStringLiteral("star_templates"), list}};
}

Status write(const QString& path, const QVector<StarTemplate>& templates, const QDateTime& exportedAt)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{t(QT_TRANSLATE_NOOP("StarTemplateFile", "Cannot write %1: %2")).arg(path, file.errorString()), {}};
    file.write(QJsonDocument(toJson(templates, exportedAt)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{t(QT_TRANSLATE_NOOP("StarTemplateFile", "Cannot write %1: %2")).arg(path, file.errorString()), {}};
    return {};
}

} // namespace waymark::StarTemplateFile
