#pragma once

#include "core/domain/Role.h"
#include "core/domain/SignedInUser.h"

#include <QString>

namespace waymark {

// What each role may see and do, as pure decisions: the screens ask these before they query,
// so what a role may not see is never read from the database, let alone shown.
class AccessPolicy {
public:
    // The role an account has: an administrator's account is an administrator whatever its
    // staff record says; otherwise the staff record's role code (ReferenceCodes::StaffRole).
    // No staff record, or a code we do not know, gives the least: a key worker.
    static Role roleFor(const QString& staffRoleCode, bool administratorAccount);
    // The role's code, as ReferenceCodes::StaffRole has it ("key_worker", ...).
    static QString code(Role role);

    // The whole team's caseload, Today list and diary (a key worker sees their own).
    static bool seesWholeTeam(Role role);
    // Whose caseload `user` works from: their own staff id for a key worker (someone with no
    // staff record has no caseload: a key that matches no one), empty for the whole team.
    static QString caseloadOf(const SignedInUser& user);
    // A person's record opens for whoever sees the whole team, and for the key worker of the
    // person's current support period.
    static bool mayOpenRecord(const SignedInUser& user, const QString& currentKeyWorkerId);
    // Deciding a referral (accepting opens support with a key worker: allocation).
    static bool mayDecideReferrals(Role role);
    // Agreeing (signing off) a support plan.
    static bool mayAgreePlans(Role role);
    // Quarterly returns, management information, distance travelled.
    static bool mayRunReports(Role role);
    // Staff and their accounts, contracts, star templates, deleted records, the audit trail,
    // the retention review, whole-database export, import, backup and restore.
    static bool mayAdminister(Role role);
    // A subject access export of one person (a team leader answers the request).
    static bool mayExportPerson(Role role);

    // A sentence saying what `role` may not do, for a refusal.
    static QString refusal(const QString& what);
};

} // namespace waymark
