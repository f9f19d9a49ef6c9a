#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QJsonObject exported(test::TestDatabase& t)
{
    Exporter exporter(t.db(), t.clock());
    Result<QJsonObject> document = exporter.exportAll();
    EXPECT_TRUE(document.ok());
    QJsonObject o = document.ok() ? document.value() : QJsonObject();
    o.remove(QStringLiteral("exported_at"));
    return o;
}

ImportSummary imported(test::TestDatabase& t, const QJsonObject& document)
{
    Importer importer(t.db(), t.clock());
    Result<ImportSummary> result = importer.importObject(document, QStringLiteral("test"), QStringLiteral("test"));
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().details.join(QLatin1Char('\n')).toStdString());
    return result.ok() ? result.value() : ImportSummary{};
}

} // namespace

TEST(RoundTrip, ExportImportExportGivesTheSameRecords)
{
    test::TestDatabase first;
    imported(first, test::smallCaseload());
    const QJsonObject once = exported(first);

    test::TestDatabase second;
    imported(second, once);
    const QJsonObject twice = exported(second);
    EXPECT_EQ(once, twice);
}

TEST(RoundTrip, ExportCarriesEveryKeyAndTheReferenceLists)
{
    test::TestDatabase t;
    imported(t, test::smallCaseload());
    const QJsonObject out = exported(t);
    const QJsonObject person = out.value(QStringLiteral("service_users")).toArray().at(1).toObject();
    EXPECT_EQ(person.value(QStringLiteral("id")).toString(), QStringLiteral("su-2"));
    EXPECT_TRUE(person.contains(QStringLiteral("nhs_number")));
    EXPECT_TRUE(person.value(QStringLiteral("nhs_number")).isNull());
    const QJsonObject assessment = out.value(QStringLiteral("star_assessments")).toArray().at(0).toObject();
    EXPECT_EQ(assessment.value(QStringLiteral("scores")).toObject().value(QStringLiteral("mood")).toInt(), 3);
    EXPECT_EQ(assessment.value(QStringLiteral("notes")).toObject().value(QStringLiteral("mood")).toString(),
              QStringLiteral("Low since the move."));
    const QJsonObject outcome = out.value(QStringLiteral("outcomes")).toArray().at(0).toObject();
    EXPECT_FALSE(outcome.contains(QStringLiteral("id"))) << "outcomes have no id in the format";
    const QJsonObject reference = out.value(QStringLiteral("x_reference")).toObject();
    EXPECT_EQ(reference.value(QStringLiteral("ethnicity")).toArray().size(), 20);
    EXPECT_EQ(out.value(QStringLiteral("contracts")).toArray().size(), 2);
    EXPECT_EQ(out.value(QStringLiteral("star_templates")).toArray().at(0).toObject()
                  .value(QStringLiteral("areas")).toArray().size(), 8);
}

TEST(RoundTrip, ImportingTwiceChangesNothing)
{
    test::TestDatabase t;
    const ImportSummary first = imported(t, test::smallCaseload());
    EXPECT_GT(first.inserted, 0);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT SUM(version), MAX(updated_at) FROM appointments")) && q.next());
    const QString before = q.value(0).toString() + q.value(1).toString();

    t.clock().set(t.clock().now().addDays(1));
    const ImportSummary second = imported(t, test::smallCaseload());
    EXPECT_EQ(second.inserted, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.unchanged, first.inserted);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT SUM(version), MAX(updated_at) FROM appointments")) && q.next());
    EXPECT_EQ(q.value(0).toString() + q.value(1).toString(), before);
}

TEST(RoundTrip, AChangedRecordIsUpdatedAndVersioned)
{
    test::TestDatabase t;
    imported(t, test::smallCaseload());
    QJsonObject changed = test::smallCaseload();
    test::setAt(changed, QStringLiteral("appointments[1].status"), QStringLiteral("dna"));
    test::setAt(changed, QStringLiteral("star_assessments[0].scores.mood"), 4);
    const ImportSummary summary = imported(t, changed);
    EXPECT_EQ(summary.updated, 2);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT status, version FROM appointments WHERE id = 'ap-2'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("dna"));
    EXPECT_EQ(q.value(1).toInt(), 2);
}

TEST(RoundTrip, DeletedRecordsDoNotTravel)
{
    test::TestDatabase t;
    imported(t, test::smallCaseload());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE notes SET deleted = 1 WHERE id = 'no-1'")));
    EXPECT_TRUE(exported(t).value(QStringLiteral("notes")).toArray().isEmpty());
}

TEST(RoundTrip, SubjectAccessExportHoldsOnlyThatPerson)
{
    test::TestDatabase t;
    imported(t, test::smallCaseload());
    Exporter exporter(t.db(), t.clock());
    Result<QJsonObject> out = exporter.exportServiceUser(QStringLiteral("su-2"));
    ASSERT_TRUE(out.ok());
    const QJsonObject d = out.value();
    ASSERT_EQ(d.value(QStringLiteral("service_users")).toArray().size(), 1);
    EXPECT_EQ(d.value(QStringLiteral("support_periods")).toArray().size(), 1);
    EXPECT_EQ(d.value(QStringLiteral("appointments")).toArray().size(), 0);
    EXPECT_EQ(d.value(QStringLiteral("star_assessments")).toArray().size(), 2);
    EXPECT_EQ(d.value(QStringLiteral("sessions")).toArray().size(), 1);
    EXPECT_EQ(d.value(QStringLiteral("complaints")).toArray().size(), 1);
    EXPECT_EQ(d.value(QStringLiteral("contracts")).toArray().size(), 1);
    EXPECT_TRUE(d.value(QStringLiteral("staff")).toArray().isEmpty());

    // The file it makes is itself a valid interchange file.
    test::TestDatabase other;
    imported(other, d);
    EXPECT_FALSE(exporter.exportServiceUser(QStringLiteral("nobody")).ok());
}
