#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

struct CaseNote {
    QString id;
    QString supportPeriodId;
    QDateTime writtenAt; // UTC
    QString authorId;
    QString text;
};

} // namespace waymark
