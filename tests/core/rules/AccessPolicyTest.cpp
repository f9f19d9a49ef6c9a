#include "core/rules/AccessPolicy.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(AccessPolicy, AnAccountsRoleComesFromItsStaffRecordUnlessItIsTheAdministrators)
{
    EXPECT_EQ(AccessPolicy::roleFor(QStringLiteral("key_worker"), false), Role::KeyWorker);
    EXPECT_EQ(AccessPolicy::roleFor(QStringLiteral("team_leader"), false), Role::TeamLeader);
    EXPECT_EQ(AccessPolicy::roleFor(QStringLiteral("admin"), false), Role::Administrator);
    EXPECT_EQ(AccessPolicy::roleFor(QStringLiteral("key_worker"), true), Role::Administrator);
    // Anything unknown gets the least.
    EXPECT_EQ(AccessPolicy::roleFor(QString(), false), Role::KeyWorker);
    EXPECT_EQ(AccessPolicy::roleFor(QStringLiteral("Team Leader"), false), Role::KeyWorker);
}

TEST(AccessPolicy, AKeyWorkerSeesTheirOwnCaseloadAndATeamLeaderTheTeams)
{
    const SignedInUser jo{QStringLiteral("jo"), QStringLiteral("kw-1"), Role::KeyWorker};
    const SignedInUser pat{QStringLiteral("pat"), QStringLiteral("tl-1"), Role::TeamLeader};
    EXPECT_EQ(AccessPolicy::caseloadOf(jo), QStringLiteral("kw-1"));
    EXPECT_TRUE(AccessPolicy::caseloadOf(pat).isEmpty());
    EXPECT_TRUE(AccessPolicy::mayOpenRecord(jo, QStringLiteral("kw-1")));
    EXPECT_FALSE(AccessPolicy::mayOpenRecord(jo, QStringLiteral("kw-2")));
    EXPECT_FALSE(AccessPolicy::mayOpenRecord(jo, QString()));
    EXPECT_TRUE(AccessPolicy::mayOpenRecord(pat, QStringLiteral("kw-2")));
    EXPECT_TRUE(AccessPolicy::mayOpenRecord(pat, QString()));
}

TEST(AccessPolicy, AKeyWorkerWithNoStaffRecordHasNoCaseload)
{
    const SignedInUser nobody{QStringLiteral("temp"), QString(), Role::KeyWorker};
    // Not empty (that would mean the whole team), and no period has it.
    EXPECT_FALSE(AccessPolicy::caseloadOf(nobody).isEmpty());
    EXPECT_FALSE(AccessPolicy::mayOpenRecord(nobody, QString()));
}

TEST(AccessPolicy, EachRoleHasWhatTheOneBeforeItHasAndMore)
{
    EXPECT_FALSE(AccessPolicy::mayRunReports(Role::KeyWorker));
    EXPECT_FALSE(AccessPolicy::mayAgreePlans(Role::KeyWorker));
    EXPECT_FALSE(AccessPolicy::mayAdminister(Role::KeyWorker));
    EXPECT_FALSE(AccessPolicy::mayExportPerson(Role::KeyWorker));
    EXPECT_TRUE(AccessPolicy::mayRunReports(Role::TeamLeader));
    EXPECT_TRUE(AccessPolicy::mayAgreePlans(Role::TeamLeader));
    EXPECT_TRUE(AccessPolicy::mayExportPerson(Role::TeamLeader));
    EXPECT_FALSE(AccessPolicy::mayAdminister(Role::TeamLeader));
    EXPECT_TRUE(AccessPolicy::mayRunReports(Role::Administrator));
    EXPECT_TRUE(AccessPolicy::mayAdminister(Role::Administrator));
}
