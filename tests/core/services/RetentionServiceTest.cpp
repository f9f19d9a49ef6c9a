#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RetentionService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Bartholomew's support (sp-2) ended on 20 June 2026; Lexi's is open. Today is years later.
class Retention : public ::testing::Test {
protected:
    void SetUp() override
    {
        QJsonObject doc = test::smallCaseload();
        doc.insert(QStringLiteral("notes"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("n-2")},
                                          {QStringLiteral("support_period_id"), QStringLiteral("sp-2")},
                                          {QStringLiteral("written_at"), QStringLiteral("2026-06-01T10:00:00Z")},
                                          {QStringLiteral("text"), QStringLiteral("Bartholomew's sister Mary rang about his flat at 4 Elm Road.")}}});
        // Text nested in his records: a plan's needs, a goal's tasks, a risk.
        QJsonArray plans = doc.value(QStringLiteral("support_plans")).toArray();
        plans.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("pl-2")},
                                 {QStringLiteral("support_period_id"), QStringLiteral("sp-2")},
                                 {QStringLiteral("needs"), QJsonObject{{QStringLiteral("religion"), QStringLiteral("Goes to St Anne's with Mary.")}}}});
        doc.insert(QStringLiteral("support_plans"), plans);
        QJsonArray goals = doc.value(QStringLiteral("goals")).toArray();
        goals.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("go-2")},
                                 {QStringLiteral("support_plan_id"), QStringLiteral("pl-2")},
                                 {QStringLiteral("what"), QStringLiteral("Keep the flat")},
                                 {QStringLiteral("tasks"), QJsonArray{QStringLiteral("Ring Mary at Elm Road weekly")}}});
        doc.insert(QStringLiteral("goals"), goals);
        doc.insert(QStringLiteral("x_risk_assessments"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ra-2")},
                                          {QStringLiteral("support_period_id"), QStringLiteral("sp-2")},
                                          {QStringLiteral("assessed_on"), QStringLiteral("2026-05-01")}}});
        doc.insert(QStringLiteral("x_risks"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("rk-2")},
                                          {QStringLiteral("risk_assessment_id"), QStringLiteral("ra-2")},
                                          {QStringLiteral("towards"), QStringLiteral("person")},
                                          {QStringLiteral("level"), QStringLiteral("low")},
                                          {QStringLiteral("description"), QStringLiteral("Neglects himself when Mary is away.")},
                                          {QStringLiteral("management"), QStringLiteral("Mary rings the office.")}}});
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock()).importObject(doc, QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    RetentionService service(Role role = Role::Administrator)
    {
        return RetentionService{ServiceContext{m_db.db(), m_later, m_notifier, QStringLiteral("admin"), role}};
    }

    test::TestDatabase m_db;
    test::FixedClock m_later{QDateTime(QDate(2032, 7, 1), QTime(9, 0), Qt::UTC)};
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
};

} // namespace

TEST_F(Retention, ThoseLongGoneAreListedAndAnonymisedWithTheTrailKeepingThatItHappened)
{
    RetentionService retention = service();
    EXPECT_EQ(retention.years(), 6);
    Result<QVector<RetentionFacts>> due = retention.due();
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->first().serviceUserId, QStringLiteral("su-2"));
    EXPECT_EQ(due->first().lastSupportEnded, QDate(2026, 6, 20));

    // Lexi is in support: refused.
    EXPECT_FALSE(retention.anonymise(QStringLiteral("su-1")).ok());
    Result<int> touched = retention.anonymise(QStringLiteral("su-2"));
    ASSERT_TRUE(touched) << touched.error().message.toStdString();
    EXPECT_GE(touched.value(), 4); // person, referral, period, note

    const ServiceUser gone = m_repos.serviceUsers.find(QStringLiteral("su-2"))->value();
    EXPECT_EQ(gone.givenName, QStringLiteral("Anonymised"));
    EXPECT_NE(gone.familyName, QStringLiteral("Sample"));
    EXPECT_FALSE(gone.dateOfBirth.isValid());
    EXPECT_EQ(gone.gender, QStringLiteral("male")); // equality monitoring still adds up
    const QVector<CaseNote> notes = m_repos.notes.forServiceUser(QStringLiteral("su-2")).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, QStringLiteral("[removed]"));
    // The support period (and so past returns) stays.
    EXPECT_EQ(m_repos.supportPeriods.forServiceUser(QStringLiteral("su-2")).value().size(), 1);
    // The History tab shows what changed, never the values that were there.
    for (const ChangeEntry& c : m_repos.history.forServiceUser(QStringLiteral("su-2")).value()) {
        EXPECT_FALSE(c.oldValue.contains(QStringLiteral("Sample")));
        EXPECT_FALSE(c.newValue.contains(QStringLiteral("Sample")));
    }
    // Listed no more, and the trail says who did it.
    EXPECT_TRUE(retention.due()->isEmpty());
    QStringList actions;
    for (const AuditEntry& e : AuditTrail(m_db.db()).forServiceUser(QStringLiteral("su-2")).value())
        actions << e.actor + QLatin1Char(':') + e.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("admin:anonymised")));
    EXPECT_TRUE(m_db.db().problems()->isEmpty());
    // Lexi is untouched.
    EXPECT_EQ(m_repos.serviceUsers.find(QStringLiteral("su-1"))->value().givenName, QStringLiteral("Alexandra"));
}

TEST_F(Retention, TheYearsAreTheOrganisationsAndOnlyTheAdministratorActs)
{
    RetentionService retention = service();
    ASSERT_TRUE(retention.setYears(7).ok());
    EXPECT_EQ(retention.years(), 7);
    EXPECT_TRUE(retention.due()->isEmpty()); // 20 June 2026 is not more than seven years before 1 July 2032
    EXPECT_FALSE(retention.setYears(0).ok());
    RetentionService teamLeader = service(Role::TeamLeader);
    EXPECT_FALSE(teamLeader.due().ok());
    EXPECT_FALSE(teamLeader.anonymise(QStringLiteral("su-2")).ok());
}

TEST_F(Retention, NothingAboutThemIsLeftInTheirRecordsOrTheAuditTrail)
{
    RetentionService retention = service();
    ASSERT_TRUE(retention.anonymise(QStringLiteral("su-2")).ok());
    // Every text column of every table, the audit trail and the History tab included.
    QSqlQuery tables(m_db.db().connection());
    ASSERT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    QStringList found;
    int columnsRead = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(m_db.db().connection());
        ASSERT_TRUE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (columns.next()) {
            const QString column = columns.value(1).toString();
            for (const char* word : {"Bartholomew", "Sample", "Mary", "Elm Road", "Low since the move"}) {
                QSqlQuery q(m_db.db().connection());
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE CAST(%2 AS TEXT) LIKE ?").arg(table, column));
                q.addBindValue(QStringLiteral("%") + QString::fromLatin1(word) + QStringLiteral("%"));
                ASSERT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
                if (q.value(0).toInt() > 0)
                    found << QStringLiteral("%1.%2: %3").arg(table, column, QString::fromLatin1(word));
            }
            ++columnsRead;
        }
    }
    EXPECT_GT(columnsRead, 100);
    EXPECT_TRUE(found.isEmpty()) << found.join(QStringLiteral("; ")).toStdString();
    // The trail still says what was done to his records, and holds together.
    AuditQuery his;
    his.serviceUserId = QStringLiteral("su-2");
    const QVector<AuditEntry> entries = AuditTrail(m_db.db()).search(his).value();
    EXPECT_GT(entries.size(), 5);
    EXPECT_TRUE(std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry& e) { return e.valuesErased; }));
    EXPECT_TRUE(m_db.db().problems()->isEmpty()) << m_db.db().problems()->join(QStringLiteral("; ")).toStdString();
    // Lexi's trail keeps its values (her goal's task).
    AuditQuery hers;
    hers.text = QStringLiteral("advocacy");
    EXPECT_FALSE(AuditTrail(m_db.db()).search(hers)->isEmpty());
}
