#pragma once

#include "core/domain/Appointment.h"

#include <QString>

namespace waymark {

// An appointment as a worker's diary shows it: with whom and under which contract.
struct DiaryEntry {
    Appointment appointment;
    QString serviceUserId;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString contractName;
    QString contractId;
};

} // namespace waymark
