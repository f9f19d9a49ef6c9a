#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace waymark {

// One risk found by an assessment: to whom, how serious, and how it is managed (T 5.1).
struct Risk {
    QString id;
    QString towards;     // ReferenceCodes::RiskTowards: the person, others, staff
    QString level;       // ReferenceCodes::RiskLevel
    QString description;
    QString management;  // the plan to manage it
};

// An assessment of risk for one support period. It is made before the support plan and reviewed
// with it; a review is a new assessment, so the earlier ones stay as they were.
struct RiskAssessment {
    QString id;
    QString supportPeriodId;
    QDate assessedOn;
    QString assessedBy;
    QDate nextReviewOn;
    QVector<Risk> risks;

    // The risks towards one group, in the order they were written.
    QVector<Risk> risksTowards(const QString& towards) const
    {
        QVector<Risk> out;
        for (const Risk& r : risks)
            if (r.towards == towards)
                out << r;
        return out;
    }
};

} // namespace waymark
