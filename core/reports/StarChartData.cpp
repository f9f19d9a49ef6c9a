#include "core/reports/StarChartData.h"

#include "core/domain/DocumentLanguage.h"

#include "core/domain/LocalTime.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

QString t(const char* text)
{
    // In a printed form's language while one is made (DocumentLanguage::Scope).
    return DocumentLanguage::translate("StarChartData", text);
}

StarChartData axesOf(const StarTemplate& star)
{
    StarChartData d;
    for (const StarArea& a : star.areas) {
        d.keys << a.key;
        d.areas << a.name;
        d.descriptions << a.description;
    }
    d.scaleMin = star.scaleMin;
    d.scaleMax = star.scaleMax;
    d.stages = star.stages;
    return d;
}

StarChartSeries seriesOf(const QString& label, const QStringList& keys, const StarAssessment& a)
{
    StarChartSeries s{label, {}};
    for (const QString& key : keys)
        s.values << (a.scores.contains(key) ? std::optional<double>(a.scores.value(key)) : std::nullopt);
    return s;
}

} // namespace

QString StarChartData::stageFor(double score) const
{
    const int whole = int(std::lround(score));
    for (const StarStage& s : stages)
        if (whole >= s.from && whole <= s.to)
            return s.name;
    return {};
}

StarChartData StarChartData::forPeriod(const StarTemplate& star, const QVector<StarAssessment>& assessments,
                                       const QString& chosenId)
{
    StarChartData d = axesOf(star);
    QVector<StarAssessment> used;
    for (const StarAssessment& a : assessments)
        if (a.templateId == star.id)
            used << a;
    std::sort(used.begin(), used.end(), [](const StarAssessment& a, const StarAssessment& b) {
        return a.assessedOn != b.assessedOn ? a.assessedOn < b.assessedOn : a.id < b.id;
    });
    if (used.isEmpty())
        return d;
    const StarAssessment& first = used.first();
    const StarAssessment& latest = used.last();
    if (used.size() == 1) {
        d.series << seriesOf(t(QT_TRANSLATE_NOOP("StarChartData", "%1 (the only one)")).arg(LocalTime::formatDate(first.assessedOn)),
                             d.keys, first);
    } else {
        d.series << seriesOf(t(QT_TRANSLATE_NOOP("StarChartData", "First, %1")).arg(LocalTime::formatDate(first.assessedOn)),
                             d.keys, first);
        d.series << seriesOf(t(QT_TRANSLATE_NOOP("StarChartData", "Latest, %1")).arg(LocalTime::formatDate(latest.assessedOn)),
                             d.keys, latest);
        for (const StarAssessment& a : used)
            if (a.id == chosenId && a.id != first.id && a.id != latest.id)
                d.series << seriesOf(t(QT_TRANSLATE_NOOP("StarChartData", "Chosen, %1")).arg(LocalTime::formatDate(a.assessedOn)),
                                     d.keys, a);
    }
    for (const QString& key : d.keys)
        d.change << (used.size() >= 2 && first.scores.contains(key) && latest.scores.contains(key)
                         ? std::optional<double>(latest.scores.value(key) - first.scores.value(key))
                         : std::nullopt);
    return d;
}

StarChartData StarChartData::forCaseload(const StarTemplate& star, const DistanceTravelled::CaseloadDistance& distance)
{
    StarChartData d = axesOf(star);
    StarChartSeries first{t(QT_TRANSLATE_NOOP("StarChartData", "Mean first star")), {}};
    StarChartSeries latest{t(QT_TRANSLATE_NOOP("StarChartData", "Mean latest star")), {}};
    for (const QString& key : d.keys) {
        std::optional<double> f, l, c;
        for (const DistanceTravelled::AreaMean& m : distance.areas)
            if (m.key == key) {
                f = m.meanFirst;
                l = m.meanLatest;
                c = m.meanChange;
            }
        first.values << f;
        latest.values << l;
        d.change << c;
    }
    d.series << first << latest;
    return d;
}

} // namespace waymark
