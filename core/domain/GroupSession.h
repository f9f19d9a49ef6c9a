#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace waymark {

// A group session of a contract (C 6.2, 14.3): a structured session, a peer-led one, a drop-in
// surgery, a social club and so on, with who led it and where.
struct GroupSession {
    QString id;
    QString contractId;
    QString kind; // ReferenceCodes::SessionKind
    QString title;
    QDateTime startsAt; // UTC
    int durationMinutes = 120;
    QString ledBy; // ReferenceCodes::LedBy
    QString venue;

    bool isDropIn() const { return kind == QLatin1String("drop_in"); }
};

// One line of a session's register. At a drop-in surgery it also says what was discussed with
// the person and for how long.
struct Attendance {
    QString sessionId;
    QString serviceUserId;
    bool attended = true;
    QString discussed;
    std::optional<int> minutes;
};

} // namespace waymark
