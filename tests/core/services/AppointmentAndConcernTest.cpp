#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/AppointmentService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ConcernService.h"
#include "core/storage/Repositories.h"
#include "tests/support/CaseworkBuilders.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The fixture's sp-1 is a Thurrock period (3 hours a week) with 60 minutes attended on Monday
// 29 June 2026 and 90 minutes planned on Monday 6 July.
class Bookings : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    Appointment booking(const QDateTime& at, int minutes)
    {
        Appointment a = test::appointment(QString(), at, minutes);
        a.staffId = QStringLiteral("kw-1");
        return a;
    }

    test::TestDatabase m_db;
    ChangeNotifier m_notifier;
    Repositories m_repos{m_db.db()};
    ServiceContext m_context{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")};
};

} // namespace

TEST_F(Bookings, WithinTheCapNoReasonIsAsked)
{
    AppointmentService service(m_context);
    Result<QString> id = service.save(booking(test::london(2026, 7, 1, 10), 120)); // 60 + 120 = 180
    ASSERT_TRUE(id.ok()) << id.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(m_repos.appointments.find(id.value())->value().overCapReason.isEmpty());
}

TEST_F(Bookings, PastTheCapTheReasonIsAskedForAndStored)
{
    AppointmentService service(m_context);
    Appointment over = booking(test::london(2026, 7, 1, 10), 121);
    auto check = service.checkCap(over);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->needsReason);
    EXPECT_EQ(check->weekMinutes, 181);
    const int before = test::rowCount(m_db.db(), QStringLiteral("appointments"));
    EXPECT_FALSE(service.save(over).ok());
    ASSERT_EQ(service.problems().size(), 1);
    EXPECT_EQ(service.problems().first().field, QStringLiteral("over_cap_reason"));
    EXPECT_TRUE(service.problems().first().message.contains(QStringLiteral("3.0 hours")));
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("appointments")), before);

    over.overCapReason = QStringLiteral("Court hearing this week");
    Result<QString> id = service.save(over);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(m_repos.appointments.find(id.value())->value().overCapReason, QStringLiteral("Court hearing this week"));
}

TEST_F(Bookings, ACancelledWeekLeavesRoomAndMarkingADnaNeedsNoReason)
{
    AppointmentService service(m_context);
    ASSERT_TRUE(service.setStatus(QStringLiteral("ap-1"), QStringLiteral("cancelled_by_person")).ok());
    EXPECT_TRUE(service.save(booking(test::london(2026, 7, 1, 10), 180)).ok());
    EXPECT_TRUE(service.setStatus(QStringLiteral("ap-2"), QStringLiteral("dna")).ok());
    EXPECT_EQ(m_repos.appointments.find(QStringLiteral("ap-2"))->value().status, QStringLiteral("dna"));
}

TEST_F(Bookings, AHospitalStayIsCheckedBeforeItIsStored)
{
    ConcernService service(m_context);
    HospitalStay stay;
    stay.serviceUserId = QStringLiteral("su-1");
    stay.admittedOn = QDate(2026, 6, 10);
    stay.dischargedOn = QDate(2026, 6, 9);
    EXPECT_FALSE(service.saveHospitalStay(stay).ok());
    EXPECT_EQ(service.problems().size(), 2); // discharge before admission, kind missing
    stay.dischargedOn = QDate();
    stay.kind = QStringLiteral("mental_health");
    stay.planned = false;
    ASSERT_TRUE(service.saveHospitalStay(stay).ok());
    EXPECT_EQ(m_repos.hospitalStays.forServiceUser(QStringLiteral("su-1"))->size(), 2);
}

TEST_F(Bookings, ASeriousComplaintWaitsUntilItIsSentToTheCommissioner)
{
    ConcernService service(m_context);
    Complaint complaint;
    complaint.serviceUserId = QStringLiteral("su-1");
    complaint.receivedOn = QDate(2026, 6, 30);
    complaint.complainant = QStringLiteral("Lexi's sister");
    complaint.summary = QStringLiteral("Visits cancelled without notice");
    EXPECT_FALSE(service.saveComplaint(complaint).ok());
    EXPECT_EQ(service.problems().first().field, QStringLiteral("serious"));
    complaint.serious = true;
    Result<QString> id = service.saveComplaint(complaint);
    ASSERT_TRUE(id.ok());
    ASSERT_EQ(m_repos.concerns.seriousComplaintsNotSent()->size(), 1);
    EXPECT_FALSE(service.markSentToCommissioner(id.value(), QDate(2026, 6, 29)).ok());
    ASSERT_TRUE(service.markSentToCommissioner(id.value(), QDate(2026, 7, 1)).ok());
    EXPECT_TRUE(m_repos.concerns.seriousComplaintsNotSent()->isEmpty());
    EXPECT_EQ(m_repos.concerns.findComplaint(id.value())->value().sentToCommissionerOn, QDate(2026, 7, 1));
}

TEST_F(Bookings, AnIncidentNeedsItsKindAndWhatHappened)
{
    ConcernService service(m_context);
    Incident incident;
    incident.serviceUserId = QStringLiteral("su-1");
    incident.occurredOn = QDate(2026, 6, 30);
    EXPECT_FALSE(service.saveIncident(incident).ok());
    EXPECT_EQ(service.problems().size(), 2);
    incident.kind = QStringLiteral("safeguarding");
    incident.summary = QStringLiteral("Concern about financial exploitation by a neighbour");
    ASSERT_TRUE(service.saveIncident(incident).ok());
    EXPECT_EQ(m_repos.concerns.incidentsForServiceUser(QStringLiteral("su-1"))->size(), 1);
}

TEST_F(Bookings, WhatTheAppKeepsBeyondTheSpecTravelsUnderXKeys)
{
    ConcernService service(m_context);
    Complaint complaint;
    complaint.serviceUserId = QStringLiteral("su-1");
    complaint.receivedOn = QDate(2026, 6, 30);
    complaint.complainant = QStringLiteral("Lexi's sister");
    complaint.summary = QStringLiteral("Visits cancelled without notice");
    complaint.serious = true;
    complaint.sentToCommissionerOn = QDate(2026, 7, 1);
    Result<QString> id = service.saveComplaint(complaint);
    ASSERT_TRUE(id.ok());

    Exporter exporter(m_db.db(), m_db.clock());
    const QJsonObject first = exporter.exportAll().value();
    QJsonObject exported;
    for (const QJsonValue& v : first.value(QStringLiteral("complaints")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id.value())
            exported = v.toObject();
    EXPECT_EQ(exported.value(QStringLiteral("x_complainant")).toString(), QStringLiteral("Lexi's sister"));
    EXPECT_EQ(exported.value(QStringLiteral("x_sent_to_commissioner_on")).toString(), QStringLiteral("2026-07-01"));

    test::TestDatabase other;
    Importer importer(other.db(), other.clock());
    ASSERT_TRUE(importer.importObject(first, QStringLiteral("export"), QStringLiteral("test")).ok());
    const QJsonObject second = Exporter(other.db(), other.clock()).exportAll().value();
    EXPECT_EQ(second.value(QStringLiteral("complaints")), first.value(QStringLiteral("complaints")));
    EXPECT_EQ(ConcernRepository(other.db()).findComplaint(exported.value(QStringLiteral("id")).toString())->value().complainant,
              QStringLiteral("Lexi's sister"));
}
