#include "core/storage/StarRepository.h"

#include "core/storage/SqlValues.h"

#include <QHash>

#include <algorithm>

namespace waymark {

namespace {

// An assessment without its scores, row after row: its period, template and who completed it
// repeat from row to row (a period's assessments come together), and are made into text once
// for each run of them.
class AssessmentHeaders {
public:
    StarAssessment operator()(const SqlRow& q)
    {
        using namespace SqlValues;
        StarAssessment a;
        a.id = text(q, "id");
        a.supportPeriodId = q.text("support_period_id", m_period);
        a.templateId = q.text("template_id", m_template);
        a.assessedOn = date(q, "assessed_on");
        a.completedBy = q.text("completed_by", m_completedBy);
        return a;
    }

private:
    SqlRow::Kept m_period, m_template, m_completedBy;
};

} // namespace

Result<std::optional<StarTemplate>> StarRepository::findTemplate(const QString& id) const
{
    using namespace SqlValues;
    Result<QVector<StarTemplate>> templates =
        fetch<StarTemplate>(QStringLiteral("SELECT id, name, scale_min, scale_max FROM star_templates "
                                           "WHERE deleted = 0 AND id = ?"),
                            {id}, [](const SqlRow& q) {
                                StarTemplate t;
                                t.id = text(q, "id");
                                t.name = text(q, "name");
                                t.scaleMin = integer(q, "scale_min").value_or(1);
                                t.scaleMax = integer(q, "scale_max").value_or(10);
                                return t;
                            });
    if (!templates)
        return templates.error();
    if (templates->isEmpty())
        return std::optional<StarTemplate>();
    StarTemplate t = templates->first();
    Result<QVector<StarArea>> areas =
        fetch<StarArea>(QStringLiteral("SELECT area_key, name, description FROM star_template_areas "
                                       "WHERE deleted = 0 AND template_id = ? ORDER BY position"),
                        {id}, [](const SqlRow& q) {
                            return StarArea{text(q, "area_key"), text(q, "name"), text(q, "description")};
                        });
    if (!areas)
        return areas.error();
    Result<QVector<StarStage>> stages = fetch<StarStage>(
        QStringLiteral("SELECT score_from, score_to, name FROM star_template_stages "
                       "WHERE deleted = 0 AND template_id = ? ORDER BY position"),
        {id}, [](const SqlRow& q) {
            return StarStage{integer(q, "score_from").value_or(0), integer(q, "score_to").value_or(0), text(q, "name")};
        });
    if (!stages)
        return stages.error();
    t.areas = areas.value();
    t.stages = stages.value();
    return std::optional<StarTemplate>(t);
}

namespace {

void sortAssessmentsByDate(QVector<StarAssessment>& assessments)
{
    std::sort(assessments.begin(), assessments.end(), [](const StarAssessment& a, const StarAssessment& b) {
        return a.assessedOn != b.assessedOn ? a.assessedOn < b.assessedOn : a.id < b.id;
    });
}

} // namespace

Result<QVector<StarAssessment>> StarRepository::forServiceUser(const QString& serviceUserId) const
{
    using namespace SqlValues;
    // One read from the person's periods to their assessments and on to the scores (SQLite keeps
    // a CROSS JOIN's order). An assessment with no score left is still there, on a row whose
    // score columns are NULL.
    QVector<StarAssessment> out;
    QHash<QString, qsizetype> index;
    AssessmentHeaders headers;
    const Status read = forEachRow(
        QStringLiteral(
            "SELECT a.id, a.support_period_id, a.template_id, a.assessed_on, a.completed_by, s.area_key, "
            "s.score, s.note FROM support_periods p CROSS JOIN star_assessments a "
            "LEFT JOIN star_assessment_scores s ON s.assessment_id = a.id AND s.deleted = 0 "
            "WHERE a.support_period_id = p.id AND a.deleted = 0 AND p.deleted = 0 AND p.service_user_id = ?"),
        {serviceUserId}, [&](const SqlRow& q) {
            const QString id = text(q, "id");
            auto at = index.constFind(id);
            if (at == index.constEnd()) {
                at = index.insert(id, out.size());
                out << headers(q);
            }
            const QVariant area = raw(q, "area_key");
            if (area.isNull())
                return;
            StarAssessment& assessment = out[*at];
            if (const std::optional<int> score = integer(q, "score"))
                assessment.scores.insert(area.toString(), *score);
            if (const QString note = text(q, "note"); !note.isEmpty())
                assessment.notes.insert(area.toString(), note);
        });
    if (!read)
        return read.error();
    sortAssessmentsByDate(out);
    return out;
}

Result<QStringList> StarRepository::scoredAreaKeys(const QString& templateId) const
{
    Result<QVector<QString>> keys = fetch<QString>(
        QStringLiteral("SELECT DISTINCT s.area_key FROM star_assessment_scores s JOIN star_assessments a ON "
                       "a.id = s.assessment_id WHERE s.deleted = 0 AND a.deleted = 0 AND a.template_id = ? "
                       "ORDER BY s.area_key"),
        {templateId}, [](const SqlRow& q) { return SqlValues::text(q, "area_key"); });
    if (!keys)
        return keys.error();
    return QStringList(keys->begin(), keys->end());
}

Result<QVector<StarTemplate>> StarRepository::templates() const
{
    Result<QVector<QString>> ids =
        fetch<QString>(QStringLiteral("SELECT id FROM star_templates WHERE deleted = 0 ORDER BY name, id"), {},
                       [](const SqlRow& q) { return SqlValues::text(q, "id"); });
    if (!ids)
        return ids.error();
    QVector<StarTemplate> out;
    for (const QString& id : ids.value()) {
        Result<std::optional<StarTemplate>> t = findTemplate(id);
        if (!t)
            return t.error();
        if (t->has_value())
            out << **t;
    }
    return out;
}

Result<QVector<StarAssessment>> StarRepository::assessmentDates(const QString& keyWorkerId,
                                                                const std::optional<QDate>& openOn) const
{
    QVariantList binds;
    const QString scope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, binds);
    return fetch<StarAssessment>(
        QStringLiteral("SELECT a.id, a.support_period_id, a.template_id, a.assessed_on, "
                       "a.completed_by FROM support_periods p CROSS JOIN star_assessments a "
                       "WHERE a.support_period_id = p.id AND a.deleted = 0 AND p.deleted = 0%1 "
                       "ORDER BY a.assessed_on, a.id")
            .arg(scope),
        binds, AssessmentHeaders());
}

Result<QVector<StarAssessment>> StarRepository::forPeriods(QStringList periodIds, const QDate& upTo) const
{
    // One index alone, in the order of its key: star_assessments_period holds all a return needs
    // of an assessment.
    periodIds.sort();
    periodIds.removeDuplicates();
    QVector<StarAssessment> out;
    if (Status read =
            forEachRowIn(QStringLiteral("SELECT id, support_period_id, template_id, assessed_on, completed_by "
                                        "FROM star_assessments WHERE deleted = 0 AND support_period_id IN "
                                        "(%1) AND assessed_on <= ?"),
                         periodIds, {LocalTime::isoDate(upTo)},
                         [&out, headers = AssessmentHeaders()](const SqlRow& q) mutable { out << headers(q); });
        !read)
        return read.error();
    sortAssessmentsByDate(out);
    return out;
}

Status StarRepository::readScores(QVector<StarAssessment>& assessments, const QSet<QString>& ids) const
{
    using namespace SqlValues;
    QHash<QString, qsizetype> index;
    index.reserve(ids.size());
    for (qsizetype i = 0; i < assessments.size(); ++i)
        if (ids.contains(assessments.at(i).id))
            index.insert(assessments.at(i).id, i);
    // In the order of star_assessment_scores_values' key, so that its pages are each read once.
    QStringList wanted(index.keyBegin(), index.keyEnd());
    wanted.sort();
    // A row's assessment is usually the last row's: its place is looked up once for each, and
    // each row's id compared as the bytes SQLite holds, not made into text first.
    QByteArray lastId;
    StarAssessment* last = nullptr;
    // A template has a dozen areas at most: each area's key is made once and shared by every
    // score of it (at a large provider's size, a hundred thousand scores would otherwise each
    // keep a copy of their own, freed only with the assessments).
    QVector<std::pair<QByteArray, QString>> areas; // as stored (UTF-8), as text
    const auto area = [&areas](QByteArrayView stored) -> const QString& {
        for (const auto& [bytes, key] : std::as_const(areas))
            if (bytes == stored)
                return key;
        areas.append({stored.toByteArray(), QString::fromUtf8(stored)});
        return areas.constLast().second;
    };
    return forEachRowIn(QStringLiteral("SELECT assessment_id, area_key, score FROM star_assessment_scores "
                                       "WHERE assessment_id IN (%1) AND deleted = 0"),
                        wanted, {}, [&](const SqlRow& q) {
                            const QByteArrayView id = q.utf8("assessment_id");
                            if (!last || id != lastId) {
                                lastId = id.toByteArray();
                                last = &assessments[index.value(QString::fromUtf8(lastId))];
                            }
                            // In the index's order, each key after the last: put at the end
                            // without a search (a key scored twice keeps the later score, as
                            // before).
                            if (const std::optional<int> score = integer(q, "score"))
                                last->scores.insert(last->scores.cend(), area(q.utf8("area_key")), *score);
                        });
}

} // namespace waymark
