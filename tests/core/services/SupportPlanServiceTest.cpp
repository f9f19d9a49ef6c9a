#include "core/interchange/Importer.h"
#include "core/rules/RecordChecks.h"
#include "core/rules/ReviewDue.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/SupportPlanService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// sp-1 is Lexi's Thurrock period, started 3 April 2026; now is 1 July 2026.
class SupportPlans : public ::testing::Test {
protected:
    void SetUp() override
    {
        QJsonObject doc = test::smallCaseload();
        // Start from a period with no plan of its own.
        doc.remove(QStringLiteral("support_plans"));
        doc.remove(QStringLiteral("goals"));
        doc.remove(QStringLiteral("reviews"));
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(doc, QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    static Goal goal(const QString& what)
    {
        Goal g;
        g.what = what;
        g.measure = QStringLiteral("Rent account in credit at each monthly check");
        g.who = QStringLiteral("Lexi pays on the 1st; Jo checks the account with her");
        g.targetDate = QDate(2026, 10, 1);
        g.outcomeCode = QStringLiteral("4a");
        g.tasks = {QStringLiteral("Maximise income"), QStringLiteral("Set up a payment plan")};
        return g;
    }

    SupportPlan draft()
    {
        SupportPlan plan;
        plan.supportPeriodId = QStringLiteral("sp-1");
        for (const char* area : {"ethnicity", "religion", "culture", "gender", "sexuality", "disability"})
            plan.needs.insert(QString::fromLatin1(area), QString::fromLatin1(RecordChecks::NoneIdentified));
        return plan;
    }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
    SupportPlanService m_service{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
};

} // namespace

TEST_F(SupportPlans, AGoalThatIsNotSmartIsNamedField)
{
    Goal vague;
    vague.what = QStringLiteral("Feel better");
    vague.targetDate = QDate(2026, 1, 1);
    EXPECT_FALSE(m_service.saveDraft(draft(), {vague}).ok());
    QStringList fields;
    for (const FieldProblem& p : m_service.problems())
        fields << p.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("goals[0].measure"), QStringLiteral("goals[0].who"),
                                   QStringLiteral("goals[0].target_date")}));
}

TEST_F(SupportPlans, AgreementNeedsEveryAreaOfNeedConsidered)
{
    Result<QString> id = m_service.saveDraft(draft(), {goal(QStringLiteral("Keep the tenancy"))});
    ASSERT_TRUE(id.ok());
    EXPECT_FALSE(m_service.agree(id.value(), QDate(2026, 7, 1)).ok());
    ASSERT_EQ(m_service.problems().size(), 1);
    EXPECT_EQ(m_service.problems().first().field, QStringLiteral("needs.age"));

    SupportPlan plan = m_repos.supportPlans.find(id.value())->value();
    plan.needs.insert(QStringLiteral("age"), QStringLiteral("Worried about managing stairs as she gets older"));
    ASSERT_TRUE(m_service.saveDraft(plan, m_repos.supportPlans.goalsForPlan(id.value()).value()).ok());
    ASSERT_TRUE(m_service.agree(id.value(), QDate(2026, 7, 1)).ok());
    const SupportPlan agreed = m_repos.supportPlans.find(id.value())->value();
    EXPECT_EQ(agreed.agreedOn, QDate(2026, 7, 1));
    EXPECT_EQ(agreed.nextReviewOn, QDate(2026, 9, 23)); // twelve weeks on
    // Once agreed, a plan changes only through a review.
    EXPECT_FALSE(m_service.saveDraft(agreed, {}).ok());
}

TEST_F(SupportPlans, AReviewThatChangesTheGoalsKeepsTheAgreedVersion)
{
    SupportPlan plan = draft();
    plan.needs.insert(QStringLiteral("age"), QString::fromLatin1(RecordChecks::NoneIdentified));
    Result<QString> id = m_service.saveDraft(plan, {goal(QStringLiteral("Keep the tenancy"))});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(m_service.agree(id.value(), QDate(2026, 6, 1)).ok());
    const QVector<Goal> agreedGoals = m_repos.supportPlans.goalsForPlan(id.value()).value();
    ASSERT_EQ(agreedGoals.size(), 1);
    EXPECT_EQ(agreedGoals.first().tasks, (QStringList{QStringLiteral("Maximise income"), QStringLiteral("Set up a payment plan")}));

    // A review that only moves a goal on changes it in place.
    QVector<Goal> progressed = agreedGoals;
    progressed[0].status = QStringLiteral("partly_achieved");
    PlanReview first{QString(), QString(), QDate(2026, 6, 20), QStringLiteral("Lexi, Jo"), QStringLiteral("Arrears halved"), QDate()};
    Result<QString> same = m_service.review(id.value(), first, progressed);
    ASSERT_TRUE(same.ok()) << same.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(same.value(), id.value());
    EXPECT_EQ(m_repos.supportPlans.goalsForPlan(id.value())->first().status, QStringLiteral("partly_achieved"));

    // A review that adds a goal writes a new version; the agreed one stays as it was.
    QVector<Goal> changed = m_repos.supportPlans.goalsForPlan(id.value()).value();
    changed << goal(QStringLiteral("Register with a dentist"));
    PlanReview second{QString(), QString(), QDate(2026, 6, 20), QStringLiteral("Lexi, Jo, CMHT"),
                      QStringLiteral("New goal agreed"), QDate()};
    Result<QString> next = m_service.review(id.value(), second, changed);
    ASSERT_TRUE(next.ok());
    EXPECT_NE(next.value(), id.value());
    EXPECT_EQ(m_repos.supportPlans.goalsForPlan(id.value())->size(), 1);
    EXPECT_EQ(m_repos.supportPlans.goalsForPlan(next.value())->size(), 2);
    const QVector<SupportPlan> versions = m_repos.supportPlans.plansForPeriod(QStringLiteral("sp-1")).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions.first().id, next.value()) << "the new version is the plan in force";
    EXPECT_EQ(ReviewDue::currentPlan(versions)->id, next.value());
    EXPECT_EQ(versions.first().nextReviewOn, QDate(2026, 9, 12));
}

TEST_F(SupportPlans, AKeyWorkerDraftsAPlanAndATeamLeaderSignsItOff)
{
    SupportPlanService keyWorker{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("jo"),
                                                Role::KeyWorker, QStringLiteral("kw-1")}};
    SupportPlanService teamLeader{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("pat"),
                                                 Role::TeamLeader, QStringLiteral("tl-1")}};
    SupportPlan plan = draft();
    plan.needs.insert(QStringLiteral("age"), QStringLiteral("None identified"));
    Result<QString> id = keyWorker.saveDraft(plan, {goal(QStringLiteral("Keep the tenancy"))});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_FALSE(keyWorker.mayAgree());
    Status refused = keyWorker.agree(id.value(), QDate(2026, 7, 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("team leader")));
    EXPECT_FALSE(m_repos.supportPlans.find(id.value())->value().agreedOn.isValid());

    EXPECT_TRUE(teamLeader.mayAgree());
    ASSERT_TRUE(teamLeader.agree(id.value(), QDate(2026, 7, 1)).ok());
    EXPECT_EQ(m_repos.supportPlans.find(id.value())->value().agreedOn, QDate(2026, 7, 1));
}
