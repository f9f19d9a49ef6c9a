#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/StarService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Lexi (su-1, sp-1) is in Thurrock floating support, whose contract uses the Waymark wellbeing
// star; now is 1 July 2026.
class Stars : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
    StarService m_service{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
};

} // namespace

TEST_F(Stars, AnAssessmentWithAnAreaLeftUnscoredIsSavedAndSaysSo)
{
    StarAssessment a;
    a.supportPeriodId = QStringLiteral("sp-1");
    a.assessedOn = QDate(2026, 6, 30);
    a.completedBy = QStringLiteral("together");
    a.scores.insert(QStringLiteral("mood"), 4);
    a.scores.insert(QStringLiteral("home"), 6);
    a.notes.insert(QStringLiteral("home"), QStringLiteral("Repairs done at last"));
    a.notes.insert(QStringLiteral("money"), QStringLiteral("Did not want to talk about money today"));
    Result<QString> id = m_service.record(a);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    ASSERT_EQ(m_service.problems().size(), 1);
    EXPECT_FALSE(m_service.problems().first().isError());
    const QVector<StarAssessment> stored = m_repos.stars.forServiceUser(QStringLiteral("su-1")).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().templateId, QStringLiteral("waymark-wellbeing"));
    EXPECT_EQ(stored.first().scores.value(QStringLiteral("home")), 6);
    EXPECT_FALSE(stored.first().scores.contains(QStringLiteral("money")));
    EXPECT_EQ(stored.first().notes.value(QStringLiteral("money")), QStringLiteral("Did not want to talk about money today"));
    // It travels like an imported one.
    Result<QJsonObject> exported = Exporter(m_db.db(), m_db.clock()).exportAll();
    ASSERT_TRUE(exported.ok());
    test::TestDatabase other;
    EXPECT_TRUE(Importer(other.db(), other.clock()).importObject(exported.value(), QStringLiteral("export"), QStringLiteral("test")).ok());
}

TEST_F(Stars, AnAssessmentWithNothingScoredIsRefused)
{
    StarAssessment a;
    a.supportPeriodId = QStringLiteral("sp-1");
    a.assessedOn = QDate(2026, 6, 30);
    a.completedBy = QStringLiteral("worker");
    EXPECT_FALSE(m_service.record(a).ok());
    EXPECT_TRUE(m_repos.stars.forServiceUser(QStringLiteral("su-1"))->isEmpty());
}

TEST_F(Stars, ATemplateInUseKeepsTheAreasItsAssessmentsScore)
{
    Result<std::optional<StarTemplate>> wellbeing = m_repos.stars.findTemplate(QStringLiteral("waymark-wellbeing"));
    ASSERT_TRUE(wellbeing.ok() && wellbeing->has_value());
    StarTemplate changed = **wellbeing;
    changed.areas.removeFirst(); // mood, scored by Bartholomew's assessments
    EXPECT_FALSE(m_service.saveTemplate(changed).ok());
    changed = **wellbeing;
    changed.areas.first().description = QStringLiteral("How your mood has been this month");
    ASSERT_TRUE(m_service.saveTemplate(changed).ok());
    EXPECT_EQ(m_repos.stars.findTemplate(QStringLiteral("waymark-wellbeing"))->value().areas.first().description,
              QStringLiteral("How your mood has been this month"));
}

TEST_F(Stars, ANewTemplateIsCheckedThenStored)
{
    StarTemplate t;
    t.name = QStringLiteral("Licensed star");
    t.areas = {{QStringLiteral("a"), QStringLiteral("Area A"), {}}, {QStringLiteral("a"), QStringLiteral("Area B"), {}}};
    EXPECT_FALSE(m_service.saveTemplate(t).ok());
    t.areas[1].key = QStringLiteral("b");
    t.stages = {{1, 5, QStringLiteral("Low")}, {6, 10, QStringLiteral("High")}};
    Result<QString> id = m_service.saveTemplate(t);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(m_repos.stars.templates()->size(), 2);
}

TEST_F(Stars, TemplatesFromAFileLoadAllOrNothingAndNeverReplaceOneInUse)
{
    StarTemplate good;
    good.id = QStringLiteral("licensed");
    good.name = QStringLiteral("Licensed star");
    good.areas = {{QStringLiteral("a"), QStringLiteral("Area A"), {}}};
    good.stages = {{1, 10, QStringLiteral("Any")}};
    StarTemplate clash = m_repos.stars.findTemplate(QStringLiteral("waymark-wellbeing"))->value();
    clash.name = QStringLiteral("Changed by a file");
    EXPECT_FALSE(m_service.addTemplates({good, clash}).ok());
    EXPECT_FALSE(m_repos.stars.findTemplate(QStringLiteral("licensed"))->has_value());
    EXPECT_EQ(m_repos.stars.findTemplate(QStringLiteral("waymark-wellbeing"))->value().name, QStringLiteral("Waymark wellbeing star"));
    StarTemplate noStages = good;
    noStages.id = QStringLiteral("other");
    noStages.stages.clear();
    EXPECT_FALSE(m_service.addTemplates({good, noStages}).ok());
    EXPECT_FALSE(m_repos.stars.findTemplate(QStringLiteral("licensed"))->has_value());
    ASSERT_TRUE(m_service.addTemplates({good}).ok());
    EXPECT_TRUE(m_repos.stars.findTemplate(QStringLiteral("licensed"))->has_value());
}
