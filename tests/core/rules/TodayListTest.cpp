#include "core/rules/TodayList.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

const QDateTime At(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC); // Wednesday 1 July, 10:00 in London

QStringList describe(const QVector<TodayItem>& items)
{
    QStringList out;
    for (const TodayItem& i : items)
        out << TodayItem::code(i.kind) + QLatin1Char(' ') + i.dueText() + QLatin1Char(' ')
                   + (i.referralId.isEmpty() ? i.supportPeriodId : i.referralId);
    return out;
}

CaseworkSnapshot contracts()
{
    CaseworkSnapshot s;
    s.contracts = {thurrockContract(), camdenContract()};
    return s;
}

SupportPlan planFor(const QString& periodId, const QDate& agreed, const QDate& next)
{
    SupportPlan p;
    p.id = QStringLiteral("plan-") + periodId;
    p.supportPeriodId = periodId;
    p.agreedOn = agreed;
    p.nextReviewOn = next;
    return p;
}

} // namespace

TEST(TodayList, ReferralsWaitingForFirstContact)
{
    CaseworkSnapshot s = contracts();
    s.referrals = {referral(At.addSecs(-48 * 3600), QStringLiteral("r-overdue")),
                   referral(At.addSecs(-47 * 3600 - 59 * 60), QStringLiteral("r-due")),
                   referral(At.addSecs(60), QStringLiteral("r-future"))};
    Referral contacted = referral(At.addDays(-5), QStringLiteral("r-contacted"));
    contacted.firstContactAt = At.addDays(-4);
    Referral declined = referral(At.addDays(-5), QStringLiteral("r-declined"));
    declined.decision = QStringLiteral("declined");
    Referral accepted = referral(At.addDays(-1), QStringLiteral("r-accepted"));
    accepted.decision = QStringLiteral("accepted");
    s.referrals << contacted << declined << accepted;

    EXPECT_EQ(describe(TodayList::build(s, At)),
              (QStringList{QStringLiteral("first_contact_overdue 2026-07-01T09:00:00Z r-overdue"),
                           QStringLiteral("first_contact_due 2026-07-01T09:01:00Z r-due"),
                           QStringLiteral("first_contact_due 2026-07-02T09:00:00Z r-accepted")}));
}

TEST(TodayList, PlanMissingFromTheTwentyEighthDay)
{
    CaseworkSnapshot s = contracts();
    s.periods = {openPeriod(QDate(2026, 6, 3), QStringLiteral("thurrock-fs"), QStringLiteral("p28")),
                 openPeriod(QDate(2026, 6, 4), QStringLiteral("thurrock-fs"), QStringLiteral("p27"))};
    EXPECT_EQ(describe(TodayList::build(s, At)), QStringList{QStringLiteral("plan_missing 2026-07-01 p28")});
    s.plans = {planFor(QStringLiteral("p28"), {}, {})}; // a draft plan is a plan
    EXPECT_TRUE(TodayList::build(s, At).isEmpty());
}

TEST(TodayList, PlanReviewDueOnTheDay)
{
    CaseworkSnapshot s = contracts();
    s.periods = {openPeriod(QDate(2026, 1, 5), QStringLiteral("thurrock-fs"), QStringLiteral("p"))};
    s.plans = {planFor(QStringLiteral("p"), QDate(2026, 4, 8), QDate(2026, 7, 1))};
    EXPECT_EQ(describe(TodayList::build(s, At)), QStringList{QStringLiteral("plan_review_due 2026-07-01 p")});
    s.reviews = {PlanReview{QStringLiteral("rv"), QStringLiteral("plan-p"), QDate(2026, 6, 30), {}, {},
                            QDate(2026, 9, 22)}};
    EXPECT_TRUE(TodayList::build(s, At).isEmpty());
}

TEST(TodayList, StarDueOnlyWhereTheContractUsesTheStar)
{
    CaseworkSnapshot s = contracts();
    s.periods = {openPeriod(QDate(2026, 3, 30), QStringLiteral("camden-day"), QStringLiteral("c")),
                 openPeriod(QDate(2026, 3, 30), QStringLiteral("thurrock-fs"), QStringLiteral("t"))};
    s.plans = {planFor(QStringLiteral("c"), QDate(2026, 4, 1), QDate(2026, 9, 1)),
               planFor(QStringLiteral("t"), QDate(2026, 4, 1), QDate(2026, 9, 1))};
    EXPECT_EQ(describe(TodayList::build(s, At)), QStringList{QStringLiteral("star_due 2026-06-29 c")});
}

TEST(TodayList, EndingSoonAndPastTheMaximum)
{
    CaseworkSnapshot s = contracts();
    SupportPeriod soon = openPeriod(QDate(2024, 8, 26), QStringLiteral("thurrock-fs"), QStringLiteral("soon"));
    SupportPeriod past = openPeriod(QDate(2024, 7, 1), QStringLiteral("thurrock-fs"), QStringLiteral("past"));
    SupportPeriod extended = openPeriod(QDate(2024, 6, 1), QStringLiteral("thurrock-fs"), QStringLiteral("ext"));
    extended.extensionUntil = QDate(2027, 1, 31);
    s.periods = {soon, past, extended};
    for (const SupportPeriod& p : s.periods)
        s.plans << planFor(p.id, QDate(2026, 6, 1), QDate(2026, 8, 24));
    EXPECT_EQ(describe(TodayList::build(s, At)),
              (QStringList{QStringLiteral("past_maximum_duration 2026-07-01 past"),
                           QStringLiteral("ending_soon 2026-08-26 soon")}));
}

TEST(TodayList, ThirdDnaAndWeekOverTheCap)
{
    CaseworkSnapshot s = contracts();
    s.periods = {openPeriod(QDate(2026, 1, 5), QStringLiteral("thurrock-fs"), QStringLiteral("p"))};
    s.plans = {planFor(QStringLiteral("p"), QDate(2026, 2, 1), QDate(2026, 8, 1))};
    s.appointments = {appointment(QStringLiteral("d1"), london(2026, 6, 2, 10), 60, QStringLiteral("dna"), QStringLiteral("p")),
                      appointment(QStringLiteral("d2"), london(2026, 6, 9, 10), 60, QStringLiteral("dna"), QStringLiteral("p")),
                      appointment(QStringLiteral("d3"), london(2026, 6, 16, 10), 60, QStringLiteral("dna"), QStringLiteral("p")),
                      appointment(QStringLiteral("w1"), london(2026, 6, 29, 10), 120, QStringLiteral("attended"), QStringLiteral("p")),
                      appointment(QStringLiteral("w2"), london(2026, 7, 3, 10), 61, QStringLiteral("planned"), QStringLiteral("p"))};
    EXPECT_EQ(describe(TodayList::build(s, At)),
              (QStringList{QStringLiteral("dna_withdrawal_review 2026-06-16 p"),
                           QStringLiteral("weekly_cap_exceeded 2026-06-29 p")}));
    s.withdrawalReviews = {WithdrawalReview{QStringLiteral("w"), QStringLiteral("p"), QDate(2026, 6, 17),
                                            QStringLiteral("continue"), QStringLiteral("Team leader"), {}}};
    EXPECT_EQ(describe(TodayList::build(s, At)), QStringList{QStringLiteral("weekly_cap_exceeded 2026-06-29 p")});
}

TEST(TodayList, OnlyOpenPeriodsCount)
{
    CaseworkSnapshot s = contracts();
    SupportPeriod endsToday = openPeriod(QDate(2026, 1, 5), QStringLiteral("thurrock-fs"), QStringLiteral("ends"));
    endsToday.endDate = QDate(2026, 7, 1);
    SupportPeriod endsTomorrow = openPeriod(QDate(2026, 1, 5), QStringLiteral("thurrock-fs"), QStringLiteral("open"));
    endsTomorrow.endDate = QDate(2026, 7, 2);
    SupportPeriod startsTomorrow = openPeriod(QDate(2026, 7, 2), QStringLiteral("thurrock-fs"), QStringLiteral("later"));
    startsTomorrow.startDate = QDate(2026, 7, 2);
    s.periods = {endsToday, endsTomorrow, startsTomorrow};
    EXPECT_EQ(describe(TodayList::build(s, At)), QStringList{QStringLiteral("plan_missing 2026-02-02 open")});
}

TEST(TodayList, OneWorkersListKeepsEveryReferralAndOnlyTheirPeriods)
{
    CaseworkSnapshot s = contracts();
    s.referrals = {referral(At.addSecs(-3600), QStringLiteral("r"))};
    SupportPeriod mine = openPeriod(QDate(2026, 1, 5), QStringLiteral("thurrock-fs"), QStringLiteral("mine"));
    SupportPeriod theirs = openPeriod(QDate(2026, 1, 5), QStringLiteral("thurrock-fs"), QStringLiteral("theirs"));
    theirs.keyWorkerId = QStringLiteral("kw-2");
    s.periods = {mine, theirs};
    EXPECT_EQ(describe(TodayList::build(s, At, QStringLiteral("kw-1"))),
              (QStringList{QStringLiteral("plan_missing 2026-02-02 mine"),
                           QStringLiteral("first_contact_due 2026-07-03T08:00:00Z r")}));
    EXPECT_EQ(TodayList::build(s, At).size(), 3);
}

TEST(TodayList, SortedByDueThenKindThenPerson)
{
    CaseworkSnapshot s = contracts();
    SupportPeriod b = openPeriod(QDate(2026, 1, 5), QStringLiteral("camden-day"), QStringLiteral("b"));
    SupportPeriod a = openPeriod(QDate(2026, 1, 5), QStringLiteral("camden-day"), QStringLiteral("a"));
    s.periods = {b, a};
    // Both lack a plan (due 2 Feb) and a star (due 6 April).
    EXPECT_EQ(describe(TodayList::build(s, At)),
              (QStringList{QStringLiteral("plan_missing 2026-02-02 a"), QStringLiteral("plan_missing 2026-02-02 b"),
                           QStringLiteral("star_due 2026-04-06 a"), QStringLiteral("star_due 2026-04-06 b")}));
}

TEST(TodayList, IdsAreOrderedByCodePoint)
{
    CaseworkSnapshot s;
    s.contracts = {thurrockContract()};
    const QDateTime received = At.addSecs(-3600);
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    const QString fullwidth = QString::fromUcs4(U"\uFF01");
    Referral a = referral(received, emoji);
    a.serviceUserId = QStringLiteral("same");
    Referral b = referral(received, fullwidth);
    b.serviceUserId = QStringLiteral("same");
    s.referrals = {a, b};
    const QVector<TodayItem> items = TodayList::build(s, At);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).referralId, fullwidth); // U+FF01 before U+1F600, though UTF-16 says otherwise
}
