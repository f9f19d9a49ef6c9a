#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

// A record someone deleted (its tombstone set): still in the database and in its history, out of
// every list and return, and back where it was if the administrator restores it.
struct DeletedRecord {
    QString list; // the interchange list: "hospital_stays", "goals", ...
    QString id;
    QString serviceUserId;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDateTime deletedAt; // UTC
    QString deletedBy;   // the sign-in name
    QString summary;     // a date or the first words, to know it by
};

} // namespace waymark
