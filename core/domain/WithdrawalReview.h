#pragma once

#include <QDate>
#include <QString>

namespace waymark {

// The review the DNA rule asks for (T 5.4.1): after repeated missed appointments, whether support
// continues or is withdrawn, who decided and why.
struct WithdrawalReview {
    QString id;
    QString supportPeriodId;
    QDate heldOn;
    QString decision; // "continue" or "withdraw"
    QString decidedBy;
    QString reason;
};

} // namespace waymark
