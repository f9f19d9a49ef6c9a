#include "core/storage/StarRepository.h"

#include "core/storage/SqlValues.h"

#include <QHash>

namespace waymark {

namespace {

StarAssessment toAssessmentHeader(const QSqlQuery& q)
{
    using namespace SqlValues;
    StarAssessment a;
    a.id = text(q, "id");
    a.supportPeriodId = text(q, "support_period_id");
    a.templateId = text(q, "template_id");
    a.assessedOn = date(q, "assessed_on");
    a.completedBy = text(q, "completed_by");
    return a;
}

} // namespace

Result<std::optional<StarTemplate>> StarRepository::findTemplate(const QString& id) const
{
    using namespace SqlValues;
    Result<QVector<StarTemplate>> templates =
        fetch<StarTemplate>(QStringLiteral("SELECT id, name, scale_min, scale_max FROM star_templates "
                                           "WHERE deleted = 0 AND id = ?"),
                            {id}, [](const QSqlQuery& q) {
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
                        {id}, [](const QSqlQuery& q) {
                            return StarArea{text(q, "area_key"), text(q, "name"), text(q, "description")};
                        });
    if (!areas)
        return areas.error();
    Result<QVector<StarStage>> stages = fetch<StarStage>(
        QStringLiteral("SELECT score_from, score_to, name FROM star_template_stages "
                       "WHERE deleted = 0 AND template_id = ? ORDER BY position"),
        {id}, [](const QSqlQuery& q) {
            return StarStage{integer(q, "score_from").value_or(0), integer(q, "score_to").value_or(0), text(q, "name")};
        });
    if (!stages)
        return stages.error();
    t.areas = areas.value();
    t.stages = stages.value();
    return std::optional<StarTemplate>(t);
}

Result<QVector<StarAssessment>> StarRepository::withScores(const QString& periodCondition, const QVariantList& binds,
                                                           Notes notes) const
{
    using namespace SqlValues;
    Result<QVector<StarAssessment>> assessments =
        fetch<StarAssessment>(QStringLiteral("SELECT a.id, a.support_period_id, a.template_id, a.assessed_on, "
                                             "a.completed_by FROM star_assessments a JOIN support_periods p "
                                             "ON p.id = a.support_period_id WHERE a.deleted = 0 AND p.deleted = 0 "
                                             "AND %1 ORDER BY a.assessed_on, a.id")
                                  .arg(periodCondition),
                              binds, toAssessmentHeader);
    if (!assessments)
        return assessments;
    struct Score {
        QString assessmentId;
        QString areaKey;
        std::optional<int> score;
        QString note;
    };
    // Without the notes, the scores are read from their index alone (star_assessment_scores_values).
    Result<QVector<Score>> scores =
        fetch<Score>(QStringLiteral("SELECT s.assessment_id, s.area_key, s.score%2 "
                                    "FROM star_assessment_scores s JOIN star_assessments a ON a.id = "
                                    "s.assessment_id JOIN support_periods p ON p.id = a.support_period_id "
                                    "WHERE s.deleted = 0 AND a.deleted = 0 AND p.deleted = 0 AND %1")
                         .arg(periodCondition, notes == Notes::With ? QStringLiteral(", s.note") : QString()),
                     binds, [notes](const QSqlQuery& q) {
                         return Score{text(q, "assessment_id"), text(q, "area_key"), integer(q, "score"),
                                      notes == Notes::With ? text(q, "note") : QString()};
                     });
    if (!scores)
        return scores.error();
    QVector<StarAssessment> out = assessments.value();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out.at(i).id, i);
    for (const Score& s : scores.value()) {
        auto it = index.constFind(s.assessmentId);
        if (it == index.constEnd())
            continue;
        if (s.score)
            out[*it].scores.insert(s.areaKey, *s.score);
        if (!s.note.isEmpty())
            out[*it].notes.insert(s.areaKey, s.note);
    }
    return out;
}

Result<QVector<StarAssessment>> StarRepository::forServiceUser(const QString& serviceUserId) const
{
    return withScores(QStringLiteral("p.service_user_id = ?"), {serviceUserId}, Notes::With);
}

Result<QStringList> StarRepository::scoredAreaKeys(const QString& templateId) const
{
    Result<QVector<QString>> keys = fetch<QString>(
        QStringLiteral("SELECT DISTINCT s.area_key FROM star_assessment_scores s JOIN star_assessments a ON "
                       "a.id = s.assessment_id WHERE s.deleted = 0 AND a.deleted = 0 AND a.template_id = ? "
                       "ORDER BY s.area_key"),
        {templateId}, [](const QSqlQuery& q) { return SqlValues::text(q, "area_key"); });
    if (!keys)
        return keys.error();
    return QStringList(keys->begin(), keys->end());
}

Result<QVector<StarTemplate>> StarRepository::templates() const
{
    Result<QVector<QString>> ids =
        fetch<QString>(QStringLiteral("SELECT id FROM star_templates WHERE deleted = 0 ORDER BY name, id"), {},
                       [](const QSqlQuery& q) { return SqlValues::text(q, "id"); });
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
        binds, toAssessmentHeader);
}

Result<QVector<StarAssessment>> StarRepository::forReturn(const QString& contractId, const QDate& from,
                                                          const QDate& to) const
{
    QVariantList binds;
    const QString within = inPeriod(QStringLiteral("p"), contractId, from, to, binds);
    binds << LocalTime::isoDate(to);
    return withScores(QStringLiteral("%1 AND a.assessed_on <= ? AND %2")
                          .arg(within, LiveServiceUser.arg(QStringLiteral("p.service_user_id"))),
                      binds, Notes::Without);
}

} // namespace waymark
