#pragma once

#include <QDate>
#include <QString>

namespace waymark {

struct PlanReview {
    QString id;
    QString supportPlanId;
    QDate heldOn;
    QString attendees;
    QString summary;
    QDate nextReviewOn;
};

} // namespace waymark
