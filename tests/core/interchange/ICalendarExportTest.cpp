#include "core/interchange/ICalendarExport.h"
#include "tests/support/CaseworkBuilders.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

DiaryEntry entry(const char* id, const QDateTime& at, int minutes, const char* status)
{
    DiaryEntry e;
    e.appointment = test::appointment(QString::fromLatin1(id), at, minutes, QString::fromLatin1(status));
    e.serviceUserId = QStringLiteral("su-1");
    e.givenName = QStringLiteral("Alexandra");
    e.familyName = QStringLiteral("Tester");
    e.preferredName = QStringLiteral("Lexi");
    e.contractName = QStringLiteral("Mental Health & Disabilities Floating Support");
    return e;
}

} // namespace

TEST(ICalendarExport, OneEventPerAppointmentInUtcWithAStableUid)
{
    const QByteArray ics = ICalendarExport::toICalendar(
        {entry("ap-1", test::london(2026, 6, 29, 10, 30), 60, "planned"),
         entry("ap-2", test::london(2026, 12, 1, 14, 0), 90, "cancelled_by_person")},
        QStringLiteral("Jo Marsh, Waymark diary"), QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
    const QString text = QString::fromUtf8(ics);
    EXPECT_TRUE(text.startsWith(QStringLiteral("BEGIN:VCALENDAR"))) << ics.constData();
    EXPECT_TRUE(text.contains(QStringLiteral("VERSION:2.0")));
    EXPECT_TRUE(text.contains(QStringLiteral("PRODID:")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VEVENT")), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("UID:ap-1@waymark")));
    // 10:30 in London in summer is 09:30 UTC; 14:00 in December is 14:00 UTC.
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART:20260629T093000Z"))) << ics.constData();
    EXPECT_TRUE(text.contains(QStringLiteral("DTEND:20260629T103000Z")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART:20261201T140000Z")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTEND:20261201T153000Z")));
    EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY:Home visit: Lexi T.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Tester"))) << "only the family initial leaves Waymark";
    EXPECT_TRUE(text.contains(QStringLiteral("STATUS:CANCELLED")));
    EXPECT_TRUE(text.contains(QStringLiteral("STATUS:CONFIRMED")));
    // RFC 5545: lines end in CRLF.
    EXPECT_TRUE(ics.contains("\r\n"));
}
