#include "core/interchange/Importer.h"
#include "core/rules/TodayList.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/NoteService.h"
#include "core/services/ReferralService.h"
#include "core/services/ServiceUserService.h"
#include "core/services/SupportPeriodService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The services over a database holding the small fixture caseload; now is 1 July 2026, 09:00 UTC.
class Services : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    ServiceContext context() { return ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}; }

    static ServiceUser newPerson()
    {
        ServiceUser p;
        p.givenName = QStringLiteral("Morwenna");
        p.familyName = QStringLiteral("Example");
        p.dateOfBirth = QDate(1990, 5, 5);
        p.postcode = QStringLiteral("rm176sl");
        return p;
    }

    static Referral newReferral(const QDateTime& receivedAt)
    {
        Referral r;
        r.contractId = QStringLiteral("thurrock-fs");
        r.receivedAt = receivedAt;
        r.source = QStringLiteral("self");
        r.consent = true;
        return r;
    }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
};

} // namespace

TEST_F(Services, ANewPersonsReferralIsRecordedWithThePerson)
{
    ReferralService service(context());
    QSignalSpy changed(&m_notifier, &ChangeNotifier::serviceUserChanged);
    Result<QString> id = service.record(newPerson(), newReferral(m_db.clock().now().addSecs(-3600)));
    ASSERT_TRUE(id.ok()) << id.error().details.join(QLatin1Char('\n')).toStdString();
    auto referral = m_repos.referrals.find(id.value());
    ASSERT_TRUE(referral.ok() && referral->has_value());
    EXPECT_EQ((*referral)->decision, QStringLiteral("pending"));
    auto person = m_repos.serviceUsers.find((*referral)->serviceUserId);
    ASSERT_TRUE(person.ok() && person->has_value());
    EXPECT_EQ((*person)->postcode, QStringLiteral("RM17 6SL"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_repos.history.forRecord(id.value())->first().changedBy, QStringLiteral("kw-1"));
}

TEST_F(Services, AnInvalidReferralStoresNothingAndSaysWhichFields)
{
    ReferralService service(context());
    ServiceUser person = newPerson();
    person.dateOfBirth = QDate(2030, 1, 1);
    person.nhsNumber = QStringLiteral("1234567890");
    Referral referral = newReferral(m_db.clock().now().addDays(1));
    const int people = test::rowCount(m_db.db(), QStringLiteral("service_users"));
    const int referrals = test::rowCount(m_db.db(), QStringLiteral("referrals"));
    Result<QString> id = service.record(person, referral);
    ASSERT_FALSE(id.ok());
    QStringList fields;
    for (const FieldProblem& p : service.problems())
        fields << p.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("received_at"), QStringLiteral("date_of_birth"),
                                   QStringLiteral("nhs_number")}));
    EXPECT_EQ(id.error().details.size(), 3);
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("service_users")), people);
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("referrals")), referrals);
}

TEST_F(Services, AcceptingAReferralOpensASupportPeriodAndClearsTheTodayItem)
{
    ReferralService service(context());
    const QDateTime received = m_db.clock().now().addSecs(-50 * 3600);
    Result<QString> id = service.record(newPerson(), newReferral(received));
    ASSERT_TRUE(id.ok());
    auto overdue = [&] {
        int count = 0;
        for (const TodayItem& item : TodayList::build(m_repos.casework.snapshot().value(), m_db.clock().now()))
            count += item.referralId == id.value() ? 1 : 0;
        return count;
    };
    EXPECT_EQ(overdue(), 1);
    ASSERT_TRUE(service.recordFirstContact(id.value(), received.addSecs(3600)).ok());
    EXPECT_EQ(overdue(), 0);

    Result<QString> periodId = service.decide(
        id.value(), {QStringLiteral("accepted"), {}, QStringLiteral("kw-1"), QDate(2026, 7, 1), false});
    ASSERT_TRUE(periodId.ok()) << periodId.error().details.join(QLatin1Char('\n')).toStdString();
    auto period = m_repos.supportPeriods.find(periodId.value());
    ASSERT_TRUE(period.ok() && period->has_value());
    EXPECT_EQ((*period)->keyWorkerId, QStringLiteral("kw-1"));
    EXPECT_EQ((*period)->referralId, id.value());
    EXPECT_EQ((*m_repos.referrals.find(id.value()))->decidedOn, QDate(2026, 7, 1));

    // A second acceptance would open a second period: it is refused.
    EXPECT_FALSE(service.decide(id.value(), {QStringLiteral("accepted"), {}, QStringLiteral("kw-1"),
                                             QDate(2026, 7, 1), false})
                     .ok());
}

TEST_F(Services, SignpostingNamesTheServiceAndOpensNoPeriod)
{
    ReferralService service(context());
    Result<QString> id = service.record(newPerson(), newReferral(m_db.clock().now().addSecs(-3600)));
    ASSERT_TRUE(id.ok());
    EXPECT_FALSE(service.decide(id.value(), {QStringLiteral("signposted"), {}, {}, {}, {}}).ok());
    EXPECT_EQ(service.problems().first().field, QStringLiteral("decision_reason"));
    Result<QString> done = service.decide(
        id.value(), {QStringLiteral("signposted"), QStringLiteral("Thurrock Mind drop-in"), {}, {}, {}});
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done.value().isEmpty());
    EXPECT_EQ((*m_repos.referrals.find(id.value()))->decisionReason, QStringLiteral("Thurrock Mind drop-in"));
}

TEST_F(Services, AProfileChangeIsCheckedAndKeptInTheHistory)
{
    ServiceUserService service(context());
    ServiceUser lexi = m_repos.serviceUsers.find(QStringLiteral("su-1"))->value();
    lexi.postcode = QStringLiteral("not a postcode");
    EXPECT_FALSE(service.save(lexi).ok());
    EXPECT_EQ(service.problems().first().field, QStringLiteral("postcode"));
    lexi.postcode = QStringLiteral("ss17 0aa");
    lexi.nhsNumber = QStringLiteral("943 476 5919");
    ASSERT_TRUE(service.save(lexi).ok());
    const ServiceUser saved = m_repos.serviceUsers.find(QStringLiteral("su-1"))->value();
    EXPECT_EQ(saved.postcode, QStringLiteral("SS17 0AA"));
    EXPECT_EQ(saved.nhsNumber, QStringLiteral("9434765919"));
    bool logged = false;
    for (const ChangeEntry& e : m_repos.history.forRecord(QStringLiteral("su-1")).value())
        logged = logged || (e.field == QStringLiteral("postcode") && e.newValue == QStringLiteral("SS17 0AA"));
    EXPECT_TRUE(logged);
}

TEST_F(Services, AnExtensionAndANewKeyWorker)
{
    SupportPeriodService service(context());
    EXPECT_FALSE(service.extend(QStringLiteral("sp-1"), QDate(2028, 4, 3), {}, {}).ok());
    ASSERT_TRUE(service.extend(QStringLiteral("sp-1"), QDate(2028, 10, 3), QStringLiteral("CMHT care co-ordinator"),
                               QStringLiteral("Waiting for rehousing"))
                    .ok());
    EXPECT_EQ((*m_repos.supportPeriods.find(QStringLiteral("sp-1")))->extensionUntil, QDate(2028, 10, 3));
    EXPECT_FALSE(service.changeKeyWorker(QStringLiteral("sp-1"), QStringLiteral("nobody")).ok());
    EXPECT_TRUE(service.changeKeyWorker(QStringLiteral("sp-1"), QStringLiteral("kw-1")).ok());
}

TEST_F(Services, AWithdrawalReviewClearsTheDnaItem)
{
    SupportPeriodService service(context());
    WithdrawalReview review;
    review.supportPeriodId = QStringLiteral("sp-1");
    review.heldOn = QDate(2026, 7, 1);
    EXPECT_FALSE(service.recordWithdrawalReview(review).ok());
    EXPECT_EQ(service.problems().size(), 3);
    review.decision = QStringLiteral("continue");
    review.decidedBy = QStringLiteral("Team leader");
    review.reason = QStringLiteral("Missed visits were during a hospital stay");
    ASSERT_TRUE(service.recordWithdrawalReview(review).ok());
    EXPECT_EQ(m_repos.withdrawalReviews.forSupportPeriod(QStringLiteral("sp-1"))->size(), 1);
}

TEST_F(Services, ClosingNeedsEverythingTheReturnsCount)
{
    SupportPeriodService service(context());
    SupportPeriodService::Closure closure;
    closure.endDate = QDate(2026, 6, 30);
    closure.stillVulnerable = true;
    closure.outcomes = {OutcomeRecord{{}, QStringLiteral("4a"), true, std::nullopt}};
    EXPECT_FALSE(service.close(QStringLiteral("sp-1"), closure).ok());
    QStringList fields;
    for (const FieldProblem& p : service.problems())
        fields << p.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("end_reason"), QStringLiteral("planned_departure"),
                                   QStringLiteral("exit_accommodation"), QStringLiteral("onward_referral"),
                                   QStringLiteral("outcomes")}));
    EXPECT_TRUE((*m_repos.supportPeriods.find(QStringLiteral("sp-1")))->isOpen());

    closure.endReason = QStringLiteral("completed");
    closure.plannedDeparture = true;
    closure.exitAccommodation = QStringLiteral("council_tenancy");
    closure.onwardReferral = QStringLiteral("Thurrock CMHT");
    closure.outcomes = {OutcomeRecord{{}, QStringLiteral("4a"), true, true}};
    ASSERT_TRUE(service.close(QStringLiteral("sp-1"), closure).ok());
    const SupportPeriod closed = m_repos.supportPeriods.find(QStringLiteral("sp-1"))->value();
    EXPECT_EQ(closed.endDate, QDate(2026, 6, 30));
    EXPECT_EQ(closed.onwardReferral, QStringLiteral("Thurrock CMHT"));
    bool achieved = false;
    for (const OutcomeRecord& o : m_repos.supportPeriods.outcomesForServiceUser(QStringLiteral("su-1")).value())
        achieved = achieved || (o.code == QStringLiteral("4a") && o.achieved == true);
    EXPECT_TRUE(achieved);
    // A closed period is not changed again.
    EXPECT_FALSE(service.changeKeyWorker(QStringLiteral("sp-1"), QStringLiteral("kw-1")).ok());
}

TEST_F(Services, ANoteIsEditableOnlyOnItsDayAndThenCorrected)
{
    NoteService service(context());
    Result<QString> id = service.add(QStringLiteral("sp-1"), QStringLiteral("kw-1"), QStringLiteral("Visited at home."));
    ASSERT_TRUE(id.ok());
    EXPECT_TRUE(service.edit(id.value(), QStringLiteral("Visited at home; tenancy letter read together.")).ok());
    EXPECT_FALSE(service.add(QStringLiteral("sp-1"), QStringLiteral("kw-1"), QStringLiteral("   ")).ok());

    // 23:30 UTC on 1 July is 00:30 on 2 July in London: the next day.
    m_db.clock().set(QDateTime(QDate(2026, 7, 1), QTime(23, 30), Qt::UTC));
    Status late = service.edit(id.value(), QStringLiteral("Rewritten"));
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("correction")));
    Result<QString> correction = service.correct(id.value(), QStringLiteral("kw-1"), QStringLiteral("The visit was on 30 June."));
    ASSERT_TRUE(correction.ok());
    const CaseNote note = m_repos.notes.find(correction.value())->value();
    EXPECT_EQ(note.correctsNoteId, id.value());
    EXPECT_EQ(m_repos.notes.find(id.value())->value().text, QStringLiteral("Visited at home; tenancy letter read together."));
}
