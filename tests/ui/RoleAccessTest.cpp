#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TeamCaseload.h"
#include "tests/support/TestDatabase.h"
#include "ui/CaseloadPage.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/SupportPlanEditor.h"
#include "ui/TodayPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTreeView>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// One team: Jo (kw-1) holds Lexi's support, Sam (kw-2) Bartholomew's, Pat (tl-1) leads them.
class RoleAccess : public ::testing::Test {
protected:
    void SetUp() override
    {
        QJsonObject doc = test::teamCaseload();
        // Lexi's plan is a draft, so there is something to sign off.
        doc.remove(QStringLiteral("support_plans"));
        doc.remove(QStringLiteral("goals"));
        doc.remove(QStringLiteral("reviews"));
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(doc, QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    QStringList shownSections(MainWindow& window)
    {
        QStringList out;
        for (int row = 0; row < window.navigation()->count(); ++row)
            if (!window.navigation()->item(row)->isHidden())
                out << window.navigation()->item(row)->text();
        return out;
    }

    QStringList viewedBy(const QString& person)
    {
        QStringList out;
        for (const AuditEntry& e : AuditTrail(m_db.db()).forServiceUser(person).value())
            if (e.action == QLatin1String("viewed"))
                out << e.actor;
        return out;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
};

} // namespace

TEST_F(RoleAccess, AKeyWorkerSeesTheirOwnCaseloadAndNoReportsOrAdmin)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, SignedInUser{u"jo"_qs, u"kw-1"_qs, Role::KeyWorker});
    EXPECT_EQ(shownSections(window), (QStringList{u"Today"_qs, u"Caseload"_qs, u"Referrals"_qs, u"Diary"_qs, u"Sessions"_qs}));
    EXPECT_EQ(window.reportsPage(), nullptr);
    EXPECT_EQ(window.adminPage(), nullptr);
    window.showSection(MainWindow::Section::Reports); // Ctrl+6 does nothing
    EXPECT_FALSE(window.hasSection(MainWindow::Section::Reports));

    window.caseloadPage()->reload();
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    ASSERT_EQ(window.caseloadPage()->visibleCount(), 1);
    EXPECT_TRUE(window.caseloadPage()->table()->model()->index(0, 0).data().toString().contains(u"Lexi"_qs));
    // Today and the diary are Jo's own: no "Everyone".
    EXPECT_FALSE(window.todayPage()->staffChoice()->isEnabled());
    EXPECT_EQ(window.todayPage()->shownStaff(), QStringLiteral("kw-1"));
    EXPECT_EQ(window.todayPage()->staffChoice()->findData(QString()), -1);

    // Sam's person does not open for Jo, and the refusal reads nothing of the record.
    window.openServiceUser(QStringLiteral("su-2"));
    EXPECT_TRUE(window.recordView()->serviceUserId().isEmpty());
    EXPECT_EQ(window.recordView()->tabs()->count(), 0);
    EXPECT_TRUE(viewedBy(QStringLiteral("su-2")).isEmpty());
    window.openServiceUser(QStringLiteral("su-1"));
    EXPECT_EQ(window.recordView()->serviceUserId(), QStringLiteral("su-1"));
    EXPECT_EQ(viewedBy(QStringLiteral("su-1")), QStringList{u"jo"_qs});
}

TEST_F(RoleAccess, AKeyWorkerDraftsThePlanAndCannotSignItOff)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, SignedInUser{u"jo"_qs, u"kw-1"_qs, Role::KeyWorker});
    window.openServiceUser(QStringLiteral("su-1"));
    std::unique_ptr<SupportPlanEditor> editor(window.recordView()->planEditor());
    ASSERT_TRUE(editor);
    auto* agree = editor->findChild<QCheckBox*>(QStringLiteral("agree"));
    ASSERT_TRUE(agree);
    EXPECT_FALSE(agree->isEnabled());
    EXPECT_TRUE(agree->text().contains(u"team leader"_qs));
}

TEST_F(RoleAccess, ATeamLeaderSeesTheWholeTeamAndTheReturnsButNotAdmin)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, SignedInUser{u"pat"_qs, u"tl-1"_qs, Role::TeamLeader});
    EXPECT_EQ(shownSections(window),
              (QStringList{u"Today"_qs, u"Caseload"_qs, u"Referrals"_qs, u"Diary"_qs, u"Sessions"_qs, u"Reports"_qs}));
    EXPECT_NE(window.reportsPage(), nullptr);
    EXPECT_EQ(window.adminPage(), nullptr);
    window.caseloadPage()->reload();
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    EXPECT_EQ(window.caseloadPage()->visibleCount(), 2);
    EXPECT_TRUE(window.todayPage()->staffChoice()->isEnabled());
    window.openServiceUser(QStringLiteral("su-2"));
    EXPECT_EQ(window.recordView()->serviceUserId(), QStringLiteral("su-2"));
    std::unique_ptr<SupportPlanEditor> editor(nullptr);
    window.openServiceUser(QStringLiteral("su-1"));
    editor.reset(window.recordView()->planEditor());
    ASSERT_TRUE(editor);
    EXPECT_TRUE(editor->findChild<QCheckBox*>(QStringLiteral("agree"))->isEnabled());
}

TEST_F(RoleAccess, TheAdministratorHasEverySection)
{
    MainWindow window(m_repos, m_db.clock(), m_notifier, SignedInUser{u"admin"_qs, QString(), Role::Administrator});
    EXPECT_EQ(shownSections(window).size(), 7);
    EXPECT_NE(window.adminPage(), nullptr);
    window.caseloadPage()->reload();
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    EXPECT_EQ(window.caseloadPage()->visibleCount(), 2);
}
