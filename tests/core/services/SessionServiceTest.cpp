#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/SessionService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Lexi (su-1) is in Thurrock floating support from 3 April 2026, open; Bartholomew (su-2) was in
// Camden day services from 12 May to 20 June 2026 and is on the register of the Tuesday walk
// (se-1, 2 June). Now is 1 July 2026.
class Sessions : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    GroupSession dropIn(const QDateTime& at) const
    {
        GroupSession s;
        s.contractId = QStringLiteral("thurrock-fs");
        s.kind = QStringLiteral("drop_in");
        s.title = QStringLiteral("Grays drop-in surgery");
        s.startsAt = at;
        s.durationMinutes = 180;
        s.ledBy = QStringLiteral("staff");
        s.venue = QStringLiteral("Grays library");
        return s;
    }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
    SessionService m_service{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
};

QStringList names(const QVector<RegisterLine>& lines)
{
    QStringList out;
    for (const RegisterLine& l : lines)
        out << l.person.displayName();
    return out;
}

} // namespace

TEST_F(Sessions, TheRegisterListsThePeopleInSupportWithTheContractThatDay)
{
    Result<QString> id = m_service.save(dropIn(QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC)));
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    const GroupSession session = m_repos.sessions.find(id.value())->value();
    EXPECT_EQ(names(m_repos.sessions.registerFor(session).value()), QStringList{QStringLiteral("Lexi")});
    // Before Lexi's support started, nobody.
    GroupSession earlier = session;
    earlier.startsAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    earlier.id = QStringLiteral("no-such-session");
    EXPECT_TRUE(m_repos.sessions.registerFor(earlier)->isEmpty());
    // The Camden walk keeps Bartholomew, who is on its register though his support has ended.
    const GroupSession walk = m_repos.sessions.find(QStringLiteral("se-1"))->value();
    Result<QVector<RegisterLine>> walkers = m_repos.sessions.registerFor(walk);
    ASSERT_TRUE(walkers.ok());
    ASSERT_EQ(walkers->size(), 1);
    ASSERT_TRUE(walkers->first().attendance.has_value());
    EXPECT_TRUE(walkers->first().attendance->attended);
}

TEST_F(Sessions, SavingTheRegisterTwiceChangesNothing)
{
    const QString id = m_service.save(dropIn(QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC))).value();
    const QVector<Attendance> lines{Attendance{{}, QStringLiteral("su-1"), true, {}, std::nullopt}};
    ASSERT_TRUE(m_service.saveRegister(id, lines).ok());
    const int changes = test::rowCount(m_db.db(), QStringLiteral("change_log"));
    ASSERT_TRUE(m_service.saveRegister(id, lines).ok());
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("change_log")), changes);
    Result<QVector<SessionSummary>> week = m_repos.sessions.between(
        QStringLiteral("thurrock-fs"), QDateTime(QDate(2026, 6, 29), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2026, 7, 6), QTime(0, 0), Qt::UTC));
    ASSERT_TRUE(week.ok());
    ASSERT_EQ(week->size(), 1);
    EXPECT_EQ(week->first().attended, 1);
    // Unticked: still on the register, not attended.
    ASSERT_TRUE(m_service.saveRegister(id, {Attendance{{}, QStringLiteral("su-1"), false, {}, std::nullopt}}).ok());
    EXPECT_EQ(m_repos.sessions.between(QStringLiteral("thurrock-fs"), QDateTime(QDate(2026, 6, 29), QTime(0, 0), Qt::UTC),
                                       QDateTime(QDate(2026, 7, 6), QTime(0, 0), Qt::UTC))
                  ->first()
                  .attended,
              0);
}

TEST_F(Sessions, AWalkInIsRecordedWithANewPersonInOneStep)
{
    const QString id = m_service.save(dropIn(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC))).value();
    QSignalSpy people(&m_notifier, &ChangeNotifier::serviceUserChanged);
    ServiceUser someone;
    someone.givenName = QStringLiteral(" Sam ");
    someone.familyName = QStringLiteral("Rivers");
    Result<QString> person = m_service.recordWalkIn(
        Attendance{id, {}, true, QStringLiteral("Letter about a benefit sanction"), 15}, someone);
    ASSERT_TRUE(person.ok()) << qPrintable(person.error().message);
    EXPECT_EQ(people.count(), 1);
    const ServiceUser stored = m_repos.serviceUsers.find(person.value())->value();
    EXPECT_EQ(stored.givenName, QStringLiteral("Sam"));
    Result<QVector<Attendance>> lines = m_repos.sessions.attendance(id);
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    EXPECT_EQ(lines->first().discussed, QStringLiteral("Letter about a benefit sanction"));
    EXPECT_EQ(lines->first().minutes, 15);

    // Lexi walks in too: found, not created.
    ASSERT_TRUE(m_service.recordWalkIn(Attendance{id, QStringLiteral("su-1"), true, QStringLiteral("Rent arrears"), 30}).ok());
    EXPECT_EQ(m_repos.sessions.attendance(id)->size(), 2);
}

TEST_F(Sessions, AWalkInWithoutWhatWasDiscussedIsRefusedAndNothingIsWritten)
{
    const QString id = m_service.save(dropIn(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC))).value();
    const int people = test::rowCount(m_db.db(), QStringLiteral("service_users"));
    ServiceUser someone;
    someone.givenName = QStringLiteral("Sam");
    Result<QString> refused = m_service.recordWalkIn(Attendance{id, {}, true, QStringLiteral("  "), 0}, someone);
    EXPECT_FALSE(refused.ok());
    QStringList fields;
    for (const FieldProblem& p : m_service.problems())
        fields << p.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("family_name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("x_discussed")));
    EXPECT_TRUE(fields.contains(QStringLiteral("x_minutes")));
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("service_users")), people);
    EXPECT_TRUE(m_repos.sessions.attendance(id)->isEmpty());
}

TEST_F(Sessions, ASessionNeedsAKindAndASensibleLength)
{
    GroupSession bad = dropIn(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
    bad.kind.clear();
    bad.durationMinutes = 0;
    EXPECT_FALSE(m_service.save(bad).ok());
    EXPECT_EQ(m_service.problems().size(), 2);
}

TEST_F(Sessions, WhatWasDiscussedTravelsInAnExport)
{
    const QString id = m_service.save(dropIn(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC))).value();
    ASSERT_TRUE(m_service.recordWalkIn(Attendance{id, QStringLiteral("su-1"), true, QStringLiteral("Rent arrears"), 30}).ok());
    Result<QJsonObject> exported = Exporter(m_db.db(), m_db.clock()).exportAll();
    ASSERT_TRUE(exported.ok());
    test::TestDatabase other;
    ASSERT_TRUE(Importer(other.db(), other.clock()).importObject(exported.value(), QStringLiteral("export"), QStringLiteral("test")).ok());
    Result<QVector<Attendance>> moved = Repositories(other.db()).sessions.attendance(id);
    ASSERT_TRUE(moved.ok());
    ASSERT_EQ(moved->size(), 1);
    EXPECT_EQ(moved->first().discussed, QStringLiteral("Rent arrears"));
    EXPECT_EQ(moved->first().minutes, 30);
}

TEST_F(Sessions, SeenTwiceAtOneSessionKeepsBothVisits)
{
    const QString id = m_service.save(dropIn(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC))).value();
    ASSERT_TRUE(m_service.recordWalkIn(Attendance{id, QStringLiteral("su-1"), true, QStringLiteral("Rent arrears"), 20}).ok());
    ASSERT_TRUE(m_service.recordWalkIn(Attendance{id, QStringLiteral("su-1"), true, QStringLiteral("Came back with the letter"), 10}).ok());
    Result<QVector<Attendance>> lines = m_repos.sessions.attendance(id);
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    EXPECT_EQ(lines->first().discussed, QStringLiteral("Rent arrears; Came back with the letter"));
    EXPECT_EQ(lines->first().minutes, 30);
}
