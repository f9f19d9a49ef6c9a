#include "core/services/AccessService.h"

#include "core/domain/Clock.h"
#include "core/rules/AccessPolicy.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseloadRepository.h"
#include "core/storage/ServerSignInRepository.h"
#include "core/storage/StaffRepository.h"

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

Result<SignedInUser> AccessService::signedInUser(Database& database, const QString& user, const QString& staffId,
                                                bool administratorAccount)
{
    SignedInUser who{user, staffId, administratorAccount ? Role::Administrator : Role::KeyWorker};
    if (staffId.isEmpty())
        return who;
    Result<std::optional<Staff>> staff = StaffRepository(database).find(staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value() || !(*staff)->active) {
        // Someone who has left signs in to nothing, whatever their account says.
        return Error{QObject::tr("The account \"%1\" belongs to someone no longer on the staff list. Ask the "
                                 "administrator to open it again.")
                         .arg(user),
                     {}};
    }
    who.role = AccessPolicy::roleFor((*staff)->role, administratorAccount);
    return who;
}

Result<SignedInUser> AccessService::signedInToServer(Database& database)
{
    ServerSignInRepository signIns(database);
    Result<QString> login = signIns.currentLogin();
    if (!login)
        return login.error();
    Result<std::optional<ServerSignIn>> given = signIns.find(login.value());
    if (!given)
        return given.error();
    if (!given->has_value())
        return Error{QObject::tr("The team server signed you in as \"%1\", but that sign-in is not given to anyone on "
                                 "Waymark's staff list, so Waymark does not open for it. Ask your Waymark administrator "
                                 "to give it to you (Admin, Staff, Give a sign-in).")
                         .arg(login.value()),
                     {}};
    return signedInUser(database, login.value(), (*given)->staffId, (*given)->administrator);
}

Status AccessService::mayOpen(const QString& serviceUserId) const
{
    if (AccessPolicy::seesWholeTeam(m_context.role))
        return {};
    Result<QString> keyWorker = CaseloadRepository(m_context.database).currentKeyWorker(serviceUserId);
    if (!keyWorker)
        return keyWorker.error();
    if (!AccessPolicy::mayOpenRecord(SignedInUser{m_context.actor, m_context.staffId, m_context.role}, keyWorker.value()))
        return Error{QObject::tr("This person is not on your caseload, so their record does not open for you. "
                                 "Their key worker or a team leader can see it."),
                     {}};
    return {};
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
