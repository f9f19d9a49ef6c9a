#include "core/rules/DnaWithdrawal.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

Appointment dna(const char* id, int month, int day)
{
    return appointment(QString::fromLatin1(id), london(2026, month, day, 10), 60, QStringLiteral("dna"));
}

WithdrawalReview review(const QDate& on)
{
    return WithdrawalReview{QStringLiteral("wr-1"), QStringLiteral("sp-1"), on, QStringLiteral("continue"),
                            QStringLiteral("Team leader"), QStringLiteral("Was in hospital")};
}

} // namespace

TEST(DnaWithdrawal, TheThirdDnaCallsForAReview)
{
    const QVector<Appointment> list = {dna("a", 6, 1), dna("b", 6, 8),
                                       appointment(QStringLiteral("c"), london(2026, 6, 10, 10), 60,
                                                   QStringLiteral("attended")),
                                       dna("d", 6, 15)};
    EXPECT_FALSE(DnaWithdrawal::reviewDueSince(list.mid(0, 3), {}, thurrockContract(), QDate(2026, 7, 1)).isValid());
    EXPECT_EQ(DnaWithdrawal::reviewDueSince(list, {}, thurrockContract(), QDate(2026, 7, 1)), QDate(2026, 6, 15));
}

TEST(DnaWithdrawal, AReviewStartsTheCountAgain)
{
    const QVector<Appointment> list = {dna("a", 6, 1), dna("b", 6, 8), dna("c", 6, 15), dna("d", 6, 22),
                                       dna("e", 6, 29)};
    EXPECT_FALSE(DnaWithdrawal::reviewDueSince(list, {review(QDate(2026, 6, 15))}, thurrockContract(),
                                               QDate(2026, 7, 1))
                     .isValid());
    QVector<Appointment> more = list;
    more << dna("f", 7, 6);
    // The third DNA after the review, not counting one on the review's own day.
    EXPECT_EQ(DnaWithdrawal::reviewDueSince(more, {review(QDate(2026, 6, 15))}, thurrockContract(),
                                            QDate(2026, 7, 6)),
              QDate(2026, 7, 6));
}

TEST(DnaWithdrawal, ADnaDatedAfterTodayDoesNotCount)
{
    const QVector<Appointment> list = {dna("a", 6, 1), dna("b", 6, 8), dna("c", 7, 15)};
    EXPECT_FALSE(DnaWithdrawal::reviewDueSince(list, {}, thurrockContract(), QDate(2026, 7, 1)).isValid());
    EXPECT_EQ(DnaWithdrawal::reviewDueSince(list, {}, thurrockContract(), QDate(2026, 7, 15)), QDate(2026, 7, 15));
}

TEST(DnaWithdrawal, ADnaIsDatedByItsLondonDay)
{
    // 00:30 London on 16 June is 23:30 UTC on the 15th: it is dated the 16th.
    const QVector<Appointment> list = {dna("a", 6, 1), dna("b", 6, 8),
                                       appointment(QStringLiteral("c"), london(2026, 6, 16, 0, 30), 60,
                                                   QStringLiteral("dna"))};
    EXPECT_EQ(DnaWithdrawal::reviewDueSince(list, {}, thurrockContract(), QDate(2026, 6, 16)), QDate(2026, 6, 16));
    EXPECT_FALSE(DnaWithdrawal::reviewDueSince(list, {}, thurrockContract(), QDate(2026, 6, 15)).isValid());
}

TEST(DnaWithdrawal, NoRuleWithoutACount)
{
    const QVector<Appointment> list = {dna("a", 6, 1), dna("b", 6, 8), dna("c", 6, 15)};
    EXPECT_FALSE(DnaWithdrawal::reviewDueSince(list, {}, camdenContract(), QDate(2026, 7, 1)).isValid());
}
