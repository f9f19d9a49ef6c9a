#pragma once

#include "core/domain/Result.h"
#include "core/domain/SignedInUser.h"
#include "core/services/ServiceContext.h"

#include <QStringList>

namespace waymark {

// Puts every access that changes nothing in the audit trail, as who is signed in: opening a
// person's record, printing from it, signing in (and the failed tries before). And says whether
// whoever is signed in may open a person's record at all, before anything of it is read.
class AccessService {
public:
    explicit AccessService(const ServiceContext& context);

    // Who an account is once signed in: its staff record and the role that gives (see
    // AccessPolicy::roleFor). A staff record that has left (inactive) signs in to nothing.
    static Result<SignedInUser> signedInUser(Database& database, const QString& user, const QString& staffId,
                                             bool administratorAccount);
    // Who the team server signed this connection in as, through the sign-in an administrator gave
    // them (x_server_sign_ins). A server sign-in given to nobody opens nothing.
    static Result<SignedInUser> signedInToServer(Database& database);

    // Refused, with words saying why, when the person is not on a key worker's caseload. Reads
    // only who the person's current key worker is.
    Status mayOpen(const QString& serviceUserId) const;
    Status viewed(const QString& serviceUserId);
    Status printed(const QString& serviceUserId, const QString& what);
    // A sign-in, after the names tried and refused before it in the same sitting.
    Status signedIn(const QStringList& failedNames = {});

private:
    Status record(const QString& action, const QString& serviceUserId, const QString& detail,
                  const QString& actor = {});

    ServiceContext m_context;
};

} // namespace waymark
