#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

DemoOptions options(quint32 seed = 1, int people = 330)
{
    DemoOptions o;
    o.people = people;
    o.seed = seed;
    o.asOf = QDate(2026, 7, 1);
    return o;
}

QSet<QString> values(const QJsonObject& document, const char* list, const char* key)
{
    QSet<QString> out;
    for (const QJsonValue& v : document.value(QString::fromLatin1(list)).toArray())
        out.insert(v.toObject().value(QString::fromLatin1(key)).toString());
    return out;
}

} // namespace

TEST(DemoCaseload, TheSameSeedGivesTheSameCaseload)
{
    // A hundred people keeps it quick under the sanitizers; the same seed gives the same caseload
    // whatever the size.
    const QByteArray first = QJsonDocument(DemoCaseload::generate(options(7, 100))).toJson();
    const QByteArray second = QJsonDocument(DemoCaseload::generate(options(7, 100))).toJson();
    EXPECT_EQ(first, second);
    EXPECT_NE(first, QJsonDocument(DemoCaseload::generate(options(8, 100))).toJson());
}

TEST(DemoCaseload, ImportsCleanlyThroughTheImporter)
{
    test::TestDatabase t;
    Result<ImportSummary> summary = DatabaseSetup::loadDemo(t.db(), t.clock(), options());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString() << "\n"
                              << summary.error().details.mid(0, 20).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(summary->recordsPerList.value(QStringLiteral("service_users")), 330);
    auto problems = t.db().problems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

TEST(DemoCaseload, IsABelievableMixOfBothServices)
{
    const QJsonObject d = DemoCaseload::generate(options());
    const QJsonArray periods = d.value(QStringLiteral("support_periods")).toArray();
    int thurrockPeople = 0;
    int closed = 0;
    for (const QJsonValue& v : periods) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("contract_id")).toString() == QLatin1String("thurrock-fs"))
            ++thurrockPeople;
        if (!p.value(QStringLiteral("end_date")).toString().isEmpty())
            ++closed;
    }
    EXPECT_GE(thurrockPeople, 20);
    EXPECT_LE(thurrockPeople, 45);
    EXPECT_GT(closed, 0) << "some support periods have ended";
    // Referrals from every source the format knows.
    EXPECT_EQ(values(d, "referrals", "source").size(), 13);
    EXPECT_TRUE(values(d, "appointments", "status").contains(QStringLiteral("dna")));
    EXPECT_EQ(values(d, "sessions", "kind").size(), 8) << "sessions of every kind";
    EXPECT_FALSE(d.value(QStringLiteral("star_assessments")).toArray().isEmpty());
    EXPECT_FALSE(d.value(QStringLiteral("hospital_stays")).toArray().isEmpty());
    EXPECT_FALSE(d.value(QStringLiteral("outcomes")).toArray().isEmpty());
    EXPECT_FALSE(d.value(QStringLiteral("goals")).toArray().isEmpty());
    EXPECT_FALSE(d.value(QStringLiteral("attendance")).toArray().isEmpty());
}

TEST(DemoCaseload, ExportsAndReimportsUnchanged)
{
    test::TestDatabase first;
    ASSERT_TRUE(DatabaseSetup::loadDemo(first.db(), first.clock(), options(3, 60)).ok());
    Exporter exporter(first.db(), first.clock());
    Result<QJsonObject> once = exporter.exportAll();
    ASSERT_TRUE(once.ok());

    test::TestDatabase second;
    Importer importer(second.db(), second.clock());
    ASSERT_TRUE(importer.importObject(once.value(), QStringLiteral("export"), QStringLiteral("test")).ok());
    Exporter again(second.db(), second.clock());
    Result<QJsonObject> twice = again.exportAll();
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(once.value(), twice.value());
}
