#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Importer.h"
#include "core/services/AccessService.h"
#include "core/services/AccountService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/StaffService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/EncryptedDatabase.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Repositories.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "ui/AdminPage.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StaffAdminView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <memory>

using namespace waymark;

namespace {

const QString AdminPassphrase = QStringLiteral("the administrator's passphrase");

// An encrypted database with the small caseload, its administrator signed in on the Admin screen.
class StaffAdmin : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto made = EncryptedDatabase::create(path(), QStringLiteral("admin"), AdminPassphrase);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        m_db = std::move(made.value());
        ASSERT_TRUE(DatabaseSetup::initialise(*m_db, m_clock).ok());
        ASSERT_TRUE(Importer(*m_db, m_clock).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        m_repos = std::make_unique<Repositories>(*m_db);
        const QByteArray key = KeyRing::load(path())->unlock(QStringLiteral("admin"), AdminPassphrase).value();
        const ServiceContext context{*m_db, m_clock, m_notifier, QStringLiteral("admin"), Role::Administrator};
        m_accounts = std::make_unique<AccountService>(context, path(), key);
        m_window = std::make_unique<MainWindow>(*m_repos, m_clock, m_notifier,
                                                SignedInUser{QStringLiteral("admin"), QString(), Role::Administrator});
        m_window->setAccounts(m_accounts.get());
        m_view = m_window->adminPage()->staffView();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("team.db")); }
    int rowOf(const QString& name) const
    {
        for (int row = 0; row < m_view->table()->rowCount(); ++row)
            if (m_view->table()->item(row, 0)->text() == name)
                return row;
        return -1;
    }
    QString cell(const QString& name, int column) const
    {
        const int row = rowOf(name);
        return row < 0 ? QString() : m_view->table()->item(row, column)->text();
    }
    void select(const QString& name)
    {
        ASSERT_GE(rowOf(name), 0) << name.toStdString();
        m_view->table()->selectRow(rowOf(name));
    }
    bool addStaff(const QString& name, const QString& role)
    {
        std::unique_ptr<FormDialog> form(m_view->staffForm(Staff{QString(), QString(), QStringLiteral("key_worker"), true}));
        form->findChild<QLineEdit*>(QStringLiteral("staffName"))->setText(name);
        auto* roles = form->findChild<QComboBox*>(QStringLiteral("staffRole"));
        roles->setCurrentIndex(roles->findData(role));
        form->accept();
        m_view->reload();
        return form->result() == QDialog::Accepted;
    }
    std::unique_ptr<FormDialog> signIn(const QString& user, const QString& passphrase, const QString& again)
    {
        std::unique_ptr<FormDialog> form(m_view->signInForm(*m_view->selected()));
        EXPECT_TRUE(form);
        if (!form)
            return form;
        form->findChild<QLineEdit*>(QStringLiteral("signInName"))->setText(user);
        form->findChild<QLineEdit*>(QStringLiteral("newPassphrase"))->setText(passphrase);
        form->findChild<QLineEdit*>(QStringLiteral("newPassphraseAgain"))->setText(again);
        form->accept();
        m_view->reload();
        return form;
    }

    QTemporaryDir m_dir;
    test::FixedClock m_clock;
    ChangeNotifier m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<MainWindow> m_window;
    StaffAdminView* m_view = nullptr;
};

} // namespace

TEST_F(StaffAdmin, TheAdministratorAddsAKeyWorkerAndGivesThemASignIn)
{
    EXPECT_EQ(cell(QStringLiteral("Jo Marsh"), 3), QStringLiteral("No sign-in"));
    ASSERT_TRUE(addStaff(QStringLiteral("Sam Price"), QStringLiteral("key_worker")));
    EXPECT_EQ(cell(QStringLiteral("Sam Price"), 1), QStringLiteral("Key worker"));
    select(QStringLiteral("Sam Price"));
    EXPECT_TRUE(m_view->findChild<QPushButton*>(QStringLiteral("giveSignIn"))->isEnabled());

    // Two different passphrases: nothing is made, and the form says why.
    std::unique_ptr<FormDialog> differ = signIn(QStringLiteral("sam"), QStringLiteral("sam's long passphrase"), QStringLiteral("sam's long passphrasf"));
    EXPECT_EQ(differ->result(), QDialog::Rejected);
    EXPECT_EQ(cell(QStringLiteral("Sam Price"), 3), QStringLiteral("No sign-in"));
    // Too short a passphrase is refused too.
    select(QStringLiteral("Sam Price"));
    EXPECT_EQ(signIn(QStringLiteral("sam"), QStringLiteral("short"), QStringLiteral("short"))->result(), QDialog::Rejected);

    select(QStringLiteral("Sam Price"));
    std::unique_ptr<FormDialog> made = signIn(QStringLiteral("sam"), QStringLiteral("sam's long passphrase"), QStringLiteral("sam's long passphrase"));
    ASSERT_EQ(made->result(), QDialog::Accepted);
    EXPECT_EQ(cell(QStringLiteral("Sam Price"), 3), QStringLiteral("sam"));

    // Sam signs in with their own passphrase, as a key worker.
    KeyRing ring = KeyRing::load(path()).value();
    ASSERT_TRUE(ring.unlock(QStringLiteral("sam"), QStringLiteral("sam's long passphrase")).ok());
    const KeyRing::Account* sam = ring.account(QStringLiteral("sam"));
    ASSERT_TRUE(sam);
    EXPECT_FALSE(sam->administrator);
    Result<SignedInUser> who = AccessService::signedInUser(*m_db, sam->user, sam->staffId, sam->administrator);
    ASSERT_TRUE(who);
    EXPECT_EQ(who->role, Role::KeyWorker);

    QStringList actions;
    for (const AuditEntry& e : AuditTrail(*m_db).all().value())
        actions << e.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("account_added")));
    EXPECT_TRUE(m_db->problems()->isEmpty());
}

TEST_F(StaffAdmin, ASignInNameIsNeverTakenOverAndSomeoneWhoLeavesNoLongerSignsIn)
{
    select(QStringLiteral("Jo Marsh"));
    // "admin" is the administrator's: Jo cannot be given it.
    EXPECT_EQ(signIn(QStringLiteral("admin"), QStringLiteral("jo's long passphrase"), QStringLiteral("jo's long passphrase"))->result(),
              QDialog::Rejected);
    EXPECT_TRUE(KeyRing::load(path())->unlock(QStringLiteral("admin"), AdminPassphrase).ok());

    select(QStringLiteral("Jo Marsh"));
    ASSERT_EQ(signIn(QStringLiteral("jo"), QStringLiteral("jo's long passphrase"), QStringLiteral("jo's long passphrase"))->result(),
              QDialog::Accepted);
    select(QStringLiteral("Jo Marsh"));
    std::unique_ptr<FormDialog> leaving(m_view->staffForm(*m_view->selected()));
    leaving->findChild<QCheckBox*>(QStringLiteral("staffActive"))->setChecked(false);
    leaving->accept();
    ASSERT_EQ(leaving->result(), QDialog::Accepted);
    m_view->reload();
    EXPECT_EQ(cell(QStringLiteral("Jo Marsh"), 2), QStringLiteral("No (left)"));
    EXPECT_EQ(cell(QStringLiteral("Jo Marsh"), 3), QStringLiteral("No sign-in"));
    EXPECT_FALSE(KeyRing::load(path())->account(QStringLiteral("jo")));
}

TEST_F(StaffAdmin, AMemberOfStaffNeedsANameAndOnlyTheAdministratorChangesTheList)
{
    std::unique_ptr<FormDialog> form(m_view->staffForm(Staff{QString(), QString(), QStringLiteral("key_worker"), true}));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    EXPECT_FALSE(form->messages()->messageText(QStringLiteral("name")).isEmpty());

    StaffService teamLeader{ServiceContext{*m_db, m_clock, m_notifier, QStringLiteral("pat"), Role::TeamLeader}};
    EXPECT_FALSE(teamLeader.save(Staff{QString(), QStringLiteral("Eve"), QStringLiteral("admin"), true}).ok());
    AccountService notAnAdministrator{ServiceContext{*m_db, m_clock, m_notifier, QStringLiteral("pat"), Role::TeamLeader},
                                      path(), KeyRing::load(path())->unlock(QStringLiteral("admin"), AdminPassphrase).value()};
    EXPECT_FALSE(notAnAdministrator.add(QStringLiteral("eve"), QStringLiteral("eve's long passphrase"), {}, true).ok());
    EXPECT_FALSE(KeyRing::load(path())->account(QStringLiteral("eve")));
}
