#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace waymark {

struct Referral {
    QString id;
    QString serviceUserId;
    QString contractId;
    QDateTime receivedAt; // UTC
    QString source;       // ReferenceCodes::ReferralSource
    QString referrer;
    std::optional<bool> consent;
    QDateTime firstContactAt; // UTC; invalid when no first contact yet
    QString decision;         // ReferenceCodes::ReferralDecision
    QString decisionReason;
    QDate decidedOn;
    // Answers to eligibility questions (T 4.1) the other fields do not hold; unset when not asked.
    std::optional<bool> livesInArea;
    std::optional<bool> willingToEngage;
};

} // namespace waymark
