#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DeletedRecordService.h"
#include "core/services/RecordWriter.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Lexi (su-1) is Jo's (kw-1), with a hospital stay (hs-1); Bartholomew (su-2) has no key worker
// now, and a complaint (co-1).
class DeletedRecords : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"),
                                                                  QStringLiteral("test"))
                        .ok());
    }

    DeletedRecordService as(Role role, const char* actor, const char* staffId = "")
    {
        return DeletedRecordService{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QString::fromLatin1(actor), role,
                                                   QString::fromLatin1(staffId)}};
    }

    int staysOfLexi() { return int(m_repos.hospitalStays.forServiceUser(QStringLiteral("su-1"))->size()); }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
};

} // namespace

TEST_F(DeletedRecords, AStayEnteredByMistakeLeavesTheRecordAndTheAdministratorCanBringItBack)
{
    QStringList changed;
    QObject::connect(&m_notifier, &ChangeNotifier::serviceUserChanged, [&](const QString& id) { changed << id; });
    ASSERT_EQ(staysOfLexi(), 1);
    DeletedRecordService jo = as(Role::KeyWorker, "jo", "kw-1");
    ASSERT_TRUE(jo.remove(QStringLiteral("hospital_stays"), QStringLiteral("hs-1")).ok());
    EXPECT_EQ(staysOfLexi(), 0);
    EXPECT_EQ(changed, QStringList{QStringLiteral("su-1")});
    // A key worker does not see the deleted records, nor bring one back.
    EXPECT_FALSE(jo.deleted().ok());
    EXPECT_FALSE(jo.restore(QStringLiteral("hospital_stays"), QStringLiteral("hs-1")).ok());

    DeletedRecordService admin = as(Role::Administrator, "admin");
    const QVector<DeletedRecord> deleted = admin.deleted().value();
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_EQ(deleted.first().list, QStringLiteral("hospital_stays"));
    EXPECT_EQ(deleted.first().serviceUserId, QStringLiteral("su-1"));
    EXPECT_EQ(deleted.first().preferredName, QStringLiteral("Lexi"));
    EXPECT_EQ(deleted.first().deletedBy, QStringLiteral("jo"));
    EXPECT_EQ(deleted.first().summary, QStringLiteral("Fri 1 May 2026"));

    ASSERT_TRUE(admin.restore(QStringLiteral("hospital_stays"), QStringLiteral("hs-1")).ok());
    EXPECT_EQ(staysOfLexi(), 1);
    EXPECT_TRUE(admin.deleted()->isEmpty());
    // Both are in the trail, as who did them, and the History tab.
    AuditQuery query;
    query.serviceUserId = QStringLiteral("su-1");
    QStringList actions;
    for (const AuditEntry& e : AuditTrail(m_db.db()).search(query).value())
        if (e.table == QLatin1String("hospital_stays"))
            actions << e.actor + QLatin1Char(':') + e.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("jo:deleted")));
    EXPECT_TRUE(actions.contains(QStringLiteral("admin:restored")));
    EXPECT_TRUE(m_db.db().problems()->isEmpty());
}

TEST_F(DeletedRecords, OnlyMistakesOfOnesOwnCaseloadAndOnlyWhatIsNotCorrectedInstead)
{
    DeletedRecordService jo = as(Role::KeyWorker, "jo", "kw-1");
    // Bartholomew is not on Jo's caseload.
    const Status refused = jo.remove(QStringLiteral("complaints"), QStringLiteral("co-1"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not on your caseload"))) << refused.error().message.toStdString();
    EXPECT_EQ(m_repos.concerns.complaintsForServiceUser(QStringLiteral("su-2"))->size(), 1);
    // Notes, appointments and the like are corrected, not deleted.
    EXPECT_FALSE(jo.remove(QStringLiteral("notes"), QStringLiteral("no-1")).ok());
    EXPECT_FALSE(as(Role::TeamLeader, "sam").remove(QStringLiteral("appointments"), QStringLiteral("ap-1")).ok());
    // A team leader deletes for the whole team; an unknown record says so.
    EXPECT_TRUE(as(Role::TeamLeader, "sam").remove(QStringLiteral("complaints"), QStringLiteral("co-1")).ok());
    EXPECT_TRUE(m_repos.concerns.complaintsForServiceUser(QStringLiteral("su-2"))->isEmpty());
    EXPECT_FALSE(as(Role::TeamLeader, "sam").remove(QStringLiteral("complaints"), QStringLiteral("co-404")).ok());
}

TEST_F(DeletedRecords, ARecordWaitsForWhatItBelongsTo)
{
    // A goal deleted, then the plan it belongs to.
    RecordWriter writer(m_db.db(), m_db.clock(), QStringLiteral("admin"));
    ASSERT_TRUE(writer.inTransaction([&]() -> Status {
        if (Status s = writer.remove(QStringLiteral("goals"), QStringLiteral("go-1")); !s)
            return s;
        return writer.remove(QStringLiteral("support_plans"), QStringLiteral("pl-1"));
    }).ok());
    DeletedRecordService admin = as(Role::Administrator, "admin");
    const QVector<DeletedRecord> deleted = admin.deleted().value();
    ASSERT_EQ(deleted.size(), 2);
    const Status early = admin.restore(QStringLiteral("goals"), QStringLiteral("go-1"));
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("support plan"))) << early.error().message.toStdString();
    ASSERT_TRUE(admin.restore(QStringLiteral("support_plans"), QStringLiteral("pl-1")).ok());
    ASSERT_TRUE(admin.restore(QStringLiteral("goals"), QStringLiteral("go-1")).ok());
    EXPECT_TRUE(admin.deleted()->isEmpty());
}
