#include "core/storage/AuditTrail.h"
#include "core/interchange/Importer.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

AuditEntry viewed(const char* person)
{
    AuditEntry e;
    e.actor = QStringLiteral("jo");
    e.action = QStringLiteral("viewed");
    e.serviceUserId = QString::fromLatin1(person);
    e.recordId = e.serviceUserId;
    return e;
}

} // namespace

TEST(AuditTrail, EveryChangeIsInItAndItHoldsTogether)
{
    test::TestDatabase t;
    ASSERT_TRUE(Importer(t.db(), t.clock()).importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    AuditTrail trail(t.db());
    ASSERT_TRUE(trail.record(viewed("su-1")).ok());
    Result<QVector<AuditEntry>> all = trail.all();
    ASSERT_TRUE(all);
    ASSERT_GT(all->size(), 20); // the import's records, field by field, and the view
    EXPECT_EQ(all->first().seq, 1);
    EXPECT_EQ(all->last().action, QStringLiteral("viewed"));
    EXPECT_EQ(trail.forServiceUser(QStringLiteral("su-1"))->size(), 1);
    const Result<std::optional<QString>> verdict = trail.verify();
    ASSERT_TRUE(verdict);
    EXPECT_FALSE(verdict->has_value()) << verdict->value_or(QString()).toStdString();
    EXPECT_TRUE(t.db().problems()->isEmpty());
}

TEST(AuditTrail, CannotBeChangedAndAnyChangeBehindItsBackIsFound)
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    for (const char* person : {"su-1", "su-2", "su-3", "su-4"})
        ASSERT_TRUE(trail.record(viewed(person)).ok());
    QSqlQuery q(t.db().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE x_audit_trail SET actor = 'mallory' WHERE seq = 2")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("cannot be changed"))) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM x_audit_trail WHERE seq = 3")));

    // Someone with the file and the key drops the guard and edits entry 2.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER x_audit_trail_no_update")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE x_audit_trail SET actor = 'mallory' WHERE seq = 2")));
    Result<std::optional<QString>> verdict = trail.verify();
    ASSERT_TRUE(verdict && verdict->has_value());
    EXPECT_TRUE((*verdict)->startsWith(QStringLiteral("audit trail entry 2 "))) << (*verdict)->toStdString();
    EXPECT_TRUE(t.db().problems()->contains(**verdict));

    // Or removes an entry.
    test::TestDatabase u;
    AuditTrail other(u.db());
    for (const char* person : {"su-1", "su-2", "su-3"})
        ASSERT_TRUE(other.record(viewed(person)).ok());
    QSqlQuery r(u.db().connection());
    ASSERT_TRUE(r.exec(QStringLiteral("DROP TRIGGER x_audit_trail_no_delete")));
    ASSERT_TRUE(r.exec(QStringLiteral("DELETE FROM x_audit_trail WHERE seq = 2")));
    verdict = other.verify();
    ASSERT_TRUE(verdict && verdict->has_value());
    EXPECT_TRUE((*verdict)->contains(QStringLiteral("entry 2 is missing"))) << (*verdict)->toStdString();
}
