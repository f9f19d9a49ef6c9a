#include "ui/OpenDatabaseDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The places opened before are the computer's settings: each test starts and ends with none.
struct NoRecentPlaces {
    NoRecentPlaces() { clear(); }
    ~NoRecentPlaces() { clear(); }
    static void clear() { QSettings().remove(QStringLiteral("database")); }
};

} // namespace

TEST(OpenDatabaseDialog, OpensAFileThatIsThereAndSaysWhenItIsNot)
{
    NoRecentPlaces none;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();

    OpenDatabaseDialog dialog(path);
    EXPECT_TRUE(dialog.fileChoice()->isChecked());
    EXPECT_TRUE(dialog.message()->text().isEmpty()) << dialog.message()->text().toStdString();
    EXPECT_TRUE(dialog.openButton()->isEnabled());
    EXPECT_EQ(dialog.chosen(), path);
    EXPECT_FALSE(dialog.recentList()->isEnabled()); // nothing opened before

    dialog.fileEdit()->setText(dir.filePath(QStringLiteral("gone.db")));
    EXPECT_TRUE(dialog.message()->text().startsWith(QStringLiteral("There is no file at")))
        << dialog.message()->text().toStdString();
    EXPECT_FALSE(dialog.openButton()->isEnabled());
    dialog.fileEdit()->clear();
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("Browse"))) << dialog.message()->text().toStdString();
}

TEST(OpenDatabaseDialog, TypingAServerAddressChoosesTheServerAndItsPasswordIsUsedButNeverShown)
{
    NoRecentPlaces none;
    OpenDatabaseDialog dialog(QStringLiteral("/nowhere/waymark.db"));
    dialog.show();
    QTest::keyClicks(dialog.serverEdit(), QStringLiteral("mysql://jo@server"));
    EXPECT_TRUE(dialog.serverChoice()->isChecked());
    EXPECT_FALSE(dialog.fileChoice()->isChecked());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("starts postgresql://")))
        << dialog.message()->text().toStdString();
    EXPECT_FALSE(dialog.openButton()->isEnabled());

    dialog.serverEdit()->setText(QStringLiteral("postgresql://jo@server.example.org/waymark"));
    EXPECT_TRUE(dialog.message()->text().isEmpty()) << dialog.message()->text().toStdString();
    EXPECT_TRUE(dialog.openButton()->isEnabled());
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("kettle"));
    const QUrl chosen(dialog.chosen());
    EXPECT_EQ(chosen.userName(), QStringLiteral("jo"));
    EXPECT_EQ(chosen.password(), QStringLiteral("kettle"));
    EXPECT_EQ(chosen.host(), QStringLiteral("server.example.org"));
    // Opened, the place is remembered without its password.
    OpenDatabaseDialog::remember(dialog.chosen());
    EXPECT_EQ(OpenDatabaseDialog::recent(), QStringList{QStringLiteral("postgresql://jo@server.example.org/waymark")});
    EXPECT_EQ(OpenDatabaseDialog::lastChosen(), QStringLiteral("postgresql://jo@server.example.org/waymark"));
}

TEST(OpenDatabaseDialog, OffersThePlacesOpenedBeforeNewestFirstAndOpensTheLastNextTime)
{
    NoRecentPlaces none;
    EXPECT_TRUE(OpenDatabaseDialog::lastChosen().isEmpty());
    OpenDatabaseDialog::remember(QStringLiteral("/home/jo/old.db"));
    OpenDatabaseDialog::remember(QStringLiteral("postgresql://jo@server.example.org/waymark"));
    OpenDatabaseDialog::remember(QStringLiteral("/home/jo/old.db")); // again: moves to the top, once
    EXPECT_EQ(
        OpenDatabaseDialog::recent(),
        (QStringList{QStringLiteral("/home/jo/old.db"), QStringLiteral("postgresql://jo@server.example.org/waymark")}));
    EXPECT_EQ(OpenDatabaseDialog::lastChosen(), QStringLiteral("/home/jo/old.db"));

    OpenDatabaseDialog dialog(QStringLiteral("/home/jo/old.db"));
    ASSERT_TRUE(dialog.recentList()->isEnabled());
    ASSERT_EQ(dialog.recentList()->count(), 3); // a prompt, then the two
    // Choosing the server from the list fills its address and waits for the password.
    dialog.recentList()->setCurrentIndex(2);
    emit dialog.recentList()->activated(2);
    EXPECT_TRUE(dialog.serverChoice()->isChecked());
    EXPECT_EQ(dialog.serverEdit()->text(), QStringLiteral("postgresql://jo@server.example.org/waymark"));
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
}
