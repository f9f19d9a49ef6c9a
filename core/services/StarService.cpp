#include "core/services/StarService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/interchange/RecordConversion.h"
#include "core/rules/StarChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordWriter.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/StarRepository.h"
#include "core/storage/SupportPeriodRepository.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("StarService", text);
}

} // namespace

StarService::StarService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<QString> StarService::record(StarAssessment a)
{
    m_problems.clear();
    Result<std::optional<SupportPeriod>> period = SupportPeriodRepository(m_context.database).find(a.supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{t(QT_TRANSLATE_NOOP("StarService", "An assessment belongs to a support period; this one is no longer on record.")), {}};
    if (a.templateId.isEmpty()) {
        Result<std::optional<Contract>> contract = ContractRepository(m_context.database).find((*period)->contractId);
        if (!contract)
            return contract.error();
        a.templateId = contract->value_or(Contract{}).starTemplateId;
    }
    Result<std::optional<StarTemplate>> star = StarRepository(m_context.database).findTemplate(a.templateId);
    if (!star)
        return star.error();
    if (!star->has_value())
        return Error{t(QT_TRANSLATE_NOOP("StarService", "The contract has no star template to assess with.")), {}};
    m_problems = StarChecks::assessment(a, **star, **period, LocalTime::londonDate(m_context.clock.now()));
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    if (a.id.isEmpty())
        a.id = RecordWriter::newId();
    QVector<QVariantMap> rows;
    for (const StarArea& area : (*star)->areas) {
        const bool scored = a.scores.contains(area.key);
        const QString note = a.notes.value(area.key).trimmed();
        if (!scored && note.isEmpty())
            continue;
        rows << QVariantMap{
            {QStringLiteral("id"), RecordConversion::derivedId(QStringLiteral("star_assessments/%1/area/%2").arg(a.id, area.key))},
            {QStringLiteral("area_key"), area.key},
            {QStringLiteral("score"), scored ? QVariant(qlonglong(a.scores.value(area.key))) : QVariant()},
            {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)},
        };
    }
    const QVariantMap values{{QStringLiteral("support_period_id"), a.supportPeriodId},
                             {QStringLiteral("template_id"), a.templateId},
                             {QStringLiteral("assessed_on"), LocalTime::isoDate(a.assessedOn)},
                             {QStringLiteral("completed_by"), a.completedBy}};
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction(
        [&] { return writer.saveWithRows(QStringLiteral("star_assessments"), a.id, values, {rows}); });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged((*period)->serviceUserId);
    return a.id;
}

Result<QString> StarService::saveTemplate(StarTemplate star)
{
    star.name = star.name.trimmed();
    for (StarArea& a : star.areas) {
        a.key = a.key.trimmed();
        a.name = a.name.trimmed();
        a.description = a.description.trimmed();
    }
    m_problems = StarChecks::starTemplate(star);
    if (!star.id.isEmpty()) {
        // Keys scored by assessments already made cannot go: their scores would be orphaned.
        Result<QStringList> used = StarRepository(m_context.database).scoredAreaKeys(star.id);
        if (!used)
            return used.error();
        for (const QString& key : used.value())
            if (std::none_of(star.areas.begin(), star.areas.end(), [&](const StarArea& a) { return a.key == key; }))
                m_problems << FieldProblem{QStringLiteral("areas"),
                                           t(QT_TRANSLATE_NOOP("StarService", "Assessments already score the area \"%1\": "
                                                               "it cannot be removed or renamed."))
                                               .arg(key)};
    }
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    QString id;
    Status written = writer.inTransaction([&]() -> Status {
        Result<QString> saved = writeTemplate(writer, star);
        if (!saved)
            return saved.error();
        id = saved.value();
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Status StarService::addTemplates(const QVector<StarTemplate>& templates)
{
    m_problems.clear();
    StarRepository repository(m_context.database);
    for (const StarTemplate& star : templates) {
        Result<std::optional<StarTemplate>> existing = repository.findTemplate(star.id);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{t(QT_TRANSLATE_NOOP("StarService", "A star with the id \"%1\" (%2) is already here: nothing was loaded. "
                                             "Edit that star instead, or give the file's star another id."))
                             .arg(star.id, (*existing)->name),
                         {}};
        for (const FieldProblem& p : StarChecks::starTemplate(star))
            if (p.isError())
                m_problems << p;
        if (hasErrors(m_problems))
            return Error{t(QT_TRANSLATE_NOOP("StarService", "%1 is not a valid star: nothing was loaded.")).arg(star.name), {}};
    }
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    return writer.inTransaction([&]() -> Status {
        for (const StarTemplate& star : templates)
            if (Result<QString> saved = writeTemplate(writer, star); !saved)
                return saved.error();
        return {};
    });
}

Result<QString> StarService::writeTemplate(RecordWriter& writer, StarTemplate star)
{
    if (star.id.isEmpty())
        star.id = RecordWriter::newId();
    QVector<QVariantMap> areas;
    for (qsizetype i = 0; i < star.areas.size(); ++i) {
        const StarArea& a = star.areas.at(i);
        areas << QVariantMap{
            {QStringLiteral("id"), RecordConversion::derivedId(QStringLiteral("star_templates/%1/area/%2").arg(star.id, a.key))},
            {QStringLiteral("position"), qlonglong(i)},
            {QStringLiteral("area_key"), a.key},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("description"), a.description.isEmpty() ? QVariant() : QVariant(a.description)}};
    }
    QVector<QVariantMap> stages;
    for (qsizetype i = 0; i < star.stages.size(); ++i) {
        const StarStage& s = star.stages.at(i);
        stages << QVariantMap{
            {QStringLiteral("id"), RecordConversion::derivedId(QStringLiteral("star_templates/%1/stage/%2").arg(star.id).arg(i))},
            {QStringLiteral("position"), qlonglong(i)},
            {QStringLiteral("score_from"), qlonglong(s.from)},
            {QStringLiteral("score_to"), qlonglong(s.to)},
            {QStringLiteral("name"), s.name.trimmed()}};
    }
    const QVariantMap values{{QStringLiteral("name"), star.name},
                             {QStringLiteral("scale_min"), qlonglong(star.scaleMin)},
                             {QStringLiteral("scale_max"), qlonglong(star.scaleMax)}};
    if (Status s = writer.saveWithRows(QStringLiteral("star_templates"), star.id, values, {areas, stages}); !s)
        return s.error();
    return star.id;
}

} // namespace waymark
