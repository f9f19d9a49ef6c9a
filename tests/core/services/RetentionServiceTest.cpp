#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RetentionService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "tests/support/FixedClock.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>

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
