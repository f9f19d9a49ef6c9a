#pragma once

#include <QDate>
#include <QString>

namespace waymark {

// Someone on record as a list to choose from shows them: the names and the date of birth that
// tell two people of the same name apart. Read for everyone at once, so it holds nothing else.
struct PersonChoice {
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
};

} // namespace waymark
