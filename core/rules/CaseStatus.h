#pragma once

#include "core/domain/CaseloadEntry.h"

#include <QDate>

namespace waymark {

// Where a person stands with the service on a given day, as the Caseload list shows it.
enum class CaseStatus {
    Referred,   // a referral is waiting for a decision, no support period yet
    Starting,   // the support period starts after that day
    Open,       // in support
    Closed,     // the latest support period has ended
    NoSupport,  // known to the service, never in support (signposted or declined)
};

CaseStatus caseStatus(const CaseloadEntry& entry, const QDate& today);

} // namespace waymark
