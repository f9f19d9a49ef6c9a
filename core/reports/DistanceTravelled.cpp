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

namespace {

// Of one period's assessments, those made with the template on or before `to`, in assessed_on
// order (ties: by id).
QVector<const StarAssessment*> inOrder(QVector<const StarAssessment*> candidates, const StarTemplate& star,
                                       const QDate& to)
{
    candidates.removeIf([&star, &to](const StarAssessment* a) {
        return !(a->templateId == star.id && a->assessedOn.isValid() && a->assessedOn <= to);
    });
    std::sort(candidates.begin(), candidates.end(), [](const StarAssessment* a, const StarAssessment* b) {
        return a->assessedOn != b->assessedOn ? a->assessedOn < b->assessedOn : a->id < b->id;
    });
    return candidates;
}

// Where in the template the key of its area `i` first comes (a key given twice is one area).
qsizetype firstPlaceOfKey(const StarTemplate& star, qsizetype i)
{
    for (qsizetype before = 0; before < i; ++before)
        if (star.areas.at(before).key == star.areas.at(i).key)
            return before;
    return i;
}

} // namespace

PeriodDistance forPeriod(const QString& supportPeriodId, const StarTemplate& star,
                         const QVector<StarAssessment>& assessments, const QDate& to)
{
    QVector<const StarAssessment*> own;
    for (const StarAssessment& a : assessments)
        if (a.supportPeriodId == supportPeriodId)
            own << &a;
    return forPeriod(supportPeriodId, star, std::move(own), to);
}

PeriodDistance forPeriod(const QString& supportPeriodId, const StarTemplate& star, QVector<const StarAssessment*> own,
                         const QDate& to)
{
    const QVector<const StarAssessment*> used = inOrder(std::move(own), star, to);
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

PeriodTotal totalFor(const StarTemplate& star, QVector<const StarAssessment*> own, const QDate& to)
{
    return totalFor(star, countedKeys(star), std::move(own), to);
}

QStringList countedKeys(const StarTemplate& star)
{
    // A key the template gives twice counts once, as forPeriod's changes hold it once.
    QStringList keys;
    for (const StarArea& area : star.areas)
        keys << area.key;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

PeriodTotal totalFor(const StarTemplate& star, const QStringList& countedKeys, QVector<const StarAssessment*> own,
                     const QDate& to)
{
    const QVector<const StarAssessment*> used = inOrder(std::move(own), star, to);
    PeriodTotal out;
    out.assessments = int(used.size());
    if (used.size() < 2)
        return out;
    // The keys and both assessments' scores are all in key order: one walk through the three,
    // rather than a search of both maps for every key.
    const QMap<QString, int>& first = used.first()->scores;
    const QMap<QString, int>& latest = used.last()->scores;
    auto firstScore = first.constBegin();
    auto latestScore = latest.constBegin();
    int sum = 0;
    for (const QString& key : countedKeys) {
        while (firstScore != first.constEnd() && firstScore.key() < key)
            ++firstScore;
        while (latestScore != latest.constEnd() && latestScore.key() < key)
            ++latestScore;
        if (firstScore == first.constEnd() || latestScore == latest.constEnd())
            break;
        if (firstScore.key() == key && latestScore.key() == key)
            sum += latestScore.value() - firstScore.value();
    }
    out.total = sum;
    return out;
}

QHash<QString, QVector<const StarAssessment*>> byPeriod(const QVector<StarAssessment>& assessments)
{
    QHash<QString, QVector<const StarAssessment*>> out;
    for (const StarAssessment& a : assessments)
        out[a.supportPeriodId] << &a;
    return out;
}

QSet<QString> scoredEnds(const QVector<StarAssessment>& assessments, const StarTemplate& star, const QDate& to)
{
    const QHash<QString, QVector<const StarAssessment*>> periods = byPeriod(assessments);
    QSet<QString> ends;
    ends.reserve(2 * periods.size());
    for (const QVector<const StarAssessment*>& own : periods) {
        const QVector<const StarAssessment*> used = inOrder(own, star, to);
        if (used.isEmpty())
            continue;
        ends.insert(used.first()->id);
        ends.insert(used.last()->id);
    }
    return ends;
}

CaseloadDistance forCaseload(const QVector<SupportPeriod>& periods, const StarTemplate& star,
                             const QVector<StarAssessment>& assessments, const std::optional<QDate>& from,
                             const QDate& to)
{
    // Each period's own assessments, found once: a large caseload's quarter has tens of thousands.
    const QHash<QString, QVector<const StarAssessment*>> own = byPeriod(assessments);

    // The sums of each area, kept at the area's first place in the template (a key is counted
    // once for a period, as forPeriod's changes hold it once).
    struct Sums {
        qint64 first = 0, latest = 0, change = 0;
        int periods = 0;
    };
    QVector<qsizetype> slotOf(star.areas.size());
    QVector<bool> counted(star.areas.size());
    for (qsizetype i = 0; i < star.areas.size(); ++i) {
        slotOf[i] = firstPlaceOfKey(star, i);
        counted[i] = slotOf.at(i) == i;
    }
    QVector<Sums> sums(star.areas.size());
    qint64 totalSum = 0;
    CaseloadDistance out;
    for (const SupportPeriod& p : periods) {
        const bool inPeriod = p.startDate.isValid() && p.startDate <= to
                              && (!p.endDate.isValid() || !from || p.endDate >= *from);
        if (!inPeriod)
            continue;
        const auto found = own.constFind(p.id);
        if (found == own.constEnd())
            continue;
        const QVector<const StarAssessment*> used = inOrder(found.value(), star, to);
        if (used.size() < 2)
            continue;
        // What forPeriod says of it: the change in each area scored in both, and their sum.
        const QMap<QString, int>& first = used.first()->scores;
        const QMap<QString, int>& latest = used.last()->scores;
        ++out.periods;
        for (qsizetype i = 0; i < star.areas.size(); ++i) {
            if (!counted.at(i))
                continue;
            const auto firstScore = first.constFind(star.areas.at(i).key);
            const auto latestScore = latest.constFind(star.areas.at(i).key);
            if (firstScore == first.constEnd() || latestScore == latest.constEnd())
                continue;
            Sums& s = sums[i];
            s.first += firstScore.value();
            s.latest += latestScore.value();
            s.change += latestScore.value() - firstScore.value();
            ++s.periods;
            totalSum += latestScore.value() - firstScore.value();
        }
    }
    if (out.periods > 0)
        out.meanTotalChange = roundedMean(totalSum, out.periods);
    for (qsizetype i = 0; i < star.areas.size(); ++i) {
        const StarArea& area = star.areas.at(i);
        AreaMean m{area.key, area.name, 0, std::nullopt, std::nullopt, std::nullopt};
        const Sums& s = sums.at(slotOf.at(i));
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
