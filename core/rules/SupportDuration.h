#pragma once

#include "core/domain/Contract.h"
#include "core/domain/SupportPeriod.h"

#include <QDate>

namespace waymark {

// The maximum duration of support (T 1.8-1.10): support ends max_duration_months calendar months
// after the start unless an extension, agreed with the care practitioner or team, sets a new end.
namespace SupportDuration {

enum class State {
    NoLimit,    // the contract sets no maximum, or the period has ended
    WithinTime, // more than ending_warning_weeks to go
    EndingSoon, // the end due is after today and within ending_warning_weeks
    PastLimit,  // the end due is today or earlier
};

// The date support is due to end: the extension's date when one is recorded, else the start
// plus the contract's months (31 August plus 6 months is the last day of February). Invalid when
// the contract sets no maximum.
QDate endDue(const SupportPeriod& period, const Contract& contract);

State state(const SupportPeriod& period, const Contract& contract, const QDate& today);

} // namespace SupportDuration

} // namespace waymark
