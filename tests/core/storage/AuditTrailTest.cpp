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

namespace {

AuditEntry changed(const char* person, const char* before, const char* after)
{
    AuditEntry e;
    e.actor = QStringLiteral("jo");
    e.action = QStringLiteral("changed");
    e.table = QStringLiteral("service_users");
    e.serviceUserId = QString::fromLatin1(person);
    e.recordId = e.serviceUserId;
    e.field = QStringLiteral("family_name");
    e.before = QString::fromLatin1(before);
    e.after = QString::fromLatin1(after);
    e.detail = QStringLiteral("on the Profile tab");
    return e;
}

QString verdictOf(const AuditTrail& trail)
{
    const Result<std::optional<QString>> verdict = trail.verify();
    if (!verdict)
        return QStringLiteral("unreadable: ") + verdict.error().message;
    return verdict->value_or(QString());
}

} // namespace

TEST(AuditTrail, AnonymisingTakesThePersonsValuesOutAndTheChainStillHolds)
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    ASSERT_TRUE(trail.record(changed("su-1", "Smith", "Smyth")).ok());
    ASSERT_TRUE(trail.record(changed("su-2", "Okafor", "Okafor-Jones")).ok());
    ASSERT_TRUE(trail.record(viewed("su-2")).ok());
    ASSERT_TRUE(t.db().inTransaction([&]() -> Status {
        Result<int> erased = trail.eraseValuesOf(QStringLiteral("su-2"));
        if (!erased)
            return erased.error();
        EXPECT_EQ(erased.value(), 1); // the view had no values to take out
        AuditEntry done = viewed("su-2");
        done.action = QStringLiteral("anonymised");
        return trail.append(done);
    }).ok());
    EXPECT_EQ(verdictOf(trail), QString());

    // Searching for the old name finds nothing; what was done, by whom and when is still there.
    AuditQuery byName;
    byName.text = QStringLiteral("Okafor");
    EXPECT_TRUE(trail.search(byName)->isEmpty());
    AuditQuery byPerson;
    byPerson.serviceUserId = QStringLiteral("su-2");
    const QVector<AuditEntry> theirs = trail.search(byPerson).value();
    ASSERT_EQ(theirs.size(), 3);
    const AuditEntry& change = theirs.last();
    EXPECT_EQ(change.action, QStringLiteral("changed"));
    EXPECT_EQ(change.field, QStringLiteral("family_name"));
    EXPECT_EQ(change.actor, QStringLiteral("jo"));
    EXPECT_TRUE(change.valuesErased);
    EXPECT_TRUE(change.before.isEmpty() && change.after.isEmpty() && change.detail.isEmpty());
    // Nor is it anywhere in the table's text.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM x_audit_trail WHERE "
                                      "COALESCE(before_value, '') || COALESCE(after_value, '') || COALESCE(detail, '') "
                                      "LIKE '%Okafor%'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    // Someone else's entries are as they were.
    byName.text = QStringLiteral("Smyth");
    ASSERT_EQ(trail.search(byName)->size(), 1);
    EXPECT_FALSE(trail.search(byName)->first().valuesErased);
}

TEST(AuditTrail, ErasingIsTheOnlyChangeItTakesAndOnlyWithAnAnonymisation)
{
    test::TestDatabase t;
    AuditTrail trail(t.db());
    ASSERT_TRUE(trail.record(changed("su-1", "Smith", "Smyth")).ok());
    ASSERT_TRUE(trail.record(changed("su-2", "Okafor", "Okafor-Jones")).ok());
    QSqlQuery q(t.db().connection());
    // A value put back, or erased while its salt stays, is refused like any other edit.
    const QString second = QStringLiteral(" WHERE after_value = 'Okafor-Jones'");
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE x_audit_trail SET after_value = 'Jones'") + second));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE x_audit_trail SET before_value = NULL, after_value = NULL, detail = NULL")
                        + second));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE x_audit_trail SET before_value = NULL, after_value = NULL, detail = NULL, "
                                       "value_salt = NULL, field = 'gender'")
                        + second));
    EXPECT_EQ(verdictOf(trail), QString());

    // Values erased behind the app's back, with nobody anonymised: the check names the entry.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT seq FROM x_audit_trail WHERE after_value = 'Smyth'")) && q.next());
    const qint64 first = q.value(0).toLongLong();
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE x_audit_trail SET before_value = NULL, after_value = NULL, detail = NULL, "
                                      "value_salt = NULL WHERE seq = %1")
                           .arg(first)));
    EXPECT_TRUE(verdictOf(trail).startsWith(QStringLiteral("audit trail entry %1 (changed by jo) lost its values").arg(first)))
        << verdictOf(trail).toStdString();

    // A digest changed to match other values breaks the chain.
    test::TestDatabase u;
    AuditTrail other(u.db());
    ASSERT_TRUE(other.record(changed("su-1", "Smith", "Smyth")).ok());
    QSqlQuery r(u.db().connection());
    ASSERT_TRUE(r.exec(QStringLiteral("DROP TRIGGER x_audit_trail_no_update")));
    ASSERT_TRUE(r.exec(QStringLiteral("UPDATE x_audit_trail SET after_value = 'Jones' WHERE after_value = 'Smyth'")));
    EXPECT_TRUE(verdictOf(other).contains(QStringLiteral("(changed by jo) was changed after it was written")))
        << verdictOf(other).toStdString();
}
