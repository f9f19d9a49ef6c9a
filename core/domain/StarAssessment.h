#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace waymark {

struct StarAssessment {
    QString id;
    QString supportPeriodId;
    QString templateId;
    QDate assessedOn;
    QString completedBy;        // ReferenceCodes::CompletedBy
    QMap<QString, int> scores;  // area key -> score
    QMap<QString, QString> notes; // area key -> note
};

} // namespace waymark
