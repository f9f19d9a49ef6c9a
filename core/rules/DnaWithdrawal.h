#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/Contract.h"
#include "core/domain/WithdrawalReview.h"

#include <QDate>
#include <QVector>

namespace waymark {

// The missed-appointment rule (T 5.4.1): when a support period reaches the contract's
// dna_withdrawal_count DNAs since its last withdrawal review, a withdrawal review is due.
// Recording the review (continue or withdraw) starts the count again.
namespace DnaWithdrawal {

// The latest withdrawal review's date (invalid when there is none).
QDate lastReviewOn(const QVector<WithdrawalReview>& reviews);

// The DNAs of one period dated (local date of the start) strictly after the last review and on
// or before `today`, earliest first (ties by id).
QVector<Appointment> dnasSinceReview(const QVector<Appointment>& appointments,
                                     const QVector<WithdrawalReview>& reviews, const QDate& today);

// The date of the DNA that reached the count, when a review is due; invalid otherwise (and
// always when the contract has no count).
QDate reviewDueSince(const QVector<Appointment>& appointments,
                     const QVector<WithdrawalReview>& reviews, const Contract& contract,
                     const QDate& today);

} // namespace DnaWithdrawal

} // namespace waymark
