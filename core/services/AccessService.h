#pragma once

#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"

#include <QStringList>

namespace waymark {

// Puts every access that changes nothing in the audit trail, as who is signed in: opening a
// person's record, printing from it, signing in (and the failed tries before).
class AccessService {
public:
    explicit AccessService(const ServiceContext& context);

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
