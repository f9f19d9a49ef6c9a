#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/EmptyState.h"
#include "ui/FieldMessages.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/StarAssessmentEditor.h"
#include "ui/StarChartPainter.h"
#include "ui/StarChartView.h"
#include "ui/StarTab.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Bartholomew (su-2) scored the wellbeing star twice in his Camden period: mood 3 -> 6, home
// 5 -> 7. Lexi (su-1) is in Thurrock floating support, whose contract uses the same star, with no
// assessment yet. Now is 1 July 2026.
class StarTabTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    StarTab* starTabOf(const char* person)
    {
        m_window.openServiceUser(QString::fromLatin1(person));
        m_window.recordView()->showTab(PersonRecordView::Tab::Star);
        return qobject_cast<StarTab*>(m_window.recordView()->tabs()->currentWidget());
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
};

} // namespace

TEST_F(StarTabTest, TheRadarOverlaysTheFirstAndLatestWithTheirScoresOnHover)
{
    StarTab* tab = starTabOf("su-2");
    ASSERT_NE(tab, nullptr);
    const StarChartData& data = tab->chart()->data();
    ASSERT_EQ(data.series.size(), 2);
    EXPECT_EQ(data.series[0].label, QStringLiteral("First, Tue 12 May 2026"));
    EXPECT_EQ(data.series[1].label, QStringLiteral("Latest, Fri 19 Jun 2026"));
    EXPECT_EQ(tab->chart()->pointText(0, 0), QStringLiteral("Mood and feelings: 3, Reaching out (First, Tue 12 May 2026)"));
    EXPECT_EQ(tab->chart()->pointText(1, 2), QStringLiteral("Home: 7, Getting there (Latest, Fri 19 Jun 2026)"));
    EXPECT_EQ(tab->chart()->pointText(0, 1), QStringLiteral("Body and health: not scored (First, Tue 12 May 2026)"));
    // Hovering over the first star's mood point finds it.
    tab->chart()->resize(600, 600);
    const auto [series, area] = tab->chart()->pointAt(QPointF(-100, -100));
    EXPECT_EQ(series, -1);
    const auto drawn = StarChartPainter::points(QRectF(tab->chart()->rect()), data, tab->chart()->font());
    ASSERT_TRUE(drawn[1][2].has_value());
    EXPECT_EQ(tab->chart()->pointAt(*drawn[1][2] + QPointF(2, 1)), qMakePair(1, 2)); // the latest's Home
    EXPECT_EQ(data.change[0], 3.0);
    // Bartholomew's support has ended: the star can be read, not scored.
    EXPECT_FALSE(tab->scoreButton()->isEnabled());
}

TEST_F(StarTabTest, AStarIsScoredAreaByAreaWithTheStageInViewAndAnUnscoredAreaSaid)
{
    StarTab* tab = starTabOf("su-1");
    ASSERT_NE(tab, nullptr);
    EXPECT_NE(tab->findChild<EmptyState*>(), nullptr);
    std::unique_ptr<StarAssessmentEditor> editor(m_window.recordView()->starEditor());
    ASSERT_NE(editor, nullptr);
    editor->show();
    editor->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    QSpinBox* mood = editor->scoreBox(QStringLiteral("mood"));
    ASSERT_NE(mood, nullptr);
    EXPECT_EQ(mood->text(), QStringLiteral("Not scored"));
    // Keyboard only: type a score, Tab to its note.
    mood->setFocus();
    mood->selectAll();
    QTest::keyClicks(mood, QStringLiteral("4"));
    EXPECT_EQ(editor->stageLabel(QStringLiteral("mood"))->text(), QStringLiteral("Reaching out"));
    QTest::keyClick(mood, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), editor->noteEdit(QStringLiteral("mood")));
    QTest::keyClicks(editor->noteEdit(QStringLiteral("mood")), QStringLiteral("Better since the new medication"));
    editor->accept();
    // The areas left unscored are said first; saving again keeps the assessment without them.
    EXPECT_EQ(editor->result(), QDialog::Rejected);
    EXPECT_TRUE(editor->messages()->messageText(QStringLiteral("scores")).contains(QStringLiteral("Not scored: Body and health")))
        << editor->messages()->messageText(QStringLiteral("scores")).toStdString();
    editor->accept();
    ASSERT_EQ(editor->result(), QDialog::Accepted);

    tab = starTabOf("su-1");
    ASSERT_NE(tab, nullptr);
    ASSERT_NE(tab->chart(), nullptr);
    ASSERT_EQ(tab->chart()->data().series.size(), 1);
    EXPECT_EQ(tab->chart()->data().series[0].values[0], 4.0);
}
