#pragma once

#include "core/documents/PrintedForm.h"
#include "core/domain/Result.h"

#include <QJsonObject>

namespace waymark {

class Clock;
class Database;

// The answer to a subject access request: everything Waymark holds about one person, as the
// interchange JSON (with their own access log) and as a readable A4 document, with other
// service users' names taken out of both (Redaction). Staff names stay: they acted for the
// service.
class SubjectAccessReport {
public:
    struct Answer {
        QJsonObject document;
        PrintedForm form;
        int namesRemoved = 0;
    };

    SubjectAccessReport(Database& database, const Clock& clock);

    Result<Answer> build(const QString& serviceUserId);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace waymark
