#include "ui/OutputsView.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/PdfText.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/BarChartView.h"
#include "ui/MainWindow.h"
#include "ui/ReadOnlyTable.h"
#include "ui/ReportsPage.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Bartholomew (male, no date of birth) is in Camden support 12 May to 20 June 2026, with one
// befriending session attended.
class OutputsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.showSection(MainWindow::Section::Reports);
        m_view = m_window.reportsPage()->outputs();
        choose(OutputsReport::By::Gender);
    }

    // Camden's April to June, as a team leader would choose it, waiting for the figures (they
    // are worked out on another thread).
    void choose(OutputsReport::By by)
    {
        m_view->choose(QStringLiteral("camden-day"), {QDate(2026, 4, 1), QDate(2026, 6, 30)}, by);
        ASSERT_TRUE(test::readBy(m_view));
    }

    QStringList rowOf(const QString& group) const
    {
        ReadOnlyTable* table = m_view->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == group) {
                QStringList cells;
                for (int column = 0; column < table->columnCount(); ++column)
                    cells << table->item(row, column)->text();
                return cells;
            }
        return {};
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
    OutputsView* m_view = nullptr;
};

} // namespace

TEST_F(OutputsViewTest, TheScreenShowsEveryFigureEvenForOnePerson)
{
    ASSERT_TRUE(m_view->report().has_value());
    // On screen the real figures; "<5" is only for what leaves the building.
    EXPECT_EQ(rowOf(QStringLiteral("Male")), (QStringList{QStringLiteral("Male"), QStringLiteral("1"), QStringLiteral("1"),
                                                           QStringLiteral("0.0"), QStringLiteral("1")}));
    EXPECT_EQ(rowOf(QStringLiteral("Female")).value(1), QStringLiteral("0"));
    EXPECT_FALSE(rowOf(QStringLiteral("Not recorded")).isEmpty());
    // Bars for the three quarters before and this one, the latest last.
    ASSERT_EQ(m_view->periodBars().size(), 4);
    EXPECT_EQ(m_view->periodBars().last().first, QStringLiteral("Apr to Jun 2026"));
    EXPECT_EQ(m_view->periodBars().last().second, 1.0);
    EXPECT_EQ(m_view->periodBars().first().first, QStringLiteral("Jul to Sep 2025"));
}

TEST_F(OutputsViewTest, TheChartsShowTheChosenFigureForEachGroupAndPeriod)
{
    auto* groups = m_view->findChild<BarChartView*>(QStringLiteral("outputsGroupsChart"));
    auto* periods = m_view->findChild<BarChartView*>(QStringLiteral("outputsPeriodsChart"));
    ASSERT_TRUE(groups && periods);
    // A bar per row of the table, in its order, each as long as the row's service users.
    ASSERT_EQ(groups->bars().size(), m_view->table()->rowCount());
    for (int row = 0; row < m_view->table()->rowCount(); ++row) {
        EXPECT_EQ(groups->bars().at(row).label, m_view->table()->item(row, 0)->text());
        EXPECT_EQ(groups->valueText(groups->bars().at(row).value.value_or(-1)), m_view->table()->item(row, 1)->text());
    }
    EXPECT_EQ(groups->title(), QStringLiteral("Service users (N) by group"));
    ASSERT_EQ(periods->bars().size(), 4);
    EXPECT_EQ(periods->bars().last().label, QStringLiteral("Apr-Jun 26"));
    EXPECT_EQ(periods->bars().last().value, 1.0);
    // Under the bar it is short; hovering it, or a screen reader, says the period in full.
    EXPECT_EQ(periods->barText(3), QStringLiteral("Apr to Jun 2026: 1"));
    EXPECT_TRUE(periods->accessibleDescription().contains(QStringLiteral("Jul to Sep 2025: ")))
        << periods->accessibleDescription().toStdString();

    // Contact hours, written as the table writes them.
    m_view->figureBox()->setCurrentIndex(2);
    EXPECT_EQ(groups->title(), QStringLiteral("Contact hours by group"));
    EXPECT_EQ(groups->barText(0),
              QStringLiteral("%1: %2").arg(m_view->table()->item(0, 0)->text(), m_view->table()->item(0, 3)->text()));
}

TEST_F(OutputsViewTest, AgeBandsAndEthnicityAreOtherBreakdowns)
{
    choose(OutputsReport::By::AgeBand);
    EXPECT_EQ(rowOf(QStringLiteral("Not recorded")).value(1), QStringLiteral("1")); // no date of birth
    EXPECT_EQ(rowOf(QStringLiteral("18-24")).value(1), QStringLiteral("0"));
    choose(OutputsReport::By::Ethnicity);
    EXPECT_EQ(m_view->table()->rowCount(), 21); // 20 census categories and "not recorded"
}

TEST_F(OutputsViewTest, SavedCopiesHideGroupsOfFewerThanFive)
{
    QTemporaryDir dir;
    ASSERT_TRUE(m_view->exportTo(dir.filePath(QStringLiteral("mi.csv"))).ok());
    QFile csv(dir.filePath(QStringLiteral("mi.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    EXPECT_TRUE(text.contains("\"Male\",\"<5\",\"<5\",\"0.0\",\"<5\"")) << text.toStdString();
    ASSERT_TRUE(m_view->exportTo(dir.filePath(QStringLiteral("mi.pdf"))).ok());
    const QString pdf = test::pdfText(dir.filePath(QStringLiteral("mi.pdf")));
    EXPECT_TRUE(pdf.contains(QStringLiteral("Management information"))) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains(QStringLiteral("<5")));
}
