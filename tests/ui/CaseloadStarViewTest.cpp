#include "ui/CaseloadStarView.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/PdfText.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/FormPrinter.h"
#include "ui/MainWindow.h"
#include "ui/ReportsPage.h"
#include "ui/StarChartView.h"

#include <QTableWidget>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Bartholomew's Camden period (no key worker named) has two stars: mood 3 -> 6, home 5 -> 7.
class CaseloadStarViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.showSection(MainWindow::Section::Reports);
        m_view = m_window.reportsPage()->distance();
        m_view->choose(QStringLiteral("camden-day"));
        m_view->setPeriod(QDate(2026, 4, 1), QDate(2026, 6, 30));
        waitForTheReport();
    }

    // The report is worked out on another thread: wait for it as a person would.
    void waitForTheReport() { ASSERT_TRUE(test::readBy(m_view)); }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
    CaseloadStarView* m_view = nullptr;
};

} // namespace

TEST_F(CaseloadStarViewTest, TheTeamsMeanStarsAndChangePerArea)
{
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_EQ(m_view->report()->distance.periods, 1);
    EXPECT_TRUE(m_view->summary().startsWith(QStringLiteral("1 support period with two or more stars; mean total change 5.00")))
        << m_view->summary().toStdString();
    QTableWidget* table = m_view->table();
    ASSERT_EQ(table->rowCount(), 8);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Mood and feelings"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("3.00"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("6.00"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("3.00"));
    EXPECT_EQ(table->item(1, 4)->text(), QStringLiteral("\u2014"));
    const StarChartData& chart = m_view->findChild<StarChartView*>()->data();
    ASSERT_EQ(chart.series.size(), 2);
    EXPECT_EQ(chart.series[0].label, QStringLiteral("Mean first star"));
}

TEST_F(CaseloadStarViewTest, OneWorkersCaseloadAndAnEmptyOneSaysSo)
{
    m_view->choose(QStringLiteral("camden-day"), QStringLiteral("kw-1"));
    waitForTheReport();
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_EQ(m_view->report()->distance.periods, 0);
    EXPECT_TRUE(m_view->summary().startsWith(QStringLiteral("No support period in this period has two star assessments")));
}

TEST_F(CaseloadStarViewTest, ItPrintsOnA4WithTheDefinitions)
{
    const std::optional<PrintedForm> form = m_view->printable();
    ASSERT_TRUE(form.has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("distance.pdf"));
    ASSERT_TRUE(FormPrinter::writePdf(*form, path).ok());
    const QString text = test::pdfText(path);
    for (const char* expected : {"Distance travelled", "Mental Health Day Services", "Wed 1 Apr 2026 to Tue 30 Jun 2026",
                                 "The whole team", "Mood and feelings 1 3.00 6.00 3.00", "latest score minus first score",
                                 "fully funded by the London Borough of Camden"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << " not in: " << text.toStdString();
}
