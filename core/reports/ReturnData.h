#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/Contract.h"
#include "core/domain/GroupSession.h"
#include "core/domain/HospitalStay.h"
#include "core/domain/OutcomeRecord.h"
#include "core/domain/Referral.h"
#include "core/domain/ServiceUser.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/domain/SupportPeriod.h"
#include "core/reports/ReportingPeriod.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace waymark {

// What a return for one contract and period is computed from, read once from storage: the
// contract's periods and their people always, and of the other lists those the KPI set's figures
// read (KpiCalculator::partsFor; KpiReport::load reads them all unless told), the rest left empty.
// The storage may hand over more than counts (a day either side of the period, records of other
// contracts): the calculation itself decides, by spec/kpi.md, what is in and what is out.
struct ReturnData {
    Contract contract;
    ReportingPeriod period;
    // Tombstoned records are never here.
    QVector<SupportPeriod> supportPeriods; // the contract's periods that may be in period
    QHash<QString, ServiceUser> people;    // everyone any other list here names
    QVector<OutcomeRecord> outcomes;       // of those periods
    QVector<Referral> referrals;           // the contract's referrals around the period
    // Attended appointments around the period, and the person of the contract's period each
    // belongs to (an appointment whose period is not in this map is not the contract's).
    QVector<Appointment> appointments;
    QHash<QString, QString> appointmentPeriodPerson;
    QVector<HospitalStay> hospitalStays;   // of the people of those periods
    QVector<GroupSession> sessions;        // the contract's sessions around the period
    QVector<Attendance> attendance;        // at those sessions (for a return: its befriending ones)
    // Each person's earliest support period start with this contract, for new service users.
    QHash<QString, QDate> earliestStart;
    std::optional<StarTemplate> star;      // the contract's template, when it has one
    // The periods' assessments up to the period's end; only each period's first and latest
    // (DistanceTravelled::scoredEnds) have their scores read, the others' are empty.
    QVector<StarAssessment> starAssessments;
};

} // namespace waymark
