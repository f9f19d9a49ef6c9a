#include "core/rules/StarChecks.h"

#include "core/domain/ReferenceCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace waymark::StarChecks {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("StarChecks", text);
}

void add(FieldProblems& problems, const QString& field, const QString& message,
         FieldProblem::Severity severity = FieldProblem::Severity::Error)
{
    problems << FieldProblem{field, message, severity};
}

} // namespace

FieldProblems starTemplate(const StarTemplate& star)
{
    FieldProblems problems;
    if (star.name.trimmed().isEmpty())
        add(problems, QStringLiteral("name"), t(QT_TRANSLATE_NOOP("StarChecks", "Give the star a name.")));
    if (star.scaleMin < 0 || star.scaleMax > 100 || star.scaleMin >= star.scaleMax)
        add(problems, QStringLiteral("scale_max"),
            t(QT_TRANSLATE_NOOP("StarChecks", "The scale runs from a lower to a higher whole number, within 0 to 100.")));
    if (star.areas.isEmpty())
        add(problems, QStringLiteral("areas"), t(QT_TRANSLATE_NOOP("StarChecks", "A star has at least one area.")));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < star.areas.size(); ++i) {
        const StarArea& a = star.areas.at(i);
        const QString at = QStringLiteral("areas[%1].").arg(i);
        if (!keyPattern.match(a.key).hasMatch())
            add(problems, at + QStringLiteral("key"),
                t(QT_TRANSLATE_NOOP("StarChecks", "A key is lower-case letters, digits and _ only, like physical_health.")));
        else if (keys.contains(a.key))
            add(problems, at + QStringLiteral("key"), t(QT_TRANSLATE_NOOP("StarChecks", "Another area already has this key.")));
        keys.insert(a.key);
        if (a.name.trimmed().isEmpty())
            add(problems, at + QStringLiteral("name"), t(QT_TRANSLATE_NOOP("StarChecks", "Give the area a name.")));
    }
    if (star.stages.isEmpty()) {
        add(problems, QStringLiteral("stages"),
            t(QT_TRANSLATE_NOOP("StarChecks", "Name the stages of the scale, so that every score says what it means.")));
        return problems;
    }
    if (star.scaleMin >= star.scaleMax)
        return problems;
    // Stages: each within the scale and the right way round; together every score exactly once.
    QVector<int> cover(star.scaleMax - star.scaleMin + 1, 0);
    for (qsizetype i = 0; i < star.stages.size(); ++i) {
        const StarStage& s = star.stages.at(i);
        const QString at = QStringLiteral("stages[%1].").arg(i);
        if (s.name.trimmed().isEmpty())
            add(problems, at + QStringLiteral("name"), t(QT_TRANSLATE_NOOP("StarChecks", "Give the stage a name.")));
        if (s.from > s.to || s.from < star.scaleMin || s.to > star.scaleMax) {
            add(problems, at + QStringLiteral("from"),
                t(QT_TRANSLATE_NOOP("StarChecks", "A stage runs from a lower to a higher score within the scale (%1 to %2)."))
                    .arg(star.scaleMin)
                    .arg(star.scaleMax));
            continue;
        }
        for (int score = s.from; score <= s.to; ++score)
            ++cover[score - star.scaleMin];
    }
    QStringList gaps;
    QStringList overlaps;
    for (int score = star.scaleMin; score <= star.scaleMax; ++score) {
        const int n = cover.at(score - star.scaleMin);
        if (n == 0)
            gaps << QString::number(score);
        else if (n > 1)
            overlaps << QString::number(score);
    }
    if (!gaps.isEmpty())
        add(problems, QStringLiteral("stages"),
            t(QT_TRANSLATE_NOOP("StarChecks", "No stage covers the score(s) %1: every score of the scale needs one."))
                .arg(gaps.join(QStringLiteral(", "))));
    if (!overlaps.isEmpty())
        add(problems, QStringLiteral("stages"),
            t(QT_TRANSLATE_NOOP("StarChecks", "The score(s) %1 fall in more than one stage.")).arg(overlaps.join(QStringLiteral(", "))));
    return problems;
}

FieldProblems assessment(const StarAssessment& a, const StarTemplate& star, const SupportPeriod& period, const QDate& today)
{
    FieldProblems problems;
    if (!a.assessedOn.isValid() || a.assessedOn > today)
        add(problems, QStringLiteral("assessed_on"), t(QT_TRANSLATE_NOOP("StarChecks", "Enter the date of the assessment (today or earlier).")));
    else if (period.startDate.isValid() && a.assessedOn < period.startDate)
        add(problems, QStringLiteral("assessed_on"), t(QT_TRANSLATE_NOOP("StarChecks", "The assessment cannot be before support started.")));
    if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::CompletedBy)).contains(a.completedBy))
        add(problems, QStringLiteral("completed_by"),
            t(QT_TRANSLATE_NOOP("StarChecks", "Say who completed it: the person, the worker, or together.")));
    QStringList unscored;
    for (const StarArea& area : star.areas) {
        if (!a.scores.contains(area.key)) {
            unscored << area.name;
            continue;
        }
        const int score = a.scores.value(area.key);
        if (score < star.scaleMin || score > star.scaleMax)
            add(problems, QStringLiteral("scores.") + area.key,
                t(QT_TRANSLATE_NOOP("StarChecks", "A score is from %1 to %2.")).arg(star.scaleMin).arg(star.scaleMax));
    }
    for (auto it = a.scores.constBegin(); it != a.scores.constEnd(); ++it)
        if (std::none_of(star.areas.begin(), star.areas.end(), [&](const StarArea& area) { return area.key == it.key(); }))
            add(problems, QStringLiteral("scores.") + it.key(), t(QT_TRANSLATE_NOOP("StarChecks", "Not an area of this star.")));
    if (unscored.size() == star.areas.size())
        add(problems, QStringLiteral("scores"), t(QT_TRANSLATE_NOOP("StarChecks", "Score at least one area.")));
    else if (!unscored.isEmpty())
        add(problems, QStringLiteral("scores"),
            t(QT_TRANSLATE_NOOP("StarChecks", "Not scored: %1. The assessment is saved without them, and distance travelled "
                                "leaves them out."))
                .arg(unscored.join(QStringLiteral(", "))),
            FieldProblem::Severity::Warning);
    return problems;
}

} // namespace waymark::StarChecks
