#include "core/domain/LocalTime.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(LocalTime, DatesReadTheBritishWay)
{
    EXPECT_EQ(LocalTime::formatDate(QDate(2026, 8, 3)), QStringLiteral("Mon 3 Aug 2026"));
}

TEST(LocalTime, TimesAreShownInLondonTime)
{
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    const QDateTime utc(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC);
    EXPECT_EQ(LocalTime::formatDateTime(utc), QStringLiteral("Wed 1 Jul 2026 00:30"));
    EXPECT_EQ(LocalTime::londonDate(utc), QDate(2026, 7, 1));
    const QDateTime winter(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(LocalTime::formatDateTime(winter), QStringLiteral("Tue 1 Dec 2026 09:00"));
}

TEST(LocalTime, InterchangeFormsAreStrict)
{
    EXPECT_TRUE(LocalTime::parseIsoDate(QStringLiteral("2026-02-28")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDate(QStringLiteral("2026-02-30")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDate(QStringLiteral("28/02/2026")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDate(QStringLiteral("2026-2-28")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDate(QStringLiteral(" 2026-02-28")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDate(QStringLiteral("2026-0a-28")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDate(QStringLiteral("2026-13-01")).isValid());
    EXPECT_FALSE(
        LocalTime::parseIsoDate(QString::fromUtf8("\u0662\u0660\u0662\u0666-02-28")).isValid()); // not ASCII digits
    EXPECT_EQ(LocalTime::parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    EXPECT_TRUE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01T09:00:00Z")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01T09:00:00")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01T09:00:00+01:00")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01T25:00:00Z")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01T09:60:00Z")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01 09:00:00Z")).isValid());
    EXPECT_FALSE(LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-02-30T09:00:00Z")).isValid());
    const QDateTime t = LocalTime::parseIsoDateTimeUtc(QStringLiteral("2026-07-01T09:05:07Z"));
    EXPECT_EQ(LocalTime::isoDateTimeUtc(t), QStringLiteral("2026-07-01T09:05:07Z"));
}

// A database's column is read as UTF-8 without being made into text first: the same dates and
// moments, and the same refusals, as reading the text.
TEST(LocalTime, InterchangeFormsReadTheSameAsUtf8)
{
    const QStringList dates = {QStringLiteral("2026-02-28"),
                               QStringLiteral("2024-02-29"),
                               QStringLiteral("2026-02-30"),
                               QStringLiteral("28/02/2026"),
                               QStringLiteral("2026-2-28"),
                               QStringLiteral(" 2026-02-28"),
                               QStringLiteral("2026-0a-28"),
                               QStringLiteral(""),
                               QString(),
                               QString::fromUtf8("\u0662\u0660\u0662\u0666-02-28"),
                               QString::fromUtf8("2026-02-2\u00b9"),
                               QString::fromUtf8("2026\u201102-28"),
                               QStringLiteral("2026-02-28T09:00:00Z")};
    for (const QString& text : dates)
        EXPECT_EQ(LocalTime::parseIsoDateUtf8(text.toUtf8()), LocalTime::parseIsoDate(text)) << text.toStdString();
    const QStringList moments = {QStringLiteral("2026-07-01T09:05:07Z"),
                                 QStringLiteral("2026-07-01T09:00:00"),
                                 QStringLiteral("2026-07-01T25:00:00Z"),
                                 QStringLiteral("2026-07-01 09:00:00Z"),
                                 QStringLiteral("2026-02-30T09:00:00Z"),
                                 QString::fromUtf8("2026-07-01T09:00:0\u0663Z"),
                                 QStringLiteral("2026-07-01")};
    for (const QString& text : moments)
        EXPECT_EQ(LocalTime::parseIsoDateTimeUtcUtf8(text.toUtf8()), LocalTime::parseIsoDateTimeUtc(text))
            << text.toStdString();
    EXPECT_EQ(LocalTime::parseIsoDateUtf8("2024-02-29"), QDate(2024, 2, 29));
    EXPECT_EQ(LocalTime::parseIsoDateTimeUtcUtf8("2026-07-01T09:05:07Z"),
              QDateTime(QDate(2026, 7, 1), QTime(9, 5, 7), Qt::UTC));
}

TEST(LocalTime, AgeCountsWholeYears)
{
    EXPECT_EQ(LocalTime::ageOn(QDate(2008, 7, 2), QDate(2026, 7, 1)), 17);
    EXPECT_EQ(LocalTime::ageOn(QDate(2008, 7, 1), QDate(2026, 7, 1)), 18);
}

TEST(LocalTime, AMomentCanBeTypedInUtcWithAnOffsetOrAsLondonTime)
{
    const QDateTime nine(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(LocalTime::parseMoment(QStringLiteral("2026-07-01T09:00:00Z")), nine);
    EXPECT_EQ(LocalTime::parseMoment(QStringLiteral("2026-07-01T09:00Z")), nine);
    EXPECT_EQ(LocalTime::parseMoment(QStringLiteral("2026-07-01T10:00+01:00")), nine);
    EXPECT_EQ(LocalTime::parseMoment(QStringLiteral("2026-07-01 10:00")), nine);
    EXPECT_EQ(LocalTime::parseMoment(QStringLiteral("2026-12-01 10:00")),
              QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    EXPECT_FALSE(LocalTime::parseMoment(QStringLiteral("2026-03-29 01:30")).isValid()); // skipped hour
    EXPECT_FALSE(LocalTime::parseMoment(QStringLiteral("1 July")).isValid());
    EXPECT_FALSE(LocalTime::parseMoment(QStringLiteral("2026-02-30 10:00")).isValid());
}

TEST(LocalTime, DatesAreTypedTheUkWayRound)
{
    EXPECT_EQ(LocalTime::parseTypedDate(QStringLiteral("14/03/1980")), QDate(1980, 3, 14));
    EXPECT_EQ(LocalTime::parseTypedDate(QStringLiteral("4/3/1980")), QDate(1980, 3, 4));
    EXPECT_EQ(LocalTime::parseTypedDate(QStringLiteral(" 14.03.1980 ")), QDate(1980, 3, 14));
    EXPECT_EQ(LocalTime::parseTypedDate(QStringLiteral("1980-03-14")), QDate(1980, 3, 14));
    EXPECT_FALSE(LocalTime::parseTypedDate(QStringLiteral("14/3/80")).isValid());
    EXPECT_FALSE(LocalTime::parseTypedDate(QStringLiteral("31/02/1980")).isValid());
    EXPECT_FALSE(LocalTime::parseTypedDate(QStringLiteral("03/14/1980")).isValid()); // US order
}

TEST(LocalTime, AFormsWallClockTimeIsLondons)
{
    EXPECT_EQ(LocalTime::fromLondon(QDate(2026, 7, 1), QTime(10, 0)), QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(LocalTime::fromLondon(QDate(2026, 1, 5), QTime(10, 0)), QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
    EXPECT_FALSE(LocalTime::fromLondon(QDate(2026, 3, 29), QTime(1, 30)).isValid());
}

// londonDate keeps London's offset for each hour it has met: every quarter of an hour of 2025 to
// 2027 (both clock changes of each year, London midnight in summer and winter) and a moment before
// 1970 fall on the date the time zone itself gives.
TEST(LocalTime, TheLondonDateOfEveryQuarterHourIsTheTimeZonesOwn)
{
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    int differing = 0, checked = 0;
    for (QDateTime t = from; t < to; t = t.addSecs(15 * 60)) {
        ++checked;
        if (LocalTime::londonDate(t) != LocalTime::toLondon(t).date())
            ++differing;
    }
    EXPECT_EQ(differing, 0) << "of " << checked;
    EXPECT_EQ(LocalTime::londonDate(QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC)), QDate(2026, 3, 29));
    EXPECT_EQ(LocalTime::londonDate(QDateTime(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC)), QDate(2026, 7, 1));
    EXPECT_EQ(LocalTime::londonDate(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC)), QDate(2026, 12, 31));
    const QDateTime before1970(QDate(1969, 7, 20), QTime(23, 30), Qt::UTC);
    EXPECT_EQ(LocalTime::londonDate(before1970), LocalTime::toLondon(before1970).date());
    EXPECT_FALSE(LocalTime::londonDate(QDateTime()).isValid());
}
