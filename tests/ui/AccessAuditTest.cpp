#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QStringList actions(Database& db, const char* person)
{
    QStringList out;
    for (const AuditEntry& e : AuditTrail(db).forServiceUser(QString::fromLatin1(person)).value())
        out << e.actor + QLatin1Char(':') + e.action;
    return out;
}

} // namespace

TEST(AccessAudit, OpeningARecordIsInTheTrailOncePerLook)
{
    test::TestDatabase t;
    ASSERT_TRUE(Importer(t.db(), t.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    Repositories repos(t.db());
    ChangeNotifier notifier;
    MainWindow window(repos, t.clock(), notifier, QStringLiteral("kw-1"));
    window.openServiceUser(QStringLiteral("su-1"));
    // Read again after a change on screen: the same look.
    window.recordView()->showServiceUser(QStringLiteral("su-1"));
    EXPECT_EQ(actions(t.db(), "su-1"), (QStringList{QStringLiteral("kw-1:viewed")}));
    window.openServiceUser(QStringLiteral("su-2"));
    window.openServiceUser(QStringLiteral("su-1"));
    EXPECT_EQ(actions(t.db(), "su-1"), (QStringList{QStringLiteral("kw-1:viewed"), QStringLiteral("kw-1:viewed")}));
    EXPECT_EQ(actions(t.db(), "su-2"), (QStringList{QStringLiteral("kw-1:viewed")}));
    EXPECT_TRUE(t.db().problems()->isEmpty());
}
