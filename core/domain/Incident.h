#pragma once

#include <QDate>
#include <QString>

namespace waymark {

// A serious untoward incident, a safeguarding concern, or another incident, and when it was
// reported to the commissioner.
struct Incident {
    QString id;
    QString serviceUserId;
    QDate occurredOn;
    QString kind; // ReferenceCodes::IncidentKind
    QString summary;
    QDate reportedToCommissionerOn;
};

} // namespace waymark
