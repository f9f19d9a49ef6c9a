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
    QString correctsNoteId; // the note this one corrects, if it is a correction
};

} // namespace waymark
