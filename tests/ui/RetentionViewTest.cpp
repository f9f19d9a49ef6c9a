#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RetentionService.h"
#include "core/storage/Repositories.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/ReadOnlyTable.h"
#include "ui/RetentionView.h"

#include <QLabel>
#include <QSpinBox>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(RetentionView, TheAdministratorAnonymisesSomeoneLongGoneAndTheListSaysSo)
{
    test::TestDatabase t;
    ASSERT_TRUE(Importer(t.db(), t.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    test::FixedClock later(QDateTime(QDate(2033, 1, 10), QTime(9, 0), Qt::UTC));
    ChangeNotifier notifier;
    RetentionService retention{ServiceContext{t.db(), later, notifier, QStringLiteral("admin")}};
    RetentionView view(retention);
    ASSERT_TRUE(view.reload());
    ASSERT_EQ(view.table()->rowCount(), 1);
    EXPECT_TRUE(view.table()->item(0, 0)->text().contains(QStringLiteral("Bartholomew")));
    EXPECT_EQ(view.table()->item(0, 1)->text(), QStringLiteral("Sat 20 Jun 2026"));

    // Keeping records for ten years: nobody is due.
    view.years()->setValue(10);
    emit view.years()->editingFinished();
    EXPECT_EQ(view.table()->rowCount(), 0);
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("No one is due")));
    view.years()->setValue(6);
    emit view.years()->editingFinished();
    ASSERT_EQ(view.table()->rowCount(), 1);

    view.table()->selectRow(0);
    ASSERT_TRUE(view.anonymiseSelected(false));
    EXPECT_EQ(view.table()->rowCount(), 0);
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("anonymised"))) << view.status()->text().toStdString();
    Repositories repos(t.db());
    EXPECT_EQ(repos.serviceUsers.find(QStringLiteral("su-2"))->value().givenName, QStringLiteral("Anonymised"));
}
