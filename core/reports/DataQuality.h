#pragma once

#include "core/reports/ReturnData.h"

#include <QVector>

namespace waymark {

// The records that make a return's figures uncertain, found before it is sent: each names the
// person, the record to fix and what is missing, so a team leader can put it right first.
struct DataQualityIssue {
    enum class Kind {
        LeaverWithoutExitAccommodation,
        LeaverWithoutOutcomes,
        GpStatusUnknown,
        TenureUnknown,
        ReferralWithoutFirstContact,
        LongOpenHospitalStay,
        OverlappingHospitalStays,
    };
    Kind kind;
    QString serviceUserId;
    QString recordId;
    QDate date;          // the date the record is known by
    QString description; // what is wrong, in a team leader's words
    // The figures it makes uncertain (KPI ids of the contract's set).
    QStringList affects;
};

namespace DataQuality {

// Every issue of the return's data, by person and then kind. Only what the contract's KPI set
// reads is checked (outcomes only where a figure counts them).
QVector<DataQualityIssue> check(const ReturnData& data);
// Where on the person's record each kind is fixed: "profile", "health", "outcomes", "referral".
QString whereToFix(DataQualityIssue::Kind kind);

} // namespace DataQuality
} // namespace waymark
