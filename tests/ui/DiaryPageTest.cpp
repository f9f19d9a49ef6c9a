#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/DiaryPage.h"
#include "ui/FormDialog.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The fixture: Lexi (su-1) has a home visit attended on Monday 29 June 2026 at 10:30 London time
// and an office appointment planned on Monday 6 July at 14:00, both with Jo Marsh (kw-1). Now is
// Wednesday 1 July.
class DiaryPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_window.show();
        m_window.showSection(MainWindow::Section::Diary);
        m_page = m_window.diaryPage();
        m_page->showStaff(QStringLiteral("kw-1"));
        m_page->showSpan(DiaryPage::Span::Week);
        m_page->showDate(QDate(2026, 7, 1));
    }

    QStringList days()
    {
        QStringList out;
        for (int i = 0; i < m_page->view()->topLevelItemCount(); ++i)
            out << m_page->view()->topLevelItem(i)->text(0);
        return out;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1")};
    DiaryPage* m_page = nullptr;
};

} // namespace

TEST_F(DiaryPageTest, AWeekRunsMondayToSundayWithEachDaysHours)
{
    EXPECT_EQ(m_page->firstDay(), QDate(2026, 6, 29));
    const QStringList shown = days();
    ASSERT_EQ(shown.size(), 7);
    EXPECT_EQ(shown.at(0), QStringLiteral("Mon 29 Jun 2026: 1 appointment, 1.0 hours"));
    EXPECT_EQ(shown.at(2), QStringLiteral("Wed 1 Jul 2026: nothing booked  (today)"));
    QTreeWidgetItem* visit = m_page->view()->topLevelItem(0)->child(0);
    EXPECT_EQ(visit->text(0), QStringLiteral("10:30\u201311:30")); // London time, not UTC
    EXPECT_EQ(visit->text(1), QStringLiteral("Lexi (Alexandra Tester)"));
    EXPECT_EQ(visit->text(4), QStringLiteral("Attended"));
}

TEST_F(DiaryPageTest, NextWeekAndOneClickToMarkADna)
{
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("next")), Qt::LeftButton);
    EXPECT_EQ(m_page->firstDay(), QDate(2026, 7, 6));
    ASSERT_TRUE(m_page->select(QStringLiteral("ap-2")));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("mark_dna")), Qt::LeftButton);
    EXPECT_EQ(m_repos.appointments.find(QStringLiteral("ap-2"))->value().status, QStringLiteral("dna"));
    EXPECT_EQ(m_page->selectedAppointment(), QStringLiteral("ap-2"));
}

TEST_F(DiaryPageTest, ADayAtATimeAndAnotherWorkersEmptyDiary)
{
    m_page->showSpan(DiaryPage::Span::Day);
    m_page->showDate(QDate(2026, 6, 29));
    EXPECT_EQ(m_page->entries().size(), 1);
    m_page->showDate(QDate(2026, 6, 30));
    EXPECT_TRUE(m_page->entries().isEmpty());
}

TEST_F(DiaryPageTest, TheWeekExportsAsAnICalendarFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.ics"));
    ASSERT_TRUE(m_page->exportCalendar(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    EXPECT_TRUE(ics.contains("UID:ap-1@waymark"));
    EXPECT_TRUE(ics.contains("DTSTART:20260629T093000Z"));
    EXPECT_FALSE(ics.contains("ap-2@waymark")) << "only the week shown";
}

TEST_F(DiaryPageTest, ActivatingAnAppointmentOpensThePerson)
{
    QTreeWidgetItem* visit = m_page->view()->topLevelItem(0)->child(0);
    emit m_page->view()->itemActivated(visit, 0);
    EXPECT_EQ(m_window.findChild<QStackedWidget*>()->currentWidget(), m_window.recordView());
    EXPECT_EQ(m_window.recordView()->serviceUserId(), QStringLiteral("su-1"));
}

TEST_F(DiaryPageTest, BookingFromTheDiaryShowsInTheWeek)
{
    std::unique_ptr<FormDialog> form(m_page->bookingForm(QStringLiteral("sp-1")));
    ASSERT_NE(form, nullptr);
    form->findChild<LondonDateTimeEdit*>(QStringLiteral("startsAt"))->setMoment(QDateTime(QDate(2026, 7, 2), QTime(9, 0), Qt::UTC));
    form->findChild<QSpinBox*>(QStringLiteral("duration"))->setValue(45);
    form->accept();
    ASSERT_EQ(form->result(), QDialog::Accepted);
    m_page->reload();
    EXPECT_EQ(m_page->view()->topLevelItem(3)->text(0), QStringLiteral("Thu 2 Jul 2026: 1 appointment, 0.8 hours"));
    EXPECT_EQ(m_page->view()->topLevelItem(3)->child(0)->text(0), QStringLiteral("10:00\u201310:45"));
}

TEST_F(DiaryPageTest, TheSelectedAppointmentGivesALetterAboutIt)
{
    EXPECT_FALSE(m_page->letterForSelected().ok());
    m_page->showDate(QDate(2026, 7, 6));
    ASSERT_TRUE(m_page->select(QStringLiteral("ap-2")));
    Result<PrintedForm> letter = m_page->letterForSelected();
    ASSERT_TRUE(letter.ok());
    EXPECT_EQ(letter->person, QStringLiteral("Lexi (Alexandra Tester)"));
    EXPECT_TRUE(letter->bodyHtml.contains(QStringLiteral("Dear Lexi,")));
    EXPECT_TRUE(letter->bodyHtml.contains(QStringLiteral("14:00"))) << letter->bodyHtml.toStdString();
}
