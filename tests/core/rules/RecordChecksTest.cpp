#include "core/rules/RecordChecks.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

const QDate CheckedToday(2026, 7, 1);
const QDateTime Now(CheckedToday, QTime(9, 0), Qt::UTC);

ServiceUser person()
{
    ServiceUser p;
    p.id = QStringLiteral("su-1");
    p.givenName = QStringLiteral("Alexandra");
    p.familyName = QStringLiteral("Tester");
    p.dateOfBirth = QDate(1980, 3, 14);
    return p;
}

// "field:E" or "field:W" for each problem, in order.
QStringList summary(const FieldProblems& problems)
{
    QStringList out;
    for (const FieldProblem& p : problems)
        out << p.field + (p.isError() ? QStringLiteral(":E") : QStringLiteral(":W"));
    return out;
}

} // namespace

TEST(RecordChecks, AProperProfileHasNoProblems)
{
    ServiceUser p = person();
    p.nhsNumber = QStringLiteral("943 476 5919");
    p.postcode = QStringLiteral("RM17 6SL");
    p.gender = QStringLiteral("prefer_not_to_say");
    EXPECT_TRUE(RecordChecks::serviceUser(p, CheckedToday, 18).isEmpty());
}

TEST(RecordChecks, ABirthDateInTheFutureIsAnError)
{
    ServiceUser p = person();
    p.dateOfBirth = CheckedToday.addDays(1);
    EXPECT_EQ(summary(RecordChecks::serviceUser(p, CheckedToday)), QStringList{QStringLiteral("date_of_birth:E")});
    p.dateOfBirth = CheckedToday;
    EXPECT_TRUE(RecordChecks::serviceUser(p, CheckedToday).isEmpty());
}

TEST(RecordChecks, UnderTheMinimumAgeIsOnlyAWarning)
{
    ServiceUser p = person();
    p.dateOfBirth = QDate(2008, 7, 2); // 18 tomorrow
    const FieldProblems problems = RecordChecks::serviceUser(p, CheckedToday, 18);
    EXPECT_EQ(summary(problems), QStringList{QStringLiteral("date_of_birth:W")});
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("18")));
    p.dateOfBirth = QDate(2008, 7, 1); // 18 today
    EXPECT_TRUE(RecordChecks::serviceUser(p, CheckedToday, 18).isEmpty());
}

TEST(RecordChecks, BadNhsNumberPostcodeAndMissingNamesAreNamed)
{
    ServiceUser p = person();
    p.givenName = QStringLiteral("  ");
    p.nhsNumber = QStringLiteral("9434765918");
    p.postcode = QStringLiteral("RM17");
    p.gender = QStringLiteral("woman");
    EXPECT_EQ(summary(RecordChecks::serviceUser(p, CheckedToday)),
              (QStringList{QStringLiteral("given_name:E"), QStringLiteral("nhs_number:E"), QStringLiteral("postcode:E"),
                           QStringLiteral("gender:E")}));
}

TEST(RecordChecks, AReferralNeedsItsFactsAndCannotComeFromTheFuture)
{
    Referral r = referral(Now.addSecs(60));
    r.source.clear();
    EXPECT_EQ(summary(RecordChecks::referral(r, Now)),
              (QStringList{QStringLiteral("received_at:E"), QStringLiteral("source:E")}));
    r = referral(Now.addDays(-1));
    r.firstContactAt = Now.addDays(-2);
    EXPECT_EQ(summary(RecordChecks::referral(r, Now)), QStringList{QStringLiteral("first_contact_at:E")});
}

TEST(RecordChecks, EligibilityOnlyEverWarns)
{
    ServiceUser p = person();
    p.dateOfBirth = QDate(2009, 1, 1);
    p.tenure = QStringLiteral("custody");
    Referral r = referral(Now);
    r.consent = false;
    const FieldProblems problems = RecordChecks::eligibility(p, r, thurrockContract(), false, false);
    EXPECT_EQ(summary(problems),
              (QStringList{QStringLiteral("date_of_birth:W"), QStringLiteral("lives_in_area:W"),
                           QStringLiteral("consent:W"), QStringLiteral("willing_to_engage:W"),
                           QStringLiteral("tenure:W")}));
    p = person();
    p.tenure = QStringLiteral("council_tenancy");
    r.consent = true;
    EXPECT_TRUE(RecordChecks::eligibility(p, r, thurrockContract(), true, true).isEmpty());
}

TEST(RecordChecks, TriageSaysWhatEachDecisionNeeds)
{
    const Referral r = referral(Now.addDays(-3));
    EXPECT_EQ(summary(RecordChecks::triage(r, QStringLiteral("accepted"), {}, {}, {}, CheckedToday)),
              (QStringList{QStringLiteral("key_worker_id:E"), QStringLiteral("start_date:E")}));
    EXPECT_EQ(summary(RecordChecks::triage(r, QStringLiteral("accepted"), {}, QStringLiteral("kw-1"),
                                           CheckedToday.addDays(-4), CheckedToday)),
              QStringList{QStringLiteral("start_date:E")});
    EXPECT_TRUE(
        RecordChecks::triage(r, QStringLiteral("accepted"), {}, QStringLiteral("kw-1"), CheckedToday, CheckedToday)
            .isEmpty());
    EXPECT_EQ(summary(RecordChecks::triage(r, QStringLiteral("signposted"), QStringLiteral(" "), {}, {}, CheckedToday)),
              QStringList{QStringLiteral("decision_reason:E")});
    EXPECT_EQ(summary(RecordChecks::triage(r, QStringLiteral("declined"), {}, {}, {}, CheckedToday)),
              QStringList{QStringLiteral("decision_reason:E")});
    EXPECT_TRUE(RecordChecks::triage(r, QStringLiteral("pending"), {}, {}, {}, CheckedToday).isEmpty());
}

TEST(RecordChecks, FirstContactBetweenTheReferralAndNow)
{
    const Referral r = referral(Now.addDays(-3));
    EXPECT_TRUE(RecordChecks::firstContact(r, Now.addDays(-3), Now).isEmpty());
    EXPECT_EQ(summary(RecordChecks::firstContact(r, Now.addDays(-4), Now)), QStringList{QStringLiteral("first_contact_at:E")});
    EXPECT_EQ(summary(RecordChecks::firstContact(r, Now.addSecs(60), Now)), QStringList{QStringLiteral("first_contact_at:E")});
}

TEST(RecordChecks, AnExtensionIsAgreedWithSomeoneForAReasonUntilALaterDate)
{
    const SupportPeriod p = openPeriod(QDate(2024, 8, 31));
    EXPECT_EQ(summary(RecordChecks::extension(p, thurrockContract(), QDate(2026, 8, 31), {}, {})),
              (QStringList{QStringLiteral("extension_until:E"), QStringLiteral("extension_agreed_with:E"),
                           QStringLiteral("extension_reason:E")}));
    EXPECT_TRUE(RecordChecks::extension(p, thurrockContract(), QDate(2026, 9, 1), QStringLiteral("CMHT"),
                                        QStringLiteral("Rehousing under way"))
                    .isEmpty());
    EXPECT_FALSE(RecordChecks::extension(p, camdenContract(), QDate(2026, 9, 1), QStringLiteral("CMHT"),
                                         QStringLiteral("x"))
                     .isEmpty());
}

TEST(RecordChecks, ClosureNeedsAnEndNotBeforeTheStartAndWhereThePersonWent)
{
    SupportPeriod p = openPeriod(QDate(2026, 1, 5));
    p.endDate = QDate(2026, 1, 4);
    EXPECT_EQ(summary(RecordChecks::closure(p, true, CheckedToday)),
              (QStringList{QStringLiteral("end_date:E"), QStringLiteral("end_reason:E"),
                           QStringLiteral("planned_departure:E"), QStringLiteral("exit_accommodation:E"),
                           QStringLiteral("onward_referral:E")}));
    p.endDate = QDate(2026, 6, 30);
    p.endReason = QStringLiteral("completed");
    p.plannedDeparture = true;
    p.exitAccommodation = QStringLiteral("private_rented");
    EXPECT_TRUE(RecordChecks::closure(p, false, CheckedToday).isEmpty());
    EXPECT_EQ(summary(RecordChecks::closure(p, true, CheckedToday)), QStringList{QStringLiteral("onward_referral:E")});
    p.endDate = CheckedToday.addDays(1);
    EXPECT_EQ(summary(RecordChecks::closure(p, false, CheckedToday)), QStringList{QStringLiteral("end_date:E")});
}
