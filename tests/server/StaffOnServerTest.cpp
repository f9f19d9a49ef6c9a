#include "core/services/AccessService.h"
#include "core/services/AccountService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/Repositories.h"
#include "tests/server/ServerLogin.h"
#include "tests/server/SyncFixture.h"
#include "ui/AdminPage.h"
#include "ui/FormDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StaffAdminView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <memory>

using namespace waymark;

TEST(StaffOnTheServer, TheAdministratorGivesAServerSignInToAKeyWorkerWithNoPassphraseInWaymark)
{
    test::ServerLogin login; // before the server: it is dropped after it
    test::Team team;
    ASSERT_TRUE(team.server);
    Repositories repositories(*team.server);
    ChangeNotifier notifier;
    Result<SignedInUser> admin = AccessService::signedInToServer(*team.server);
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
    EXPECT_EQ(admin->role, Role::Administrator); // it made the schema
    AccountService accounts(
        ServiceContext{*team.server, team.clock, notifier, admin->user, admin->role, admin->staffId},
        team.database.url(), {});
    MainWindow window(repositories, team.clock, notifier, admin.value());
    window.setAccounts(&accounts);
    StaffAdminView* view = window.adminPage()->staffView();
    view->reload();
    int jo = -1;
    for (int row = 0; row < view->table()->rowCount(); ++row)
        if (view->table()->item(row, 0)->text() == QStringLiteral("Jo Marsh"))
            jo = row;
    ASSERT_GE(jo, 0);
    view->table()->selectRow(jo);
    auto* give = view->findChild<QPushButton*>(QStringLiteral("giveSignIn"));
    ASSERT_NE(give, nullptr);
    EXPECT_TRUE(give->isEnabled());

    // The password is the server's: the form asks only for the server's sign-in.
    std::unique_ptr<FormDialog> form(view->signInForm(*view->selected()));
    ASSERT_TRUE(form);
    EXPECT_EQ(form->findChild<QLineEdit*>(QStringLiteral("newPassphrase")), nullptr);
    form->findChild<QLineEdit*>(QStringLiteral("signInName"))->setText(QStringLiteral("not_on_this_server"));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Rejected);
    auto* summary = form->findChild<QLabel*>(QStringLiteral("formSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("no sign-in \"not_on_this_server\"")))
        << summary->text().toStdString();
    form->findChild<QLineEdit*>(QStringLiteral("signInName"))->setText(login.name());
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Accepted);
    view->reload();
    view->table()->selectRow(jo);
    EXPECT_EQ(view->table()->item(jo, 3)->text(), login.name());
    EXPECT_FALSE(give->isEnabled()); // no passphrase to set again here

    // Jo signs in to the server as a key worker, with Jo's caseload.
    auto asJo = Database::open(team.database.urlAs(login.name()));
    ASSERT_TRUE(asJo.ok()) << asJo.error().message.toStdString();
    Result<SignedInUser> who = AccessService::signedInToServer(*asJo.value());
    ASSERT_TRUE(who.ok()) << who.error().message.toStdString();
    EXPECT_EQ(who->role, Role::KeyWorker);
    EXPECT_EQ(who->staffId, QStringLiteral("kw-1"));
}
