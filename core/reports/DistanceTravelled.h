#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/domain/SupportPeriod.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QVector>

#include <optional>

namespace waymark {

// Distance travelled on the Outcome Star, exactly as spec/kpi.md defines it.
namespace DistanceTravelled {

// One support period's first and latest assessments made with the template on or before `to`.
struct PeriodDistance {
    QString supportPeriodId;
    int assessments = 0;          // how many such assessments
    QMap<QString, int> first;     // area key -> score, of the first
    QMap<QString, int> latest;    // area key -> score, of the latest
    // Areas scored in both: latest - first.
    QMap<QString, int> changes;
    // Sum of the changes; none with fewer than two assessments.
    std::optional<int> total() const;
};

struct AreaMean {
    QString key;
    QString name;
    int periods = 0; // periods with two or more assessments and this area scored in both
    std::optional<double> meanFirst;
    std::optional<double> meanLatest;
    std::optional<double> meanChange;
};

struct CaseloadDistance {
    int periods = 0; // periods in period with two or more assessments
    std::optional<double> meanTotalChange;
    QVector<AreaMean> areas; // every area of the template, in its order
};

// `assessments` may be of any periods and templates: those of the period and the template dated
// on or before `to` are used, in assessed_on order (ties: by id).
PeriodDistance forPeriod(const QString& supportPeriodId, const StarTemplate& star,
                         const QVector<StarAssessment>& assessments, const QDate& to);
// The same from the period's own assessments (of any template and date), pointed to: for a
// caller that has grouped a return's tens of thousands by period once.
PeriodDistance forPeriod(const QString& supportPeriodId, const StarTemplate& star, QVector<const StarAssessment*> own,
                         const QDate& to);

// What forPeriod says of a period's count and total(), without making its maps: a return
// counts only those, of each of a large caseload's thousands of periods.
struct PeriodTotal {
    int assessments = 0;
    std::optional<int> total; // none with fewer than two assessments
};
PeriodTotal totalFor(const StarTemplate& star, QVector<const StarAssessment*> own, const QDate& to);
// The same with `countedKeys` the template's keys, each once, in order (countedKeys()): found
// once for all of a return's periods, not again for each.
PeriodTotal totalFor(const StarTemplate& star, const QStringList& countedKeys, QVector<const StarAssessment*> own,
                     const QDate& to);
// The keys of the template's areas, each once, in the order of a star's scores (by key).
QStringList countedKeys(const StarTemplate& star);

// Each period's assessments, pointed to (they are not copied), by the period's id.
QHash<QString, QVector<const StarAssessment*>> byPeriod(const QVector<StarAssessment>& assessments);

// The ids of each period's first and latest assessment made with the template on or before
// `to`: the only ones whose scores forPeriod and forCaseload read. A long period has one
// assessment a quarter for years, and a return over a large caseload need not read all their
// scores.
QSet<QString> scoredEnds(const QVector<StarAssessment>& assessments, const StarTemplate& star, const QDate& to);

// Over the contract's periods in period ([from, to]; no `from`: no start). Means are of the
// exact values, rounded once, half away from zero, to two decimals.
CaseloadDistance forCaseload(const QVector<SupportPeriod>& periods, const StarTemplate& star,
                             const QVector<StarAssessment>& assessments, const std::optional<QDate>& from,
                             const QDate& to);

// The exact mean sum / count rounded half away from zero to two decimals.
double roundedMean(qint64 sum, qint64 count);

} // namespace DistanceTravelled
} // namespace waymark
