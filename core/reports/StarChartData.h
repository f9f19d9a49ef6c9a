#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/reports/DistanceTravelled.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace waymark {

// One line on the radar: a value per area (none where the area was not scored).
struct StarChartSeries {
    QString label;
    QVector<std::optional<double>> values;
};

// What the Outcome Star radar and its distance bars show, as plain data built and tested in core;
// the chart widget only draws it, so the charting library can be replaced without touching this.
struct StarChartData {
    QStringList keys;         // the template's area keys, in order
    QStringList areas;        // their names: one axis each
    QStringList descriptions; // for hover text
    int scaleMin = 1;
    int scaleMax = 10;
    QVector<StarStage> stages;
    QVector<StarChartSeries> series; // drawn in this order, each in its own colour
    // Per area: the change from the first to the latest (a person's), or the mean change (a
    // caseload's); none where it cannot be said.
    QVector<std::optional<double>> change;

    // The stage a score falls in ("" when the template names none).
    QString stageFor(double score) const;

    // A person's star over one support period: the first and the latest assessment, and the
    // `chosen` one when it is neither. `assessments` may be in any order and of any template; those
    // made with `star` are used, in date order (ties by id).
    static StarChartData forPeriod(const StarTemplate& star, const QVector<StarAssessment>& assessments,
                                   const QString& chosenId = {});
    // A caseload's mean first and mean latest stars, and the mean change per area.
    static StarChartData forCaseload(const StarTemplate& star, const DistanceTravelled::CaseloadDistance& distance);
};

} // namespace waymark
