#include "core/rules/AccessPolicy.h"

#include <QObject>

namespace waymark {

Role AccessPolicy::roleFor(const QString& staffRoleCode, bool administratorAccount)
{
    if (administratorAccount || staffRoleCode == QLatin1String("admin"))
        return Role::Administrator;
    if (staffRoleCode == QLatin1String("team_leader"))
        return Role::TeamLeader;
    return Role::KeyWorker;
}

QString AccessPolicy::code(Role role)
{
    switch (role) {
    case Role::KeyWorker:
        return QStringLiteral("key_worker");
    case Role::TeamLeader:
        return QStringLiteral("team_leader");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return QStringLiteral("key_worker");
}

bool AccessPolicy::seesWholeTeam(Role role)
{
    return role != Role::KeyWorker;
}

QString AccessPolicy::caseloadOf(const SignedInUser& user)
{
    if (seesWholeTeam(user.role))
        return {};
    // Someone with no staff record is a key worker of no one: a key no period has.
    return user.staffId.isEmpty() ? QStringLiteral("\u0001no-staff-record") : user.staffId;
}

bool AccessPolicy::mayOpenRecord(const SignedInUser& user, const QString& currentKeyWorkerId)
{
    if (seesWholeTeam(user.role))
        return true;
    return !user.staffId.isEmpty() && user.staffId == currentKeyWorkerId;
}

bool AccessPolicy::mayDecideReferrals(Role role)
{
    return role != Role::KeyWorker;
}

bool AccessPolicy::mayAgreePlans(Role role)
{
    return role != Role::KeyWorker;
}

bool AccessPolicy::mayRunReports(Role role)
{
    return role != Role::KeyWorker;
}

bool AccessPolicy::mayAdminister(Role role)
{
    return role == Role::Administrator;
}

bool AccessPolicy::mayExportPerson(Role role)
{
    return role != Role::KeyWorker;
}

QString AccessPolicy::refusal(const QString& what)
{
    return QObject::tr("Your role does not allow %1. Ask a team leader or the administrator.").arg(what);
}

} // namespace waymark
