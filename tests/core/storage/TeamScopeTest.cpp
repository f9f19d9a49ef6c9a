#include "core/interchange/Importer.h"
#include "core/services/AccessService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "tests/support/TeamCaseload.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class TeamScope : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock())
                        .importObject(test::teamCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                        .ok());
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
};

QStringList people(const QVector<CaseloadEntry>& entries)
{
    QStringList out;
    for (const CaseloadEntry& e : entries)
        out << e.serviceUserId;
    return out;
}

} // namespace

TEST_F(TeamScope, AKeyWorkersCaseloadIsOnlyThePeopleWhoseSupportTheyHold)
{
    const QDateTime now = m_db.clock().now();
    EXPECT_EQ(people(m_repos.caseload.entries(now).value()), (QStringList{u"su-2"_qs, u"su-1"_qs}));
    EXPECT_EQ(people(m_repos.caseload.entries(now, QStringLiteral("kw-1")).value()), QStringList{u"su-1"_qs});
    EXPECT_EQ(people(m_repos.caseload.entries(now, QStringLiteral("kw-2")).value()), QStringList{u"su-2"_qs});
    EXPECT_TRUE(m_repos.caseload.entries(now, QStringLiteral("tl-1")).value().isEmpty());
    EXPECT_EQ(m_repos.caseload.currentKeyWorker(QStringLiteral("su-2")).value(), QStringLiteral("kw-2"));
    EXPECT_TRUE(m_repos.caseload.currentKeyWorker(QStringLiteral("no-one")).value().isEmpty());
}

TEST_F(TeamScope, AKeyWorkersTodayReadsOnlyTheirPeriodsButEveryReferral)
{
    const CaseworkSnapshot mine = m_repos.casework.snapshot(QStringLiteral("kw-1")).value();
    ASSERT_EQ(mine.periods.size(), 1);
    EXPECT_EQ(mine.periods.first().id, QStringLiteral("sp-1"));
    for (const Appointment& a : mine.appointments)
        EXPECT_EQ(a.supportPeriodId, QStringLiteral("sp-1"));
    for (const StarAssessment& s : mine.assessments)
        EXPECT_EQ(s.supportPeriodId, QStringLiteral("sp-1")) << "Sam's person's stars were read";
    EXPECT_EQ(mine.referrals.size(), 2);

    const CaseworkSnapshot sams = m_repos.casework.snapshot(QStringLiteral("kw-2")).value();
    ASSERT_EQ(sams.periods.size(), 1);
    EXPECT_EQ(sams.assessments.size(), 2);
    EXPECT_TRUE(sams.plans.isEmpty());
    EXPECT_EQ(m_repos.casework.snapshot().value().periods.size(), 2);
}

TEST_F(TeamScope, ARecordOpensOnlyForItsKeyWorkerOrSomeoneWhoSeesTheTeam)
{
    AccessService jo{ServiceContext{m_db.db(), m_db.clock(), m_notifier, u"jo"_qs, Role::KeyWorker, u"kw-1"_qs}};
    AccessService pat{ServiceContext{m_db.db(), m_db.clock(), m_notifier, u"pat"_qs, Role::TeamLeader, u"tl-1"_qs}};
    EXPECT_TRUE(jo.mayOpen(QStringLiteral("su-1")).ok());
    Status refused = jo.mayOpen(QStringLiteral("su-2"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not on your caseload")));
    EXPECT_TRUE(pat.mayOpen(QStringLiteral("su-2")).ok());
}

TEST_F(TeamScope, AnAccountsRoleIsItsStaffRecords)
{
    EXPECT_EQ(AccessService::signedInUser(m_db.db(), u"jo"_qs, u"kw-1"_qs, false).value().role, Role::KeyWorker);
    EXPECT_EQ(AccessService::signedInUser(m_db.db(), u"pat"_qs, u"tl-1"_qs, false).value().role, Role::TeamLeader);
    EXPECT_EQ(AccessService::signedInUser(m_db.db(), u"admin"_qs, QString(), true).value().role, Role::Administrator);
    // An account with no staff record is a key worker of no one; one whose record is gone opens nothing.
    EXPECT_EQ(AccessService::signedInUser(m_db.db(), u"temp"_qs, QString(), false).value().role, Role::KeyWorker);
    EXPECT_FALSE(AccessService::signedInUser(m_db.db(), u"gone"_qs, u"kw-9"_qs, false).ok());
}

TEST_F(TeamScope, AKeyWorkerCannotAllocateSupportToThemselves)
{
    ReferralService jo{ServiceContext{m_db.db(), m_db.clock(), m_notifier, u"jo"_qs, Role::KeyWorker, u"kw-1"_qs}};
    EXPECT_FALSE(jo.mayDecide());
    Result<QString> refused = jo.decide(QStringLiteral("ref-2"), {u"accepted"_qs, {}, u"kw-1"_qs, QDate(2026, 7, 1), false});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("team leader")));
    EXPECT_EQ(m_repos.caseload.currentKeyWorker(QStringLiteral("su-2")).value(), QStringLiteral("kw-2"));
    // The people a key worker may pick for a new referral are their own.
    EXPECT_EQ(jo.caseloadScope(), QStringLiteral("kw-1"));
}
