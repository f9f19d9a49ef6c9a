#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace waymark {

// A SMART goal of a support plan.
struct Goal {
    QString id;
    QString supportPlanId;
    QString what;
    QString measure;
    QString who;
    QDate targetDate;
    QString outcomeCode; // ReferenceCodes::OutcomeCode
    QString starArea;
    QStringList tasks;
    QString status; // ReferenceCodes::GoalStatus
};

} // namespace waymark
