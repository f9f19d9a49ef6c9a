#pragma once

#include "core/domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace waymark {

class Database;
struct KpiReturn;

// A contract's quarterly return worked out a second way, for issue 9's yardstick ("at most 1.5x the
// same figures computed by hand-written SQL on the same file") and as a check on the app's figures:
// every figure of spec/kpi.md counted, summed and grouped by SQLite in a handful of aggregate
// statements, written from the spec apart from the app's KpiCalculator. C++ only binds the values,
// works out the UTC moments the period's Europe/London days begin and end at, and divides and
// rounds the totals SQLite gives back.
class HandWrittenReturn {
public:
    // One row of the return as spec/kpi.md's JSON carries it: for a percent the counts and the
    // percent; for any other unit the value alone (and the number of periods averaged, for
    // star_mean_distance).
    struct Figure {
        QString id;
        std::optional<qint64> numerator;
        std::optional<qint64> denominator;
        std::optional<double> value;
    };

    // The contract by its code ("thurrock-fs"), for the period [from, to], both days inclusive, from a
    // database file (SQLite's SQL, as SQLCipher 3.4 has it: no window functions). Refused: a team
    // server, an unknown code, a KPI set this does not know, a statement SQLite turns down.
    static Result<HandWrittenReturn> compute(Database& database, const QString& contractCode, const QDate& from,
                                             const QDate& to);

    qint64 serviceUsers = 0; // N
    QVector<Figure> figures; // every figure of the contract's KPI set, in the order of its table

    const Figure* figure(const QString& id) const;

    // Every way the app's return differs from this one, a line each ("gp_registered numerator: app
    // 28, hand-written SQL 29"); empty when the two agree to the unit.
    QStringList disagreements(const KpiReturn& app) const;
};

} // namespace waymark
