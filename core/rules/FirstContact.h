#pragma once

#include "core/domain/Contract.h"
#include "core/domain/Referral.h"

#include <QDateTime>

namespace waymark {

// The first-contact rule (T 4.3.1): a referral must be contacted within the contract's
// first_contact_hours of being received.
namespace FirstContact {

enum class State {
    NotApplicable, // no deadline on the contract, or the referral was signposted or declined
    Made,          // first contact recorded
    Due,           // no contact yet, deadline still ahead
    Overdue,       // no contact yet, deadline reached
};

// The moment first contact is due (UTC); invalid when the contract sets no deadline.
QDateTime deadline(const Referral& referral, const Contract& contract);

// Where the referral stands at `at`. A deadline exactly at `at` is overdue: the time allowed has
// run out.
State state(const Referral& referral, const Contract& contract, const QDateTime& at);

// Whether first contact was made within the time allowed (made exactly at the deadline counts).
bool madeInTime(const Referral& referral, const Contract& contract);

} // namespace FirstContact

} // namespace waymark
