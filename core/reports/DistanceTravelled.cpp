#include "core/reports/DistanceTravelled.h"

#include <QHash>

#include <algorithm>

namespace waymark::DistanceTravelled {

std::optional<int> PeriodDistance::total() const
{
    if (assessments < 2)
        return std::nullopt;
    int sum = 0;
    for (int change : changes)
        sum += change;
    return sum;
}

double roundedMean(qint64 sum, qint64 count)
{
    // In hundredths, rounded half away from zero with integers only, so 2.675 stays 2.68.
    const qint64 scaled = sum * 100;
    const qint64 magnitude = (2 * (scaled < 0 ? -scaled : scaled) + count) / (2 * count);
    return double(scaled < 0 ? -magnitude : magnitude) / 100.0;
}

PeriodDistance forPeriod(const QString& supportPeriodId, const StarTemplate& star,
                         const QVector<StarAssessment>& assessments, const QDate& to)
{
    QVector<const StarAssessment*> used;
    for (const StarAssessment& a : assessments)
        if (a.supportPeriodId == supportPeriodId && a.templateId == star.id && a.assessedOn.isValid()
            && a.assessedOn <= to)
            used << &a;
    std::sort(used.begin(), used.end(), [](const StarAssessment* a, const StarAssessment* b) {
        return a->assessedOn != b->assessedOn ? a->assessedOn < b->assessedOn : a->id < b->id;
    });
    PeriodDistance d;
    d.supportPeriodId = supportPeriodId;
    d.assessments = int(used.size());
    if (used.isEmpty())
        return d;
    d.first = used.first()->scores;
    d.latest = used.last()->scores;
    if (used.size() < 2)
        return d;
    for (const StarArea& area : star.areas)
        if (d.first.contains(area.key) && d.latest.contains(area.key))
            d.changes.insert(area.key, d.latest.value(area.key) - d.first.value(area.key));
    return d;
}

CaseloadDistance forCaseload(const QVector<SupportPeriod>& periods, const StarTemplate& star,
                             const QVector<StarAssessment>& assessments, const std::optional<QDate>& from,
                             const QDate& to)
{
    // Each period's own assessments, found once.
    QHash<QString, QVector<StarAssessment>> byPeriod;
    for (const StarAssessment& a : assessments)
        byPeriod[a.supportPeriodId] << a;

    struct Sums {
        qint64 first = 0, latest = 0, change = 0;
        int periods = 0;
    };
    QHash<QString, Sums> sums;
    qint64 totalSum = 0;
    CaseloadDistance out;
    for (const SupportPeriod& p : periods) {
        const bool inPeriod = p.startDate.isValid() && p.startDate <= to
                              && (!p.endDate.isValid() || !from || p.endDate >= *from);
        if (!inPeriod)
            continue;
        const PeriodDistance d = forPeriod(p.id, star, byPeriod.value(p.id), to);
        if (d.assessments < 2)
            continue;
        ++out.periods;
        totalSum += *d.total();
        for (auto it = d.changes.constBegin(); it != d.changes.constEnd(); ++it) {
            Sums& s = sums[it.key()];
            s.first += d.first.value(it.key());
            s.latest += d.latest.value(it.key());
            s.change += it.value();
            ++s.periods;
        }
    }
    if (out.periods > 0)
        out.meanTotalChange = roundedMean(totalSum, out.periods);
    for (const StarArea& area : star.areas) {
        AreaMean m{area.key, area.name, 0, std::nullopt, std::nullopt, std::nullopt};
        const Sums s = sums.value(area.key);
        m.periods = s.periods;
        if (s.periods > 0) {
            m.meanFirst = roundedMean(s.first, s.periods);
            m.meanLatest = roundedMean(s.latest, s.periods);
            m.meanChange = roundedMean(s.change, s.periods);
        }
        out.areas << m;
    }
    return out;
}

} // namespace waymark::DistanceTravelled
