#include "core/interchange/Importer.h"
#include "core/services/AccessService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/AuditTrailModel.h"
#include "ui/AuditTrailView.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class AuditTrailViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        AccessService jo{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("jo"), Role::KeyWorker, QStringLiteral("kw-1")}};
        ASSERT_TRUE(jo.viewed(QStringLiteral("su-1")).ok());
        ASSERT_TRUE(jo.printed(QStringLiteral("su-1"), QStringLiteral("Support plan")).ok());
        AccessService pat{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("pat"), Role::TeamLeader}};
        ASSERT_TRUE(pat.viewed(QStringLiteral("su-2")).ok());
        m_view = m_window.adminPage()->auditView();
        ASSERT_TRUE(m_view->reload());
    }

    QStringList column(AuditTrailModel::Column c) const
    {
        QStringList out;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            out << m_view->model()->index(row, c).data().toString();
        return out;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, SignedInUser{QStringLiteral("admin"), QString(), Role::Administrator}};
    AuditTrailView* m_view = nullptr;
};

} // namespace

TEST_F(AuditTrailViewTest, TheAdministratorSeesWhoDidWhatToWhomNewestFirst)
{
    QAbstractItemModelTester tester(m_view->model());
    // The import's changes, then Jo's look and print and Pat's look, newest first.
    ASSERT_GT(m_view->model()->rowCount(), 3);
    EXPECT_EQ(column(AuditTrailModel::Who).mid(0, 3), (QStringList{u"pat"_qs, u"jo"_qs, u"jo"_qs}));
    EXPECT_EQ(column(AuditTrailModel::What).mid(0, 3),
              (QStringList{u"Opened the record"_qs, u"Printed"_qs, u"Opened the record"_qs}));
    EXPECT_EQ(column(AuditTrailModel::Person).at(0), QStringLiteral("Bartholomew Sample"));
    EXPECT_EQ(column(AuditTrailModel::Detail).at(1), QStringLiteral("Support plan"));

    m_view->whoFilter()->setText(QStringLiteral("JO"));
    ASSERT_TRUE(m_view->reload());
    EXPECT_EQ(column(AuditTrailModel::Who), (QStringList{u"jo"_qs, u"jo"_qs}));

    // A person is found by the name the completer offers.
    const QString lexi = column(AuditTrailModel::Person).at(0);
    EXPECT_TRUE(lexi.contains(QStringLiteral("Lexi"))) << lexi.toStdString();
    m_view->whoFilter()->clear();
    m_view->personFilter()->setText(lexi + QStringLiteral(" (su-1)"));
    m_view->textFilter()->setText(QStringLiteral("print"));
    ASSERT_TRUE(m_view->reload());
    EXPECT_EQ(column(AuditTrailModel::What), QStringList{u"Printed"_qs});

    // A search with LIKE's own wildcards finds them as typed, not everything.
    m_view->personFilter()->clear();
    m_view->textFilter()->setText(QStringLiteral("%"));
    ASSERT_TRUE(m_view->reload());
    EXPECT_EQ(m_view->model()->rowCount(), 0);
    EXPECT_EQ(m_view->status()->text(), QStringLiteral("No entry matches."));
}

TEST_F(AuditTrailViewTest, TheCheckNamesTheFirstEntryChangedBehindItsBack)
{
    EXPECT_TRUE(m_view->check().contains(QStringLiteral("holds together")));
    QSqlQuery q(m_db.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER x_audit_trail_no_update")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE x_audit_trail SET actor = 'mallory' WHERE action = 'printed'")));
    const QString verdict = m_view->check();
    EXPECT_TRUE(verdict.contains(QStringLiteral("tampered"))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QStringLiteral("entry "))) << verdict.toStdString();
    EXPECT_EQ(m_view->status()->text(), verdict);
}

TEST_F(AuditTrailViewTest, OlderEntriesComeAPageAtATime)
{
    AccessService jo{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("jo"), Role::KeyWorker, QStringLiteral("kw-1")}};
    for (int i = 0; i < AuditTrailView::PageSize + 20; ++i)
        ASSERT_TRUE(jo.viewed(QStringLiteral("su-1")).ok());
    m_view->whoFilter()->setText(QStringLiteral("jo"));
    ASSERT_TRUE(m_view->reload());
    EXPECT_EQ(m_view->model()->rowCount(), AuditTrailView::PageSize);
    ASSERT_TRUE(m_view->showOlder());
    EXPECT_EQ(m_view->model()->rowCount(), AuditTrailView::PageSize + 22);
}

TEST_F(AuditTrailViewTest, APersonsChangesAreFoundByTheirName)
{
    // The import created Lexi's records: her support period and appointments among them.
    m_view->personFilter()->setText(QStringLiteral("su-1"));
    m_view->textFilter()->setText(QStringLiteral("support_periods"));
    ASSERT_TRUE(m_view->reload());
    ASSERT_GE(m_view->model()->rowCount(), 1);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        EXPECT_EQ(m_view->model()->entry(row).serviceUserId, QStringLiteral("su-1"));
    m_view->textFilter()->setText(QStringLiteral("appointments"));
    ASSERT_TRUE(m_view->reload());
    EXPECT_GE(m_view->model()->rowCount(), 2); // ap-1 and ap-2 hang from Lexi's period
}
