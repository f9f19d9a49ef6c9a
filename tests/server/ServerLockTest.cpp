#include "core/storage/ServerAddress.h"
#include "tests/server/ServerDatabase.h"
#include "ui/LockScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(ServerLock, AWindowOnTheTeamServerLocksAndUnlocksOnlyWithThePasswordTheServerTakes)
{
    QUrl url(test::ServerDatabase::serverUrl(QStringLiteral("waymark")));
    url.setUserName(QStringLiteral("waymark_password")); // the test server asks this one for its password
    Result<ServerAddress> address = ServerAddress::parse(url.toString());
    ASSERT_TRUE(address.ok()) << address.error().message.toStdString();
    QWidget window;
    window.resize(800, 600);
    window.show();
    LockScreen lock(
        QStringLiteral("waymark_password"), [&](const QString& password) { return address->checkPassword(password); },
        LockScreen::Secret::ServerPassword);
    lock.lock();
    ASSERT_TRUE(lock.covers(&window));
    ASSERT_NE(lock.passphraseField(), nullptr);
    EXPECT_EQ(lock.passphraseField()->accessibleName(), QStringLiteral("Team server password"));
    QTest::keyClicks(lock.passphraseField(), QStringLiteral("wrong horse"));
    EXPECT_FALSE(lock.tryUnlock());
    EXPECT_TRUE(lock.message()->text().contains(QStringLiteral("did not take that password")))
        << lock.message()->text().toStdString();
    QTest::keyClicks(lock.passphraseField(), QStringLiteral("right horse battery staple"));
    EXPECT_TRUE(lock.tryUnlock());
    EXPECT_FALSE(lock.covers(&window));
}
