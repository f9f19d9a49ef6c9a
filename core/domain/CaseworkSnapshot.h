#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/Contract.h"
#include "core/domain/PlanReview.h"
#include "core/domain/Referral.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/SupportPlan.h"
#include "core/domain/WithdrawalReview.h"

#include <QVector>

namespace waymark {

// The live (not deleted) records the casework rules look at, as plain values, so that the Today
// list is a pure function a test can feed by hand.
struct CaseworkSnapshot {
    QVector<Contract> contracts;
    QVector<Referral> referrals;
    QVector<SupportPeriod> periods;
    QVector<Appointment> appointments;
    QVector<SupportPlan> plans;
    QVector<PlanReview> reviews;
    QVector<StarAssessment> assessments; // scores may be left empty: only dates matter here
    QVector<WithdrawalReview> withdrawalReviews;
};

} // namespace waymark
