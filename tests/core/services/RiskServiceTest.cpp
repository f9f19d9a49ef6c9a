#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RiskService.h"
#include "core/storage/Repositories.h"
#include "tests/support/CaseworkBuilders.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

Risk risk(const char* towards, const char* level, const char* description, const char* management)
{
    return Risk{{}, QString::fromLatin1(towards), QString::fromLatin1(level), QString::fromLatin1(description),
                QString::fromLatin1(management)};
}

RiskAssessment assessment(const QDate& on)
{
    RiskAssessment a;
    a.supportPeriodId = QStringLiteral("sp-1");
    a.assessedOn = on;
    a.assessedBy = QStringLiteral("Jo Marsh with Lexi");
    a.risks << risk("person", "medium", "Stops eating when low", "Jo checks food in the flat at each visit")
            << risk("staff", "low", "Dog at the property", "Lexi shuts the dog in the kitchen before visits");
    return a;
}

bool hasProblem(const FieldProblems& problems, const QString& field)
{
    for (const FieldProblem& p : problems)
        if (p.field == field && p.isError())
            return true;
    return false;
}

// sp-1 is Lexi's Thurrock period; its plan pl-1 was last reviewed on 15 June 2026 with the next
// review set for 7 September 2026. Now is 1 July 2026.
class RiskAssessments : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
    RiskService m_service{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
};

} // namespace

TEST(RiskChecks, EveryRiskNeedsALevelAndAPlanToManageIt)
{
    RiskAssessment a = assessment(QDate(2026, 6, 1));
    a.risks << risk("others", "", "Shouts at neighbours", "");
    const FieldProblems problems = RecordChecks::riskAssessment(a, test::openPeriod(QDate(2026, 4, 3)), QDate(2026, 7, 1));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("risks[2].level")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("risks[2].management")));
    EXPECT_FALSE(hasProblem(problems, QStringLiteral("risks[0].management")));
}

TEST(RiskChecks, NotInTheFutureAndSaysWhoAssessed)
{
    RiskAssessment a = assessment(QDate(2026, 7, 2));
    a.assessedBy = QStringLiteral("  ");
    const FieldProblems problems = RecordChecks::riskAssessment(a, test::openPeriod(QDate(2026, 4, 3)), QDate(2026, 7, 1));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("assessed_on")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("assessed_by")));
}

TEST(RiskChecks, AnAssessmentThatFoundNoRiskIsAllowed)
{
    RiskAssessment a = assessment(QDate(2026, 6, 1));
    a.risks.clear();
    EXPECT_FALSE(hasErrors(RecordChecks::riskAssessment(a, test::openPeriod(QDate(2026, 4, 3)), QDate(2026, 7, 1))));
}

TEST_F(RiskAssessments, AReviewIsANewAssessmentAndTheEarlierStaysReadable)
{
    Result<QString> first = m_service.assess(assessment(QDate(2026, 4, 10)));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    RiskAssessment reviewed = assessment(QDate(2026, 6, 15));
    reviewed.risks.removeLast();
    reviewed.risks[0].level = QStringLiteral("low");
    Result<QString> second = m_service.assess(reviewed);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);

    Result<QVector<RiskAssessment>> all = m_repos.risks.forSupportPeriod(QStringLiteral("sp-1"));
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, second.value());
    ASSERT_EQ(all->at(0).risks.size(), 1);
    EXPECT_EQ(all->at(0).risks.at(0).level, QStringLiteral("low"));
    ASSERT_EQ(all->at(1).risks.size(), 2);
    EXPECT_EQ(all->at(1).risksTowards(QStringLiteral("person")).at(0).level, QStringLiteral("medium"));
    EXPECT_EQ(all->at(1).risksTowards(QStringLiteral("staff")).at(0).description, QStringLiteral("Dog at the property"));
}

TEST_F(RiskAssessments, FallsDueWithTheSupportPlansNextReview)
{
    Result<QString> id = m_service.assess(assessment(QDate(2026, 6, 20)));
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    Result<std::optional<RiskAssessment>> stored = m_repos.risks.find(id.value());
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->nextReviewOn, QDate(2026, 9, 7));
}

TEST_F(RiskAssessments, RefusedWithTheProblemsAndNothingWritten)
{
    RiskAssessment bad = assessment(QDate(2026, 6, 20));
    bad.risks[1].management.clear();
    EXPECT_FALSE(m_service.assess(bad).ok());
    EXPECT_TRUE(hasProblem(m_service.problems(), QStringLiteral("risks[1].management")));
    Result<QVector<RiskAssessment>> all = m_repos.risks.forServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(RiskAssessments, TravelInAnExportAndInThePersonsOwnExport)
{
    ASSERT_TRUE(m_service.assess(assessment(QDate(2026, 6, 20))).ok());
    Exporter exporter(m_db.db(), m_db.clock());
    Result<QJsonObject> whole = exporter.exportAll();
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->value(QStringLiteral("x_risks")).toArray().size(), 2);

    test::TestDatabase other;
    Importer importer(other.db(), other.clock());
    ASSERT_TRUE(importer.importObject(whole.value(), QStringLiteral("export"), QStringLiteral("test")).ok());
    Result<QVector<RiskAssessment>> moved = Repositories(other.db()).risks.forServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(moved.ok());
    ASSERT_EQ(moved->size(), 1);
    EXPECT_EQ(moved->at(0).risks.size(), 2);

    Result<QJsonObject> lexi = exporter.exportServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(lexi.ok());
    EXPECT_EQ(lexi->value(QStringLiteral("x_risk_assessments")).toArray().size(), 1);
    Result<QJsonObject> someoneElse = exporter.exportServiceUser(QStringLiteral("su-2"));
    ASSERT_TRUE(someoneElse.ok());
    EXPECT_TRUE(someoneElse->value(QStringLiteral("x_risks")).toArray().isEmpty());
}
