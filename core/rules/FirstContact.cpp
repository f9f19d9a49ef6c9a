#include "core/rules/FirstContact.h"

namespace waymark::FirstContact {

QDateTime deadline(const Referral& referral, const Contract& contract)
{
    if (!contract.firstContactHours || !referral.receivedAt.isValid())
        return {};
    return referral.receivedAt.addSecs(qint64(*contract.firstContactHours) * 3600);
}

State state(const Referral& referral, const Contract& contract, const QDateTime& at)
{
    if (referral.firstContactAt.isValid())
        return State::Made;
    const bool waiting = referral.decision == QLatin1String("pending")
                         || referral.decision == QLatin1String("accepted")
                         || referral.decision.isEmpty();
    const QDateTime due = deadline(referral, contract);
    if (!waiting || !due.isValid())
        return State::NotApplicable;
    return due <= at ? State::Overdue : State::Due;
}

bool madeInTime(const Referral& referral, const Contract& contract)
{
    const QDateTime due = deadline(referral, contract);
    return referral.firstContactAt.isValid() && due.isValid() && referral.firstContactAt <= due;
}

} // namespace waymark::FirstContact
