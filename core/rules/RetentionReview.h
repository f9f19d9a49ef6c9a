#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace waymark {

// What the retention review needs to know about one person.
struct RetentionFacts {
    QString serviceUserId;
    QString name;
    QDate lastSupportEnded; // the latest end of their support periods; invalid when none ended
    QDate lastReferral;     // the latest referral received (London date); invalid when none
    bool inSupport = false; // a support period with no end
    bool pendingReferral = false;
};

// UK GDPR's storage limitation: records are kept only as long as they are needed. A person is
// due for review when nothing about them is current (no open support, no referral waiting) and
// the last thing that happened (their support ending, or a referral that came to nothing) was
// more than `years` ago.
class RetentionReview {
public:
    static constexpr int DefaultYears = 6;
    static constexpr int FewestYears = 1;
    static constexpr int MostYears = 100;

    static QDate lastActivity(const RetentionFacts& facts);
    static bool isDue(const RetentionFacts& facts, const QDate& today, int years);
    // Those due, the longest-ago first.
    static QVector<RetentionFacts> due(const QVector<RetentionFacts>& everyone, const QDate& today, int years);
};

} // namespace waymark
