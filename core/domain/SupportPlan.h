#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace waymark {

struct SupportPlan {
    QString id;
    QString supportPeriodId;
    QDate agreedOn; // invalid until the person has agreed it
    // Needs arising from ethnicity, religion, culture, gender, sexuality, disability and age
    // (ReferenceCodes::NeedArea): absent when not recorded.
    QMap<QString, QString> needs;
    QDate nextReviewOn;
};

} // namespace waymark
