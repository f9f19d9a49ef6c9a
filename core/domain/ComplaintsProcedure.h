#pragma once

#include "core/domain/FieldProblem.h"

#include <QHash>
#include <QString>

namespace waymark {

// The service's complaints procedure as it is printed for a person at the start of their support
// (Camden specification 12.1 and 12.2): whom to complain to at the service, how soon a complaint
// is acknowledged and answered, and how to complain to the council that pays for the service
// directly, independent of the provider. Kept by the administrator, one per database.
struct ComplaintsProcedure {
    // Whom to contact at the service and how: a name or role, an address, a phone number, an email.
    QString contact;
    int acknowledgeWorkingDays = 3;
    int replyWorkingDays = 20;
    // How to complain to each contract's council directly, by contract id.
    QHash<QString, QString> councilContacts;

    static constexpr int MostWorkingDays = 60;

    // What is wrong with it, by field ("contact", "acknowledge_working_days", "reply_working_days").
    FieldProblems problems() const;
};

} // namespace waymark
