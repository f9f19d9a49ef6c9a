#include "core/services/ComplaintsProcedureService.h"
#include "core/services/ChangeNotifier.h"
#include "tests/support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

ComplaintsProcedure complete()
{
    ComplaintsProcedure p;
    p.contact = QStringLiteral("The service manager, 12 High Street, Grays RM17 6XX, 01375 000000");
    p.acknowledgeWorkingDays = 2;
    p.replyWorkingDays = 15;
    p.councilContacts.insert(QStringLiteral("thurrock-fs"),
                             QStringLiteral("Thurrock Council complaints team, 01375 652472"));
    return p;
}

} // namespace

TEST(ComplaintsProcedure, AProcedureNamingNoOneOrAnsweringBeforeItIsAcknowledgedIsRefusedByField)
{
    ComplaintsProcedure p = complete();
    EXPECT_TRUE(p.problems().isEmpty());
    p.contact = QStringLiteral("  ");
    p.replyWorkingDays = 1;
    const FieldProblems problems = p.problems();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(0).field, QStringLiteral("contact"));
    EXPECT_EQ(problems.at(1).field, QStringLiteral("reply_working_days"));
    p = complete();
    p.acknowledgeWorkingDays = 0;
    ASSERT_EQ(p.problems().size(), 1);
    EXPECT_EQ(p.problems().first().field, QStringLiteral("acknowledge_working_days"));
}

TEST(ComplaintsProcedure, TheAdministratorKeepsItAndNoOneElseMayChangeIt)
{
    test::TestDatabase db;
    ChangeNotifier notifier;
    // Nothing kept yet: the defaults, with no one to contact.
    Result<ComplaintsProcedure> empty = ComplaintsProcedureService::load(db.db());
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->contact.isEmpty());
    EXPECT_EQ(empty->acknowledgeWorkingDays, 3);
    EXPECT_EQ(empty->replyWorkingDays, 20);

    ComplaintsProcedureService keyWorker(
        ServiceContext{db.db(), db.clock(), notifier, QStringLiteral("jo"), Role::KeyWorker});
    EXPECT_FALSE(keyWorker.save(complete()).ok());
    EXPECT_TRUE(ComplaintsProcedureService::load(db.db())->contact.isEmpty());

    ComplaintsProcedureService admin(ServiceContext{db.db(), db.clock(), notifier, QStringLiteral("admin")});
    ComplaintsProcedure incomplete = complete();
    incomplete.contact.clear();
    EXPECT_FALSE(admin.save(incomplete).ok());
    ASSERT_EQ(admin.problems().size(), 1);
    EXPECT_EQ(admin.problems().first().field, QStringLiteral("contact"));

    ASSERT_TRUE(admin.save(complete()).ok());
    Result<ComplaintsProcedure> kept = keyWorker.load();
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->contact, complete().contact);
    EXPECT_EQ(kept->acknowledgeWorkingDays, 2);
    EXPECT_EQ(kept->replyWorkingDays, 15);
    EXPECT_EQ(kept->councilContacts.value(QStringLiteral("thurrock-fs")),
              QStringLiteral("Thurrock Council complaints team, 01375 652472"));
}
