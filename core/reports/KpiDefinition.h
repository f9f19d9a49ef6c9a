#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace waymark {

// One figure of a KPI set as spec/kpi.md defines it: its id and label (what the JSON carries),
// its unit, its target, and the definition a printed return quotes in its footnotes.
struct KpiDefinition {
    enum class Unit { Percent, Days, Hours, Count, Points };

    QString id;
    const char* label = "";      // English, as the JSON carries it
    Unit unit = Unit::Percent;
    std::optional<int> target;   // none: the council watches the trend
    const char* definition = ""; // the operational definition, for footnotes and tooltips
    const char* numeratorName = "";   // who or what the numerator counts, for the drill-down
    const char* denominatorName = ""; // likewise the denominator; empty when there is none

    // The label and definition in the user's language (the JSON keeps `label`).
    QString displayLabel() const;
    QString displayDefinition() const;
    QString displayNumeratorName() const;
    QString displayDenominatorName() const;
    // "percent", "days", "hours", "count", "points": the `unit` of the JSON.
    QString unitCode() const;
    // Places the value is rounded to: one for percents and hours, two for points, none else.
    int decimals() const;

    // The figures of a KPI set in the order of its table; empty for an unknown set.
    static const QVector<KpiDefinition>& forSet(const QString& kpiSet);
    // What the set is called on screen and paper.
    static QString setName(const QString& kpiSet);
};

} // namespace waymark
