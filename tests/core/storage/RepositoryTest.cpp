#include "core/domain/PersonName.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Importer.h"
#include "core/storage/RecordStore.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class StoredRecords : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        auto result = importer.importObject(test::smallCaseload(), QStringLiteral("fixture"),
                                            QStringLiteral("test"));
        ASSERT_TRUE(result.ok());
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
};

} // namespace

TEST_F(StoredRecords, CaseloadListsEveryoneWithTheirCurrentPeriod)
{
    auto entries = m_repos.caseload.entries(m_db.clock().now());
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    const CaseloadEntry& sample = entries->at(0); // ordered by family name: Sample, Tester
    EXPECT_EQ(sample.familyName, QStringLiteral("Sample"));
    EXPECT_EQ(sample.contractName, QStringLiteral("Mental Health Day Services"));
    EXPECT_EQ(sample.endDate, QDate(2026, 6, 20));
    const CaseloadEntry& lexi = entries->at(1);
    EXPECT_EQ(lexi.preferredName, QStringLiteral("Lexi"));
    EXPECT_EQ(lexi.keyWorkerName, QStringLiteral("Jo Marsh"));
    EXPECT_EQ(lexi.startDate, QDate(2026, 4, 3));
    EXPECT_EQ(lexi.nextAppointment, QDateTime(QDate(2026, 7, 6), QTime(13, 0), Qt::UTC));
}

TEST_F(StoredRecords, AnOpenPeriodIsCurrentOverALaterClosedOne)
{
    QSqlQuery q(m_db.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO support_periods (id, created_at, updated_at, updated_by, service_user_id, "
        "contract_id, start_date, end_date) VALUES ('sp-3', 'x', 'x', 'test', 'su-1', 'camden-day', "
        "'2026-05-01', '2026-05-20')")));
    auto entries = m_repos.caseload.entries(m_db.clock().now());
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->at(1).supportPeriodId, QStringLiteral("sp-1"));
}

TEST_F(StoredRecords, TombstonedPeopleLeaveTheCaseload)
{
    QSqlQuery q(m_db.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE service_users SET deleted = 1 WHERE id = 'su-2'")));
    auto entries = m_repos.caseload.entries(m_db.clock().now());
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 1);
    auto found = m_repos.serviceUsers.find(QStringLiteral("su-2"));
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->has_value());
}

TEST_F(StoredRecords, APersonsRecordReadsBackAsImported)
{
    auto person = m_repos.serviceUsers.find(QStringLiteral("su-1"));
    ASSERT_TRUE(person.ok() && person->has_value());
    EXPECT_EQ((*person)->dateOfBirth, QDate(1980, 3, 14));
    EXPECT_EQ((*person)->tenure, QStringLiteral("council_tenancy"));
    EXPECT_EQ((*person)->interpreterNeeded, std::optional<bool>(false));

    auto plans = m_repos.supportPlans.plansForServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 1);
    EXPECT_EQ(plans->first().needs.value(QStringLiteral("religion")), QStringLiteral("Attends Mass on Sundays."));
    EXPECT_FALSE(plans->first().needs.contains(QStringLiteral("age")));
    auto goals = m_repos.supportPlans.goalsForPlan(plans->first().id);
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals->size(), 1);
    EXPECT_EQ(goals->first().tasks, QStringList{QStringLiteral("Advice, advocacy and liaison")});

    auto appointments = m_repos.appointments.forServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(appointments.ok());
    EXPECT_EQ(appointments->size(), 2);
    auto stays = m_repos.hospitalStays.forServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(stays.ok());
    EXPECT_EQ(stays->first().dischargedOn, QDate(2026, 5, 9));
    auto notes = m_repos.notes.forServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(notes.ok());
    EXPECT_EQ(notes->size(), 1);
    auto outcomes = m_repos.supportPeriods.outcomesForServiceUser(QStringLiteral("su-1"));
    ASSERT_TRUE(outcomes.ok());
    EXPECT_EQ(outcomes->first().achieved, std::nullopt);
}

TEST_F(StoredRecords, ANameIsFoundOnRecordIgnoringCaseAndSpacesButNotWhenDeleted)
{
    const ServiceUser person = m_repos.serviceUsers.find(QStringLiteral("su-1"))->value();
    EXPECT_TRUE(m_repos.serviceUsers.isNameOnRecord(person.givenName, person.familyName).value());
    EXPECT_TRUE(m_repos.serviceUsers
                    .isNameOnRecord(QStringLiteral("  ") + person.givenName.toUpper() + QStringLiteral(" "),
                                    person.familyName.toLower())
                    .value());
    // The given name of one person with the family name of another is nobody's name.
    EXPECT_FALSE(
        m_repos.serviceUsers.isNameOnRecord(person.givenName, person.familyName + QStringLiteral("x")).value());
    EXPECT_FALSE(m_repos.serviceUsers.isNameOnRecord(QStringLiteral("Nobody"), person.familyName).value());
    // Someone deleted is not on record.
    QSqlQuery(m_db.db().connection()).exec(QStringLiteral("UPDATE service_users SET deleted = 1 WHERE id = 'su-1'"));
    EXPECT_FALSE(m_repos.serviceUsers.isNameOnRecord(person.givenName, person.familyName).value());
}

TEST_F(StoredRecords, TheChoicesAreEveryoneOnRecordAsTheirWholeRecordsNameThemInTheSameOrder)
{
    const QVector<ServiceUser> everyone = m_repos.serviceUsers.all().value();
    ASSERT_GE(everyone.size(), 2);
    QVector<PersonChoice> choices = m_repos.serviceUsers.choices().value();
    ASSERT_EQ(choices.size(), everyone.size());
    for (qsizetype i = 0; i < everyone.size(); ++i) {
        EXPECT_EQ(choices.at(i).id, everyone.at(i).id);
        EXPECT_EQ(choices.at(i).givenName, everyone.at(i).givenName);
        EXPECT_EQ(choices.at(i).familyName, everyone.at(i).familyName);
        EXPECT_EQ(choices.at(i).preferredName, everyone.at(i).preferredName);
        EXPECT_EQ(choices.at(i).dateOfBirth, everyone.at(i).dateOfBirth);
    }
    // Someone deleted is not offered.
    QSqlQuery(m_db.db().connection()).exec(QStringLiteral("UPDATE service_users SET deleted = 1 WHERE id = 'su-1'"));
    choices = m_repos.serviceUsers.choices().value();
    EXPECT_EQ(choices.size(), everyone.size() - 1);
    EXPECT_TRUE(std::none_of(choices.cbegin(), choices.cend(),
                             [](const PersonChoice& p) { return p.id == QLatin1String("su-1"); }));
}

TEST_F(StoredRecords, StarAssessmentsComeWithTheirTemplate)
{
    auto assessments = m_repos.stars.forServiceUser(QStringLiteral("su-2"));
    ASSERT_TRUE(assessments.ok());
    ASSERT_EQ(assessments->size(), 2);
    EXPECT_EQ(assessments->first().scores.value(QStringLiteral("mood")), 3);
    EXPECT_EQ(assessments->last().scores.value(QStringLiteral("mood")), 6);
    EXPECT_FALSE(assessments->first().scores.contains(QStringLiteral("money")));
    auto star = m_repos.stars.findTemplate(QStringLiteral("waymark-wellbeing"));
    ASSERT_TRUE(star.ok() && star->has_value());
    EXPECT_EQ((*star)->areas.size(), 8);
    EXPECT_EQ((*star)->stageFor(6), QStringLiteral("Trying things"));
}

TEST_F(StoredRecords, ContractsCarryTheirRules)
{
    auto thurrock = m_repos.contracts.find(QStringLiteral("thurrock-fs"));
    ASSERT_TRUE(thurrock.ok() && thurrock->has_value());
    EXPECT_EQ((*thurrock)->weeklyHoursCap, std::optional<double>(3.0));
    EXPECT_EQ((*thurrock)->maxDurationMonths, std::optional<int>(24));
    EXPECT_EQ((*thurrock)->starIntervalWeeks, std::nullopt);
    auto camden = m_repos.contracts.find(QStringLiteral("camden-day"));
    ASSERT_TRUE(camden.ok() && camden->has_value());
    EXPECT_EQ((*camden)->funderStatement,
              QStringLiteral("This service is fully funded by the London Borough of Camden."));
    EXPECT_EQ((*camden)->starIntervalWeeks, std::optional<int>(13));
}

TEST_F(StoredRecords, MetaRemembersTheDemoFlag)
{
    EXPECT_FALSE(m_repos.meta.isDemo());
    ASSERT_TRUE(m_repos.meta.setValue(QString::fromLatin1(MetaRepository::Demo), QStringLiteral("1")).ok());
    EXPECT_TRUE(m_repos.meta.isDemo());
}

namespace {

// 120 fictional people, as at 1 July 2026.
bool loadDemoCaseload(test::TestDatabase& db)
{
    DemoOptions demo;
    demo.people = 120;
    demo.asOf = QDate(2026, 7, 1);
    return DatabaseSetup::loadDemo(db.db(), db.clock(), demo).ok();
}

} // namespace

// The whole team's list is put together from whole lists in C++; a key worker's is one SQL
// statement working out each person's current period. On a demo caseload, with a tie the order
// must settle (two open periods starting the same day: the greater id is current), the two agree
// on every person, field by field.
TEST(CaseloadRepository, TheWholeTeamsListAgreesWithEachKeyWorkersList)
{
    test::TestDatabase db;
    ASSERT_TRUE(loadDemoCaseload(db));
    QSqlQuery q(db.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT id, service_user_id, key_worker_id FROM support_periods WHERE end_date IS "
                              "NULL AND key_worker_id IS NOT NULL AND deleted = 0 ORDER BY id LIMIT 1")));
    ASSERT_TRUE(q.next());
    const QString tiedWith = q.value(0).toString(), person = q.value(1).toString(), worker = q.value(2).toString();
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT id FROM staff WHERE role = 'key_worker' AND id <> '%1' LIMIT 1").arg(worker)));
    ASSERT_TRUE(q.next());
    const QString otherWorker = q.value(0).toString();
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO support_periods (id, created_at, updated_at, updated_by, service_user_id, "
                              "contract_id, start_date, key_worker_id) SELECT 'zzzz-tie', created_at, updated_at, "
                              "updated_by, service_user_id, contract_id, start_date, '%1' FROM support_periods "
                              "WHERE id = '%2'")
                   .arg(otherWorker, tiedWith)));

    Repositories repos(db.db());
    const QDateTime now = db.clock().now();
    const QVector<CaseloadEntry> everyone = repos.caseload.entries(now).value();
    ASSERT_EQ(everyone.size(), 120);
    QHash<QString, CaseloadEntry> byPerson;
    QSet<QString> workers;
    for (const CaseloadEntry& e : everyone) {
        byPerson.insert(e.serviceUserId, e);
        if (!e.keyWorkerId.isEmpty())
            workers.insert(e.keyWorkerId);
    }
    EXPECT_EQ(byPerson.value(person).supportPeriodId, QStringLiteral("zzzz-tie"));
    EXPECT_EQ(byPerson.value(person).keyWorkerId, otherWorker);
    ASSERT_GT(workers.size(), 1);
    qsizetype compared = 0;
    for (const QString& w : std::as_const(workers)) {
        const QVector<CaseloadEntry> theirs = repos.caseload.entries(now, w).value();
        for (const CaseloadEntry& e : theirs) {
            ASSERT_TRUE(byPerson.contains(e.serviceUserId));
            const CaseloadEntry& all = byPerson.value(e.serviceUserId);
            EXPECT_EQ(all.supportPeriodId, e.supportPeriodId) << e.serviceUserId.toStdString();
            EXPECT_EQ(all.keyWorkerId, e.keyWorkerId);
            EXPECT_EQ(all.keyWorkerName, e.keyWorkerName);
            EXPECT_EQ(all.contractName, e.contractName);
            EXPECT_EQ(all.startDate, e.startDate);
            EXPECT_EQ(all.endDate, e.endDate);
            EXPECT_EQ(all.hasPendingReferral, e.hasPendingReferral);
            EXPECT_EQ(all.nextAppointment, e.nextAppointment);
            EXPECT_EQ(all.givenName, e.givenName);
            EXPECT_EQ(all.familyName, e.familyName);
            EXPECT_EQ(all.preferredName, e.preferredName);
        }
        compared += theirs.size();
        EXPECT_EQ(theirs.size(), std::count_if(everyone.begin(), everyone.end(),
                                               [&w](const CaseloadEntry& e) { return e.keyWorkerId == w; }));
    }
    EXPECT_GT(compared, 60);
}

// The first screenful of the team's caseload, read ahead of the rest as the window starts, is
// exactly the first rows of the whole list in the order the caseload shows it by name: family
// name then given name, ignoring case (a lower-case "de" and an accented capital included), equal
// names in the whole list's order, the deleted left out, every column as the whole list has it.
TEST(CaseloadRepository, TheFirstScreenfulIsTheTopOfTheWholeListByName)
{
    test::TestDatabase db;
    ASSERT_TRUE(loadDemoCaseload(db));
    QSqlQuery q(db.db().connection());
    // Names that SQLite's own order (by byte, case first) puts elsewhere than the caseload does.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM service_users ORDER BY id LIMIT 6")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    ASSERT_EQ(ids.size(), 6);
    const QStringList renames = {
        QStringLiteral("UPDATE service_users SET family_name = 'aardvark', given_name = 'zed' WHERE id = '%1'"),
        QStringLiteral("UPDATE service_users SET family_name = 'Aardvark', given_name = 'Amy' WHERE id = '%1'"),
        QStringLiteral("UPDATE service_users SET family_name = 'AARDVARK', given_name = 'amy' WHERE id = '%1'"),
        QStringLiteral("UPDATE service_users SET family_name = 'de Abreu', given_name = 'Ana' WHERE id = '%1'"),
        QStringLiteral(
            "UPDATE service_users SET family_name = 'Aardvark', given_name = 'Ann', deleted = 1 WHERE id = '%1'"),
        QStringLiteral("UPDATE service_users SET family_name = '\u00c9lan', given_name = 'Bo' WHERE id = '%1'"),
    };
    for (int i = 0; i < renames.size(); ++i)
        ASSERT_TRUE(q.exec(renames.at(i).arg(ids.at(i)))) << q.lastError().text().toStdString();

    Repositories repos(db.db());
    const QDateTime now = db.clock().now();
    QVector<CaseloadEntry> everyone = repos.caseload.entries(now).value();
    ASSERT_EQ(everyone.size(), 119);
    std::stable_sort(everyone.begin(), everyone.end(), [](const CaseloadEntry& a, const CaseloadEntry& b) {
        return PersonName::sortKey(a.givenName, a.familyName) < PersonName::sortKey(b.givenName, b.familyName);
    });
    // "AARDVARK amy" and "Aardvark Amy" are the same name to the caseload: the whole list's own
    // order (SQLite's, capitals first) settles them.
    EXPECT_EQ(everyone.at(0).familyName, QStringLiteral("AARDVARK"));
    EXPECT_EQ(everyone.at(1).familyName, QStringLiteral("Aardvark"));
    EXPECT_EQ(everyone.at(2).givenName, QStringLiteral("zed"));
    EXPECT_EQ(everyone.at(3).familyName, QStringLiteral("Abbott"));
    for (const int count : {1, 3, 30, 200}) {
        const QVector<CaseloadEntry> first = repos.caseload.firstByName(now, count).value();
        ASSERT_EQ(first.size(), std::min<qsizetype>(count, everyone.size())) << count;
        for (qsizetype i = 0; i < first.size(); ++i) {
            const CaseloadEntry& e = first.at(i);
            const CaseloadEntry& all = everyone.at(i);
            EXPECT_EQ(e.serviceUserId, all.serviceUserId) << "row " << i << " of " << count;
            EXPECT_EQ(e.givenName, all.givenName);
            EXPECT_EQ(e.familyName, all.familyName);
            EXPECT_EQ(e.preferredName, all.preferredName);
            EXPECT_EQ(e.supportPeriodId, all.supportPeriodId);
            EXPECT_EQ(e.keyWorkerId, all.keyWorkerId);
            EXPECT_EQ(e.keyWorkerName, all.keyWorkerName);
            EXPECT_EQ(e.contractName, all.contractName);
            EXPECT_EQ(e.startDate, all.startDate);
            EXPECT_EQ(e.endDate, all.endDate);
            EXPECT_EQ(e.hasPendingReferral, all.hasPendingReferral);
            EXPECT_EQ(e.nextAppointment, all.nextAppointment);
        }
    }
    // Some of the first rows have an appointment still to come and a waiting referral, so both
    // are compared, not only their absence.
    const QVector<CaseloadEntry> first = repos.caseload.firstByName(now, 200).value();
    EXPECT_TRUE(
        std::any_of(first.begin(), first.end(), [](const CaseloadEntry& e) { return e.nextAppointment.isValid(); }));
    EXPECT_TRUE(std::any_of(first.begin(), first.end(), [](const CaseloadEntry& e) { return e.hasPendingReferral; }));
}

namespace {

// Renames the demo caseload's first people to `names` (family, given) and holds the caseload's
// first screenful, at many counts, to the top of the whole list sorted as the caseload sorts it.
void expectTheFirstScreenfulsAreTheTopOfTheList(const QList<QPair<QString, QString>>& names)
{
    test::TestDatabase db;
    ASSERT_TRUE(loadDemoCaseload(db));
    QSqlQuery q(db.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM service_users ORDER BY id LIMIT %1").arg(names.size())));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    ASSERT_EQ(ids.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QSqlQuery rename(db.db().connection());
        rename.prepare(QStringLiteral("UPDATE service_users SET family_name = ?, given_name = ? WHERE id = ?"));
        rename.addBindValue(names.at(i).first);
        rename.addBindValue(names.at(i).second);
        rename.addBindValue(ids.at(i));
        ASSERT_TRUE(rename.exec()) << rename.lastError().text().toStdString();
    }
    Repositories repos(db.db());
    const QDateTime now = db.clock().now();
    QVector<CaseloadEntry> everyone = repos.caseload.entries(now).value();
    std::stable_sort(everyone.begin(), everyone.end(), [](const CaseloadEntry& a, const CaseloadEntry& b) {
        return PersonName::sortKey(a.givenName, a.familyName) < PersonName::sortKey(b.givenName, b.familyName);
    });
    for (const int count : {1, 2, 3, 5, 20, 60, 110, 200}) {
        const QVector<CaseloadEntry> first = repos.caseload.firstByName(now, count).value();
        ASSERT_EQ(first.size(), std::min<qsizetype>(count, everyone.size())) << count;
        for (qsizetype i = 0; i < first.size(); ++i)
            EXPECT_EQ(first.at(i).serviceUserId, everyone.at(i).serviceUserId)
                << "row " << i << " of " << count << ": " << first.at(i).familyName.toStdString() << " for "
                << everyone.at(i).familyName.toStdString();
    }
}

} // namespace

// The first screenful is read a first letter at a time, in the order of the letters folded: a
// name that begins with no letter, an empty family name, a capital whose small letter is two
// characters (Turkish dotted I), letters past the alphabet and outside the first 65,536, and
// names equal but for their capitals must each still come where the whole list's sort puts them,
// whichever count is asked for.
TEST(CaseloadRepository, TheFirstScreenfulIsReadByFirstLetterInTheFoldedOrder)
{
    expectTheFirstScreenfulsAreTheTopOfTheList({
        {QStringLiteral("'t Hart"), QStringLiteral("Jan")},
        {QStringLiteral(""), QStringLiteral("Nameless")},
        {QStringLiteral("\u0130lker"), QStringLiteral("Can")},
        {QStringLiteral("ilkin"), QStringLiteral("Ada")},
        {QStringLiteral("\u00d6zt\u00fcrk"), QStringLiteral("Ela")},
        {QStringLiteral("\u00f6zer"), QStringLiteral("Efe")},
        {QStringLiteral("\u017bak"), QStringLiteral("Ola")},
        {QStringLiteral("Zee"), QStringLiteral("Zoe")},
        {QString::fromUcs4(U"\U00010400ab"), QStringLiteral("Deseret")},
        {QStringLiteral("smith"), QStringLiteral("Ann")},
        {QStringLiteral("Smith"), QStringLiteral("Ann")},
    });
}

// A family name that cannot be searched for by its first letter as text (the replacement
// character that bytes not UTF-8 are read as; one just before a byte-order mark) has every name
// read instead: the same rows, and no search that never ends.
TEST(CaseloadRepository, TheFirstScreenfulReadsEveryNameWhereALetterCannotBeSearchedFor)
{
    expectTheFirstScreenfulsAreTheTopOfTheList({
        {QStringLiteral("\ufffdlvarez"), QStringLiteral("Ana")},
        {QStringLiteral("Abbot"), QStringLiteral("Al")},
    });
    expectTheFirstScreenfulsAreTheTopOfTheList({
        {QStringLiteral("\ufefeX"), QStringLiteral("Bo")},
        {QStringLiteral("aaron"), QStringLiteral("Al")},
    });
}

// A return's attended appointments: whichever of the contract's periods it already knows, the
// same as reading each appointment with its period (the join the read was before), leaving out
// other contracts', deleted periods' and deleted people's.
TEST(AttendedAppointments, AreTheContractsWhicheverOfItsPeriodsAreKnown)
{
    test::TestDatabase t;
    ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
    DemoOptions options;
    options.people = 80;
    options.asOf = QDate(2026, 7, 1);
    Importer importer(t.db(), t.clock());
    ASSERT_TRUE(
        importer.importObject(DemoCaseload::generate(options), QStringLiteral("demo.json"), QStringLiteral("admin"))
            .ok());
    Repositories repos(t.db());
    const QDate from(2026, 4, 1), to(2026, 6, 30);
    const QDateTime fromUtc = from.startOfDay(Qt::UTC), toUtc = to.addDays(1).startOfDay(Qt::UTC);

    // A person and a period deleted, each with attended appointments in the quarter.
    QSqlQuery pick(t.db().connection());
    ASSERT_TRUE(pick.exec(QStringLiteral(
        "SELECT p.id, p.service_user_id FROM support_periods p JOIN appointments a ON a.support_period_id = p.id "
        "WHERE a.status = 'attended' AND a.starts_at >= '2026-04-01' AND a.starts_at < '2026-07-01' "
        "GROUP BY p.id ORDER BY p.id LIMIT 2")));
    QStringList periods, people;
    while (pick.next()) {
        periods << pick.value(0).toString();
        people << pick.value(1).toString();
    }
    ASSERT_EQ(periods.size(), 2);
    RecordStore store(t.db());
    ASSERT_TRUE(
        store.remove(QStringLiteral("support_periods"), periods.at(0), QStringLiteral("admin"), t.clock().now()).ok());
    ASSERT_TRUE(
        store.remove(QStringLiteral("service_users"), people.at(1), QStringLiteral("admin"), t.clock().now()).ok());

    for (const QString& contract : {QStringLiteral("thurrock-fs"), QStringLiteral("camden-day")}) {
        QSqlQuery joined(t.db().connection());
        joined.prepare(QStringLiteral(
            "SELECT a.id, p.service_user_id FROM appointments a JOIN support_periods p ON p.id = a.support_period_id "
            "JOIN service_users su ON su.id = p.service_user_id WHERE a.status = 'attended' AND a.deleted = 0 "
            "AND a.starts_at >= ? AND a.starts_at < ? AND p.deleted = 0 AND p.contract_id = ? AND su.deleted = 0 "
            "ORDER BY a.starts_at, a.id"));
        joined.addBindValue(fromUtc.toString(Qt::ISODate));
        joined.addBindValue(toUtc.toString(Qt::ISODate));
        joined.addBindValue(contract);
        ASSERT_TRUE(joined.exec()) << joined.lastError().text().toStdString();
        QStringList expected;
        while (joined.next())
            expected << joined.value(0).toString() + QLatin1Char('/') + joined.value(1).toString();
        ASSERT_GT(expected.size(), 10) << contract.toStdString();

        Result<QVector<SupportPeriod>> inPeriod = repos.supportPeriods.inPeriod(contract, from, to);
        ASSERT_TRUE(inPeriod.ok());
        // The return's periods come by id (put in order after reading).
        QStringList ids;
        for (const SupportPeriod& p : std::as_const(inPeriod.value()))
            ids << p.id;
        QStringList sorted = ids;
        sorted.sort();
        EXPECT_EQ(ids, sorted);
        EXPECT_FALSE(ids.contains(periods.at(0))) << "a deleted period is not in the period";
        QHash<QString, QString> all, some;
        for (const SupportPeriod& p : std::as_const(inPeriod.value())) {
            all.insert(p.id, p.serviceUserId);
            if (all.size() % 2 == 0)
                some.insert(p.id, p.serviceUserId);
        }
        for (const QHash<QString, QString>& known : {QHash<QString, QString>(), some, all}) {
            Result<QVector<QPair<Appointment, QString>>> read =
                repos.appointments.attendedForContract(contract, fromUtc, toUtc, known);
            ASSERT_TRUE(read.ok());
            QStringList got;
            for (const auto& [appointment, person] : std::as_const(read.value())) {
                got << appointment.id + QLatin1Char('/') + person;
                EXPECT_EQ(appointment.status, QStringLiteral("attended"));
                EXPECT_GT(appointment.durationMinutes, 0);
            }
            EXPECT_EQ(got, expected) << contract.toStdString() << " knowing " << known.size() << " periods";
        }
    }
}
