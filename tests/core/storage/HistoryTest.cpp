#include "core/interchange/Importer.h"
#include "core/storage/RecordStore.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class History : public ::testing::Test {
protected:
    void import(const QJsonObject& doc, const QString& actor)
    {
        Importer importer(m_db.db(), m_db.clock());
        auto result = importer.importObject(doc, QStringLiteral("fixture"), actor);
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    }

    QStringList lines(const QVector<ChangeEntry>& entries)
    {
        QStringList out;
        for (const ChangeEntry& e : entries)
            out << QStringList{e.changedBy, e.table, e.recordId, e.action, e.field, e.oldValue, e.newValue}
                       .join(QLatin1Char('|'));
        return out;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
};

} // namespace

TEST_F(History, ARecordsCreationIsLoggedWithWhoAndWhen)
{
    import(test::smallCaseload(), QStringLiteral("kw-1"));
    auto history = m_repos.history.forRecord(QStringLiteral("su-1"));
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().action, QStringLiteral("created"));
    EXPECT_EQ(history->first().changedBy, QStringLiteral("kw-1"));
    EXPECT_EQ(history->first().changedAt, m_db.clock().now());
}

TEST_F(History, EachChangedFieldIsLoggedWithItsOldAndNewValue)
{
    import(test::smallCaseload(), QStringLiteral("kw-1"));
    QJsonObject changed = test::smallCaseload();
    test::setAt(changed, QStringLiteral("service_users[0].postcode"), QStringLiteral("RM17 6SL"));
    test::setAt(changed, QStringLiteral("service_users[0].tenure"), QStringLiteral("private_rented"));
    m_db.clock().set(m_db.clock().now().addDays(1));
    import(changed, QStringLiteral("tl-1"));
    auto history = m_repos.history.forRecord(QStringLiteral("su-1"));
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(lines(history.value()),
              (QStringList{QStringLiteral("tl-1|service_users|su-1|changed|postcode||RM17 6SL"),
                           QStringLiteral("tl-1|service_users|su-1|changed|tenure|council_tenancy|private_rented"),
                           QStringLiteral("kw-1|service_users|su-1|created|||")}));
}

TEST_F(History, SavingTheSameAgainLogsNothing)
{
    import(test::smallCaseload(), QStringLiteral("kw-1"));
    const int before = test::rowCount(m_db.db(), QStringLiteral("change_log"));
    import(test::smallCaseload(), QStringLiteral("kw-1"));
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("change_log")), before);
}

TEST_F(History, APersonsHistoryHoldsEveryOneOfTheirRecordsAndNoOneElses)
{
    import(test::smallCaseload(), QStringLiteral("kw-1"));
    RecordStore store(m_db.db());
    ASSERT_TRUE(store.remove(QStringLiteral("appointments"), QStringLiteral("ap-2"), QStringLiteral("kw-1"),
                             m_db.clock().now().addSecs(60))
                    .ok());
    auto history = m_repos.history.forServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(history.ok());
    QSet<QString> tables;
    for (const ChangeEntry& e : history.value()) {
        tables.insert(e.table);
        EXPECT_NE(e.recordId, QStringLiteral("su-2"));
        EXPECT_NE(e.recordId, QStringLiteral("sp-2"));
    }
    for (const char* table : {"service_users", "referrals", "support_periods", "appointments", "support_plans",
                              "goals", "reviews", "hospital_stays", "notes"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    // The deletion is the latest entry, and the record it deleted is still in its history.
    EXPECT_EQ(history->first().action, QStringLiteral("deleted"));
    EXPECT_EQ(history->first().recordId, QStringLiteral("ap-2"));
}

TEST_F(History, AChildRowsChangeIsLoggedAgainstItsParent)
{
    import(test::smallCaseload(), QStringLiteral("kw-1"));
    QJsonObject changed = test::smallCaseload();
    QJsonArray goals = changed.value(QStringLiteral("goals")).toArray();
    ASSERT_FALSE(goals.isEmpty());
    QJsonObject goal = goals.first().toObject();
    QJsonArray tasks = goal.value(QStringLiteral("tasks")).toArray();
    tasks.append(QStringLiteral("Register with a dentist"));
    goal.insert(QStringLiteral("tasks"), tasks);
    goals.replace(0, goal);
    changed.insert(QStringLiteral("goals"), goals);
    import(changed, QStringLiteral("kw-1"));
    auto history = m_repos.history.forRecord(goal.value(QStringLiteral("id")).toString());
    ASSERT_TRUE(history.ok());
    bool added = false;
    for (const ChangeEntry& e : history.value())
        added = added || (e.table == QStringLiteral("goal_tasks") && e.action == QStringLiteral("added")
                          && e.newValue.contains(QStringLiteral("Register with a dentist")));
    EXPECT_TRUE(added);
}
