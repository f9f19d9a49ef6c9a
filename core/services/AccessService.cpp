#include "core/services/AccessService.h"

#include "core/domain/Clock.h"
#include "core/storage/AuditTrail.h"

namespace waymark {

AccessService::AccessService(const ServiceContext& context)
    : m_context(context)
{
}

Status AccessService::record(const QString& action, const QString& serviceUserId, const QString& detail,
                             const QString& actor)
{
    AuditEntry entry;
    entry.at = m_context.clock.now();
    entry.actor = actor.isEmpty() ? m_context.actor : actor;
    entry.action = action;
    entry.serviceUserId = serviceUserId;
    entry.recordId = serviceUserId;
    entry.table = serviceUserId.isEmpty() ? QString() : QStringLiteral("service_users");
    entry.detail = detail;
    return AuditTrail(m_context.database).record(entry);
}

Status AccessService::viewed(const QString& serviceUserId)
{
    return record(QStringLiteral("viewed"), serviceUserId, {});
}

Status AccessService::printed(const QString& serviceUserId, const QString& what)
{
    return record(QStringLiteral("printed"), serviceUserId, what);
}

Status AccessService::signedIn(const QStringList& failedNames)
{
    for (const QString& name : failedNames)
        if (Status s = record(QStringLiteral("sign_in_failed"), {}, {}, name.isEmpty() ? QStringLiteral("(administrator)") : name); !s)
            return s;
    return record(QStringLiteral("signed_in"), {}, {});
}

} // namespace waymark
