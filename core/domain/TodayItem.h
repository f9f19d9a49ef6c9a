#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark {

// One thing on a worker's Today list (spec/interchange.md, `today`).
struct TodayItem {
    enum class Kind {
        FirstContactOverdue,
        FirstContactDue,
        PlanMissing,
        PlanReviewDue,
        StarDue,
        EndingSoon,
        PastMaximumDuration,
        DnaWithdrawalReview,
        WeeklyCapExceeded,
    };

    Kind kind = Kind::FirstContactDue;
    QString serviceUserId;
    QString supportPeriodId; // empty for a referral item
    QString referralId;      // empty for a period item
    QDate dueDate;           // period items
    QDateTime dueAt;         // referral items (UTC)

    // The interchange code of the kind ("first_contact_overdue", ...).
    static QString code(Kind kind);
    // `due` as the spec writes it: a date, or a UTC date-time for the first-contact kinds.
    QString dueText() const;
};

} // namespace waymark
