#include "ui/KpiReturnView.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/PdfText.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/DataQualityDialog.h"
#include "ui/KpiRecordsDialog.h"
#include "ui/KpiReturnModel.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/ReadOnlyTable.h"
#include "ui/ReadingBar.h"
#include "ui/ReportsPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The small caseload: Lexi is the one person in Thurrock support from 3 April 2026, registered
// with a GP, in a council tenancy, 8 nights in hospital in May. Her referral of 1 April had its
// first contact in time; a second referral of 1 June has none yet.
class KpiReturnViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QJsonObject caseload = test::smallCaseload();
        QJsonArray referrals = caseload.value(QStringLiteral("referrals")).toArray();
        QJsonObject second = referrals.at(0).toObject();
        second.insert(QStringLiteral("id"), QStringLiteral("ref-3"));
        second.insert(QStringLiteral("received_at"), QStringLiteral("2026-06-01T09:00:00Z"));
        second.remove(QStringLiteral("first_contact_at"));
        second.insert(QStringLiteral("decision"), QStringLiteral("pending"));
        second.remove(QStringLiteral("decided_on"));
        referrals << second;
        caseload.insert(QStringLiteral("referrals"), referrals);
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(caseload, QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.showSection(MainWindow::Section::Reports);
        m_view = m_window.reportsPage()->kpiReturn();
        choose(QStringLiteral("thurrock-fs"), {QDate(2026, 4, 1), QDate(2026, 6, 30)});
    }

    // As a team leader would: choose, then wait for the return to be shown (it is worked out on
    // another thread).
    void choose(const QString& contract, const ReportingPeriod& period)
    {
        m_view->choose(contract, period);
        ASSERT_TRUE(test::readBy(m_view));
    }

    int rowOf(const char* id) const
    {
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            if (m_view->model()->figureAt(row)->definition.id == QLatin1String(id))
                return row;
        return -1;
    }
    QString cell(const char* id, int column) const
    {
        return m_view->model()->index(rowOf(id), column).data().toString();
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
    KpiReturnView* m_view = nullptr;
};

} // namespace

TEST_F(KpiReturnViewTest, ShowsEveryFigureWithTargetsMetInWords)
{
    ASSERT_TRUE(m_view->report().has_value());
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(m_view->model()->rowCount(), 9);
    EXPECT_TRUE(m_view->summary()->text().contains(QStringLiteral("Service users (N): <b>1</b>")))
        << m_view->summary()->text().toStdString();
    EXPECT_EQ(cell("gp_registered", KpiReturnModel::Numerator), QStringLiteral("1"));
    EXPECT_EQ(cell("gp_registered", KpiReturnModel::Value), QStringLiteral("100.0%"));
    EXPECT_EQ(cell("gp_registered", KpiReturnModel::Met), QStringLiteral("Met"));
    // One of two referrals contacted in time: 50%, target 100%.
    EXPECT_EQ(cell("first_contact_48h", KpiReturnModel::Denominator), QStringLiteral("2"));
    EXPECT_EQ(cell("first_contact_48h", KpiReturnModel::Value), QStringLiteral("50.0%"));
    EXPECT_EQ(cell("first_contact_48h", KpiReturnModel::Met), QStringLiteral("Not met"));
    EXPECT_EQ(cell("hospital_days", KpiReturnModel::Value), QStringLiteral("8 days"));
    EXPECT_EQ(cell("hospital_days", KpiReturnModel::Met), QStringLiteral("No target"));
    EXPECT_EQ(cell("planned_move_on", KpiReturnModel::Met), QStringLiteral("No data"));
    // January to March had nobody in support: no previous value, so no trend.
    EXPECT_EQ(m_view->model()->headerData(KpiReturnModel::Previous, Qt::Horizontal).toString(),
              QStringLiteral("Previous (Jan to Mar 2026)"));
    EXPECT_EQ(cell("gp_registered", KpiReturnModel::Previous), QStringLiteral("\u2013"));
    EXPECT_EQ(cell("gp_registered", KpiReturnModel::Trend), QStringLiteral("\u2013"));
}

TEST_F(KpiReturnViewTest, TheNextQuarterComparesWithThisOne)
{
    choose(QStringLiteral("thurrock-fs"), {QDate(2026, 7, 1), QDate(2026, 9, 30)});
    // Lexi is still in support and her hospital stay was in May: admissions fall from 100% to 0%.
    EXPECT_EQ(cell("hospital_admissions", KpiReturnModel::Value), QStringLiteral("0.0%"));
    EXPECT_EQ(cell("hospital_admissions", KpiReturnModel::Previous), QStringLiteral("100.0%"));
    EXPECT_EQ(cell("hospital_admissions", KpiReturnModel::Trend), QStringLiteral("\u25bc Down"));
    EXPECT_EQ(cell("gp_registered", KpiReturnModel::Trend), QStringLiteral("= Same"));
}

TEST_F(KpiReturnViewTest, AFigureOpensThePeopleBehindItAndThenTheirRecord)
{
    KpiRecordsDialog* dialog = m_view->showRecords(rowOf("first_contact_48h"));
    ASSERT_NE(dialog, nullptr);
    ReadOnlyTable* table = dialog->table();
    ASSERT_EQ(table->rowCount(), 2);
    QStringList counted;
    for (int row = 0; row < 2; ++row)
        counted << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 3)->text();
    counted.sort();
    EXPECT_EQ(counted, (QStringList{QStringLiteral("Lexi (Alexandra Tester)=No"), QStringLiteral("Lexi (Alexandra Tester)=Yes")}));
    table->setCurrentCell(0, 0);
    emit table->cellDoubleClicked(0, 0);
    EXPECT_EQ(m_window.recordView()->serviceUserId(), QStringLiteral("su-1"));
    EXPECT_EQ(m_window.navigation()->currentRow(), int(MainWindow::Section::Caseload));
}

TEST_F(KpiReturnViewTest, TheDataCheckCountsWhatToFixAndOpensIt)
{
    ASSERT_EQ(m_view->issues().size(), 1);
    EXPECT_EQ(m_view->checkButton()->text(), QStringLiteral("Check the data: 1 to look at"));
    DataQualityDialog* dialog = m_view->showDataQuality();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->table()->rowCount(), 1);
    EXPECT_TRUE(dialog->table()->item(0, 1)->text().contains(QStringLiteral("no first contact")));
    EXPECT_EQ(dialog->table()->item(0, 2)->text(), QStringLiteral("Contacted within 48 hours of referral"));
    dialog->table()->setCurrentCell(0, 0);
    emit dialog->table()->cellDoubleClicked(0, 0);
    // A referral is put right on the Referrals screen.
    EXPECT_EQ(m_window.navigation()->currentRow(), int(MainWindow::Section::Referrals));
}

TEST_F(KpiReturnViewTest, SavesTheReturnAsCsvXlsxAndPdf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(m_view->exportTo(dir.filePath(QStringLiteral("r.csv"))).ok());
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("\"Contacted within 48 hours of referral [9]\",\"1\",\"2\",\"50.0\",\"percent\",\"100\",\"Not met\""));
    ASSERT_TRUE(m_view->exportTo(dir.filePath(QStringLiteral("r.xlsx"))).ok());
    EXPECT_GT(QFile(dir.filePath(QStringLiteral("r.xlsx"))).size(), 1000);
    ASSERT_TRUE(m_view->exportTo(dir.filePath(QStringLiteral("r.pdf"))).ok());
    const QString text = test::pdfText(dir.filePath(QStringLiteral("r.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Previous period"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Not met")));
    EXPECT_FALSE(m_view->exportTo(dir.filePath(QStringLiteral("r.doc"))).ok());
}

TEST_F(KpiReturnViewTest, TheReturnIsWorkedOutWhileTheWindowKeepsAnswering)
{
    m_view->choose(QStringLiteral("thurrock-fs"), {QDate(2026, 7, 1), QDate(2026, 9, 30)});
    // Straight after the choice the window is free again: the figures come when they are ready,
    // with what is being read and Cancel shown meanwhile.
    EXPECT_TRUE(m_view->working());
    EXPECT_FALSE(m_view->report().has_value());
    EXPECT_FALSE(m_view->readingBar()->isHidden());
    EXPECT_EQ(m_view->model()->rowCount(), 0);
    ASSERT_TRUE(test::readBy(m_view));
    EXPECT_TRUE(m_view->readingBar()->isHidden());
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_EQ(m_view->report()->figures.period.from, QDate(2026, 7, 1));
    EXPECT_EQ(cell("hospital_admissions", KpiReturnModel::Value), QStringLiteral("0.0%"));
}

TEST_F(KpiReturnViewTest, CancelStopsTheReturnAndItCanBeWorkedOutAgain)
{
    m_view->choose(QStringLiteral("thurrock-fs"), {QDate(2026, 7, 1), QDate(2026, 9, 30)});
    ASSERT_TRUE(m_view->working());
    m_view->readingBar()->cancelButton()->click();
    EXPECT_FALSE(m_view->working());
    EXPECT_TRUE(m_view->summary()->text().startsWith(QStringLiteral("Stopped: the return was not worked out")))
        << m_view->summary()->text().toStdString();
    EXPECT_FALSE(m_view->againButton()->isHidden());
    // Whatever the reader had read by then is never shown.
    QTest::qWait(300);
    EXPECT_FALSE(m_view->report().has_value());
    EXPECT_EQ(m_view->model()->rowCount(), 0);
    EXPECT_FALSE(m_view->checkButton()->isEnabled());

    m_view->againButton()->click();
    ASSERT_TRUE(test::readBy(m_view));
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_TRUE(m_view->againButton()->isHidden());
    EXPECT_EQ(cell("hospital_admissions", KpiReturnModel::Value), QStringLiteral("0.0%"));
}

TEST_F(KpiReturnViewTest, AChoiceMadeWhileAReturnIsWorkedOutReplacesIt)
{
    // A team leader going through the quarters faster than the returns come: only the last one
    // chosen is shown.
    m_view->choose(QStringLiteral("thurrock-fs"), {QDate(2026, 7, 1), QDate(2026, 9, 30)});
    choose(QStringLiteral("thurrock-fs"), {QDate(2026, 4, 1), QDate(2026, 6, 30)});
    QTest::qWait(300);
    ASSERT_TRUE(m_view->report().has_value());
    EXPECT_EQ(m_view->report()->figures.period.from, QDate(2026, 4, 1));
    EXPECT_EQ(cell("hospital_admissions", KpiReturnModel::Value), QStringLiteral("100.0%"));
}
