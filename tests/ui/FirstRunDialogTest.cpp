#include "ui/FirstRunDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(FirstRunDialog, SaysWhatIsNeededUntilTheDatabaseCanBeMade)
{
    FirstRunDialog dialog(QStringLiteral("/tmp/waymark.db"));
    EXPECT_FALSE(dialog.createButton()->isEnabled());
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("Type the organisation's name."));
    dialog.organisationEdit()->setText(QStringLiteral("Riverside Trust"));
    dialog.passphraseEdit()->setText(QStringLiteral("short"));
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("at least 12 characters")));
    dialog.passphraseEdit()->setText(QStringLiteral("blue kettle morning"));
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("Type the passphrase again."));
    dialog.repeatEdit()->setText(QStringLiteral("blue kettle mourning"));
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("The two passphrases differ."));
    EXPECT_FALSE(dialog.createButton()->isEnabled());
    dialog.repeatEdit()->setText(QStringLiteral("blue kettle morning"));
    EXPECT_TRUE(dialog.message()->text().isEmpty());
    EXPECT_TRUE(dialog.createButton()->isEnabled());
    EXPECT_EQ(dialog.administrator(), QStringLiteral("admin"));
    EXPECT_EQ(dialog.organisation(), QStringLiteral("Riverside Trust"));
}
