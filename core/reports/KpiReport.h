#pragma once

#include "core/domain/Result.h"
#include "core/reports/KpiCalculator.h"
#include "core/reports/KpiReturn.h"
#include "core/reports/ReturnData.h"

#include <QJsonObject>

#include <functional>

namespace waymark {

class Database;

// A contract's return for one period (`report kpi`): the data read from the database (what its
// figures read), the figures computed from it by KpiCalculator, and the JSON of spec/kpi.md.
struct KpiReport {
    ReturnData data;
    KpiReturn figures;

    // Told after each of the reads a return is made of how many are done, of LoadSteps. Answering
    // false stops the reading there: the result is then an error saying it was cancelled.
    using Progress = std::function<bool(int done, int total)>;
    static constexpr int LoadSteps = 10;

    // The contract by its code. Refused: an unknown code, a contract without a KPI set, a
    // period that ends before it starts.
    static Result<KpiReport> build(Database& database, const QString& contractCode, const QDate& from,
                                   const QDate& to);
    // The same for a contract already in hand.
    static Result<KpiReport> build(Database& database, const Contract& contract, const ReportingPeriod& period,
                                   const Progress& progress = {});
    // What the figures are computed from, read once (also for management information): the
    // contract's periods and their people, and of the rest only `parts` (the others left empty).
    // The return itself reads only what its set's figures need (KpiCalculator::partsFor).
    // On a file, the Outcome Stars are read on a second connection (Database::parallelReader)
    // while this one reads the rest, unless `starsBeside` is false.
    static Result<ReturnData> load(Database& database, const Contract& contract, const ReportingPeriod& period,
                                   const Progress& progress = {},
                                   KpiCalculator::ReturnParts parts = KpiCalculator::EveryPart,
                                   bool starsBeside = true);

    QJsonObject toJson() const;
    // The JSON as text with keys in the order spec/kpi.md lists them, one KPI per line.
    QByteArray toJsonText() const;
};

} // namespace waymark
