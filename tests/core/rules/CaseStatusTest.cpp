#include "core/rules/CaseStatus.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

CaseloadEntry period(QDate start, QDate end = {})
{
    CaseloadEntry e;
    e.serviceUserId = QStringLiteral("p");
    e.supportPeriodId = QStringLiteral("sp");
    e.startDate = start;
    e.endDate = end;
    return e;
}

const QDate Today(2026, 7, 1);

} // namespace

TEST(CaseStatus, OpenFromStartThroughTheEndDate)
{
    EXPECT_EQ(caseStatus(period(QDate(2026, 1, 5)), Today), CaseStatus::Open);
    EXPECT_EQ(caseStatus(period(Today, Today), Today), CaseStatus::Open);
    EXPECT_EQ(caseStatus(period(QDate(2026, 1, 5), QDate(2026, 6, 30)), Today), CaseStatus::Closed);
}

TEST(CaseStatus, StartingWhenThePeriodBeginsLater)
{
    EXPECT_EQ(caseStatus(period(Today.addDays(1)), Today), CaseStatus::Starting);
}

TEST(CaseStatus, AReferralWithoutAPeriodIsReferredOrNotInSupport)
{
    CaseloadEntry e;
    e.hasPendingReferral = true;
    EXPECT_EQ(caseStatus(e, Today), CaseStatus::Referred);
    e.hasPendingReferral = false;
    EXPECT_EQ(caseStatus(e, Today), CaseStatus::NoSupport);
}

TEST(CaseStatus, AClosedPersonReferredAgainShowsTheNewReferral)
{
    CaseloadEntry e = period(QDate(2025, 1, 5), QDate(2025, 12, 1));
    e.hasPendingReferral = true;
    EXPECT_EQ(caseStatus(e, Today), CaseStatus::Referred);
}
