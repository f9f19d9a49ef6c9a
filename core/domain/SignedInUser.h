#pragma once

#include "core/domain/Role.h"

#include <QString>

namespace waymark {

// Who is using Waymark: the name they signed in with (what the audit trail records), their
// staff record (whose caseload is theirs) and their role.
struct SignedInUser {
    QString user;
    QString staffId;
    Role role = Role::KeyWorker;
};

} // namespace waymark
