#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

// One of the team server's own sign-ins (a PostgreSQL login, whose password the server keeps)
// given to a member of staff: their staff record gives the role, and so what Waymark shows them.
struct ServerSignIn {
    QString login;
    QString staffId; // empty for the administrator who made the server, before they have a record
    bool administrator = false;
    QDateTime givenAt; // UTC
    QString givenBy;
};

} // namespace waymark
