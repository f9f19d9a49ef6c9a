#pragma once

#include <QString>

#include <optional>

namespace waymark {

// A commissioning contract. Everything that differs between councils (caps, deadlines, KPI set,
// the funder's statement) is a field here, never a branch in code (DESIGN.md).
struct Contract {
    QString id;
    QString code;
    QString name;
    QString funder;
    QString funderStatement;
    std::optional<double> weeklyHoursCap;
    std::optional<int> maxDurationMonths;
    std::optional<int> firstContactHours;
    std::optional<int> endingWarningWeeks;
    std::optional<int> dnaWithdrawalCount;
    std::optional<int> planReviewWeeks;
    std::optional<int> starIntervalWeeks;
    std::optional<int> minimumAge;
    QString starTemplateId;
    QString kpiSet;
};

} // namespace waymark
