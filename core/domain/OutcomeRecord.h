#pragma once

#include <QString>

#include <optional>

namespace waymark {

// An Outcomes Framework code for a support period: need identified, and at exit, achieved.
struct OutcomeRecord {
    QString supportPeriodId;
    QString code; // ReferenceCodes::OutcomeCode
    std::optional<bool> needIdentified;
    std::optional<bool> achieved;
};

} // namespace waymark
