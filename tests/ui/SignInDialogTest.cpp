#include "core/storage/KeyRing.h"
#include "ui/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(SignInDialog, AWrongPassphraseSaysSoAndTheRightOneGivesTheKey)
{
    const QByteArray key = KeyRing::newDatabaseKey();
    KeyRing ring;
    ASSERT_TRUE(ring.addAccount(QStringLiteral("admin"), QStringLiteral("blue kettle morning"), key, {}, true).ok());
    ASSERT_TRUE(ring.addAccount(QStringLiteral("Jo Marsh"), QStringLiteral("seven quiet herons"), key).ok());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    ASSERT_TRUE(ring.save(db).ok());
    SignInDialog dialog(db, ring);
    dialog.nameEdit()->setText(QStringLiteral("Jo Marsh"));
    dialog.passphraseEdit()->setText(QStringLiteral("blue kettle morning")); // the administrator's, not Jo's
    EXPECT_FALSE(dialog.trySignIn());
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("The name or passphrase is not right."));
    EXPECT_TRUE(dialog.passphraseEdit()->text().isEmpty()); // typed again, never kept
    EXPECT_TRUE(dialog.key().isEmpty());
    dialog.passphraseEdit()->setText(QStringLiteral("seven quiet herons"));
    EXPECT_TRUE(dialog.trySignIn());
    EXPECT_EQ(dialog.key(), key);
    EXPECT_EQ(dialog.user(), QStringLiteral("Jo Marsh"));
    // An empty name is the administrator.
    SignInDialog admin(db, ring);
    admin.nameEdit()->clear();
    admin.passphraseEdit()->setText(QStringLiteral("blue kettle morning"));
    EXPECT_TRUE(admin.trySignIn());
    EXPECT_EQ(admin.user(), QStringLiteral("admin"));
}
