#pragma once

#include "core/domain/Contract.h"
#include "core/domain/Result.h"
#include "core/domain/StarTemplate.h"
#include "core/reports/DistanceTravelled.h"

#include <QJsonObject>

namespace waymark {

class Database;
class StarRepository;

// The caseload's distance travelled for one contract and period (`report distance`): read from
// the database, computed by DistanceTravelled, and written as the JSON of spec/kpi.md.
struct DistanceReport {
    Contract contract;
    StarTemplate star;
    std::optional<QDate> from;
    QDate to;
    QString keyWorkerId; // empty: the whole team
    DistanceTravelled::CaseloadDistance distance;

    // The contract by its code; `to` defaults to `today`. With a key worker, only the periods
    // whose key worker they are.
    static Result<DistanceReport> build(Database& database, const QString& contractCode,
                                        const std::optional<QDate>& from, const std::optional<QDate>& to,
                                        const QDate& today, const QString& keyWorkerId = {});

    // The assessments of `periodIds` made on or before `to` that distance travelled counts, with
    // the scores of those it reads (DistanceTravelled::scoredEnds) and no others.
    static Result<QVector<StarAssessment>> assessments(const StarRepository& stars, const QStringList& periodIds,
                                                       const StarTemplate& star, const QDate& to);

    // {"contract", "from", "to", "periods", "mean_total_change", "areas": [...]}.
    QJsonObject toJson() const;
    // The same as text with the keys in the order spec/kpi.md lists them (a QJsonObject sorts
    // its keys), one area per line: what `report distance` prints.
    QByteArray toJsonText() const;
};

} // namespace waymark
