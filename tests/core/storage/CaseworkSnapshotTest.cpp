// The Today list read at a moment (only the referrals waiting, the periods open that day and what
// the rules count of them) is exactly the list worked out from everything: what the Today screen
// and `waymark-cli today` show does not depend on how little was read for it.
#include "core/domain/TodayItem.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/rules/TodayList.h"
#include "core/storage/Repositories.h"
#include "tests/support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace waymark;

namespace {

QStringList described(const QVector<TodayItem>& items)
{
    QStringList out;
    for (const TodayItem& item : items)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(TodayItem::code(item.kind), item.serviceUserId, item.supportPeriodId, item.referralId,
                        item.dueText());
    return out;
}

} // namespace

TEST(CaseworkSnapshot, TheTodayListFromWhatIsReadAtAMomentIsTheListFromEverything)
{
    test::TestDatabase db;
    DemoOptions demo;
    demo.people = 200;
    demo.asOf = QDate(2026, 7, 1);
    ASSERT_TRUE(DatabaseSetup::loadDemo(db.db(), db.clock(), demo).ok());
    Repositories repos(db.db());
    const CaseworkSnapshot everything = repos.casework.snapshot().value();
    QStringList keyWorkers{QString()};
    for (const SupportPeriod& p : everything.periods)
        if (!p.keyWorkerId.isEmpty() && !keyWorkers.contains(p.keyWorkerId))
            keyWorkers << p.keyWorkerId;
    QSet<QString> kinds;
    // Mornings, a Sunday night across the week's turn and days months before and after.
    for (const QDateTime& at :
         {QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC), QDateTime(QDate(2026, 6, 28), QTime(23, 30), Qt::UTC),
          QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC), QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC)}) {
        for (const QString& keyWorker : keyWorkers) {
            const QStringList fromEverything = described(TodayList::build(
                keyWorker.isEmpty() ? everything : repos.casework.snapshot(keyWorker).value(), at, keyWorker));
            const QStringList fromTheMoment =
                described(TodayList::build(repos.casework.snapshot(keyWorker, at).value(), at, keyWorker));
            EXPECT_EQ(fromTheMoment, fromEverything)
                << "at " << at.toString(Qt::ISODate).toStdString() << " for "
                << (keyWorker.isEmpty() ? std::string("the team") : keyWorker.toStdString());
            for (const QString& line : fromEverything)
                kinds.insert(line.section(QLatin1Char(' '), 0, 0));
        }
    }
    // The comparison means something only if the lists hold items of (nearly) every kind.
    EXPECT_GE(kinds.size(), 8) << QStringList(kinds.begin(), kinds.end()).join(QLatin1Char(' ')).toStdString();
}
