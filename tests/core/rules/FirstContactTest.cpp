#include "core/rules/FirstContact.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {
const QDateTime Received(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
}

TEST(FirstContact, IsDueFortyEightHoursAfterTheReferralArrived)
{
    EXPECT_EQ(FirstContact::deadline(referral(Received), thurrockContract()),
              QDateTime(QDate(2026, 7, 3), QTime(9, 0), Qt::UTC));
}

TEST(FirstContact, StillDueAtFortySevenHoursFiftyNineMinutes)
{
    EXPECT_EQ(FirstContact::state(referral(Received), thurrockContract(), Received.addSecs((47 * 60 + 59) * 60)),
              FirstContact::State::Due);
}

TEST(FirstContact, OverdueAtFortyEightHoursExactly)
{
    EXPECT_EQ(FirstContact::state(referral(Received), thurrockContract(), Received.addSecs(48 * 3600)),
              FirstContact::State::Overdue);
}

TEST(FirstContact, OverdueAtFortyEightHoursAndAMinute)
{
    EXPECT_EQ(FirstContact::state(referral(Received), thurrockContract(), Received.addSecs(48 * 3600 + 60)),
              FirstContact::State::Overdue);
}

TEST(FirstContact, ContactAtTheDeadlineIsInTimeAndAMinuteLaterIsNot)
{
    Referral r = referral(Received);
    r.firstContactAt = Received.addSecs(48 * 3600);
    EXPECT_TRUE(FirstContact::madeInTime(r, thurrockContract()));
    EXPECT_EQ(FirstContact::state(r, thurrockContract(), Received.addDays(5)), FirstContact::State::Made);
    r.firstContactAt = Received.addSecs(48 * 3600 + 60);
    EXPECT_FALSE(FirstContact::madeInTime(r, thurrockContract()));
}

TEST(FirstContact, SignpostedOrDeclinedReferralsAreNotChased)
{
    Referral r = referral(Received);
    r.decision = QStringLiteral("signposted");
    EXPECT_EQ(FirstContact::state(r, thurrockContract(), Received.addDays(3)), FirstContact::State::NotApplicable);
    r.decision = QStringLiteral("declined");
    EXPECT_EQ(FirstContact::state(r, thurrockContract(), Received.addDays(3)), FirstContact::State::NotApplicable);
}

TEST(FirstContact, AContractWithoutADeadlineSetsNone)
{
    Contract c = thurrockContract();
    c.firstContactHours.reset();
    EXPECT_FALSE(FirstContact::deadline(referral(Received), c).isValid());
    EXPECT_EQ(FirstContact::state(referral(Received), c, Received.addDays(9)), FirstContact::State::NotApplicable);
}
