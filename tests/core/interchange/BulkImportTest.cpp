// A large import (a whole caseload moving in) stores its new people's records together: the same
// records as record by record, each person's History saying once where they came from, the audit
// trail whole, and all or nothing as any import.
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/interchange/JsonObjectSource.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QJsonObject exported(test::TestDatabase& t)
{
    Result<QJsonObject> document = Exporter(t.db(), t.clock()).exportAll();
    EXPECT_TRUE(document.ok());
    QJsonObject o = document.ok() ? document.value() : QJsonObject();
    o.remove(QStringLiteral("exported_at"));
    return o;
}

Result<ImportSummary> importInto(test::TestDatabase& t, const QJsonObject& document, qint64 bulkFrom)
{
    Importer importer(t.db(), t.clock());
    importer.setBulkFrom(bulkFrom);
    return importer.importObject(document, QStringLiteral("caseload.json"), QStringLiteral("admin"));
}

// Every row of `table` as stored, by id: each column but those saying when and by whom.
QStringList storedRows(test::TestDatabase& t, const QString& table)
{
    QStringList rows;
    QSqlQuery q(t.db().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < q.record().count(); ++c) {
            const QString name = q.record().fieldName(c);
            if (name != QLatin1String("created_at") && name != QLatin1String("updated_at") &&
                name != QLatin1String("updated_by"))
                row << name + QLatin1Char('=') + (q.value(c).isNull() ? QStringLiteral("null") : q.value(c).toString());
        }
        rows << row.join(QLatin1Char(' '));
    }
    return rows;
}

QJsonObject demoCaseload()
{
    DemoOptions options;
    options.people = 60;
    options.asOf = QDate(2026, 7, 1);
    return DemoCaseload::generate(options);
}

} // namespace

TEST(BulkImport, StoresExactlyWhatARecordByRecordImportStores)
{
    const QJsonObject document = demoCaseload();
    test::TestDatabase oneByOne;
    ASSERT_TRUE(DatabaseSetup::initialise(oneByOne.db(), oneByOne.clock()).ok());
    ASSERT_TRUE(importInto(oneByOne, document, std::numeric_limits<qint64>::max()).ok());
    test::TestDatabase together;
    ASSERT_TRUE(DatabaseSetup::initialise(together.db(), together.clock()).ok());
    Result<ImportSummary> summary = importInto(together, document, 1);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->recordsPerList.value(QStringLiteral("service_users")), 60);
    EXPECT_EQ(exported(together), exported(oneByOne));
    // The rows themselves, the child tables' too (their ids and positions are not exported).
    for (const QString& table : {QStringLiteral("service_users"), QStringLiteral("appointments"),
                                 QStringLiteral("support_plans"), QStringLiteral("goals"), QStringLiteral("goal_tasks"),
                                 QStringLiteral("star_assessments"), QStringLiteral("star_assessment_scores")}) {
        const QStringList rows = storedRows(together, table);
        EXPECT_FALSE(rows.isEmpty()) << table.toStdString();
        EXPECT_EQ(rows, storedRows(oneByOne, table)) << table.toStdString();
    }
    // Nothing damaged: the references hold, and so does the audit trail's chain.
    Result<QStringList> problems = together.db().problems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
}

TEST(BulkImport, EachPersonsHistoryAndTheAuditTrailSayOnceWhereTheyCameFrom)
{
    test::TestDatabase t;
    ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
    ASSERT_TRUE(importInto(t, demoCaseload(), 1).ok());
    Repositories repos(t.db());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT service_user_id FROM support_periods ORDER BY id LIMIT 1")));
    ASSERT_TRUE(q.next());
    const QString person = q.value(0).toString();

    const QVector<ChangeEntry> history = repos.history.forServiceUser(person).value();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().action, QStringLiteral("imported"));
    EXPECT_EQ(history.first().newValue, QStringLiteral("caseload.json"));
    EXPECT_EQ(history.first().changedBy, QStringLiteral("admin"));

    AuditQuery query;
    query.serviceUserId = person;
    const QVector<AuditEntry> trail = AuditTrail(t.db()).search(query).value();
    ASSERT_EQ(trail.size(), 1);
    EXPECT_EQ(trail.first().action, QStringLiteral("imported"));
    EXPECT_EQ(trail.first().detail, QStringLiteral("caseload.json"));
    // And the import as a whole, with how many records it stored together.
    query.serviceUserId.clear();
    query.text = QStringLiteral("stored together");
    const QVector<AuditEntry> whole = AuditTrail(t.db()).search(query).value();
    ASSERT_EQ(whole.size(), 1);
    EXPECT_TRUE(whole.first().detail.startsWith(QStringLiteral("caseload.json: ")))
        << whole.first().detail.toStdString();
}

TEST(BulkImport, ImportingTheSameFileAgainChangesNothing)
{
    const QJsonObject document = demoCaseload();
    test::TestDatabase t;
    ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
    ASSERT_TRUE(importInto(t, document, 1).ok());
    const QJsonObject once = exported(t);
    const int logged = test::rowCount(t.db(), QStringLiteral("change_log"));
    const int audited = test::rowCount(t.db(), QStringLiteral("x_audit_trail"));
    Result<ImportSummary> again = importInto(t, document, 1);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->inserted, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(exported(t), once);
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("change_log")), logged);
    // Not even an entry saying nothing was stored together: the sessions already there are not new.
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("x_audit_trail")), audited);
}

TEST(BulkImport, SomeoneAlreadyHereHasTheirNewRecordsSavedOneByOne)
{
    // The small fixture's people are imported first; a second file brings a new appointment for
    // one of them and a new person. The appointment is a change to someone known, so it is in
    // their History as a record of its own; the new person arrives imported.
    test::TestDatabase t;
    const QJsonObject first = test::smallCaseload();
    ASSERT_TRUE(importInto(t, first, std::numeric_limits<qint64>::max()).ok());
    QJsonObject second = first;
    QJsonArray appointments = second.value(QStringLiteral("appointments")).toArray();
    QJsonObject extra = appointments.first().toObject();
    extra.insert(QStringLiteral("id"), QStringLiteral("appt-new"));
    appointments.append(extra);
    second.insert(QStringLiteral("appointments"), appointments);
    QJsonArray people = second.value(QStringLiteral("service_users")).toArray();
    QJsonObject newcomer = people.first().toObject();
    newcomer.insert(QStringLiteral("id"), QStringLiteral("su-new"));
    people.append(newcomer);
    second.insert(QStringLiteral("service_users"), people);
    ASSERT_TRUE(importInto(t, second, 1).ok());

    Repositories repos(t.db());
    const QVector<ChangeEntry> appointmentHistory = repos.history.forRecord(QStringLiteral("appt-new")).value();
    ASSERT_EQ(appointmentHistory.size(), 1);
    EXPECT_EQ(appointmentHistory.first().action, QStringLiteral("created"));
    const QVector<ChangeEntry> newcomerHistory = repos.history.forServiceUser(QStringLiteral("su-new")).value();
    ASSERT_EQ(newcomerHistory.size(), 1);
    EXPECT_EQ(newcomerHistory.first().action, QStringLiteral("imported"));

    // The newcomer's audit entry, sealed on the import's writing thread, and the appointment's,
    // appended on this one, follow on in one chain that holds together.
    AuditQuery query;
    query.serviceUserId = QStringLiteral("su-new");
    ASSERT_EQ(AuditTrail(t.db()).search(query).value().size(), 1);
    Result<std::optional<QString>> broken = AuditTrail(t.db()).verify();
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken->has_value()) << broken->value_or(QString()).toStdString();
    // What an entry leaves out is null, as an entry appended alone leaves it, not empty text.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT field IS NULL, before_value IS NULL, before_digest IS NULL "
                                      "FROM x_audit_trail WHERE service_user_id = 'su-new'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt() + q.value(1).toInt() + q.value(2).toInt(), 3);
}

TEST(BulkImport, AFileWhoseListsComeInAnyOrderIsReadAsItsTextAndStoresTheSame)
{
    // Written out as text, the lists come in alphabetical order: appointments before the support
    // periods they belong to, notes before the people. The text is read a record at a time.
    const QJsonObject document = demoCaseload();
    const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Compact);
    ASSERT_LT(text.indexOf("\"appointments\""), text.indexOf("\"support_periods\""));

    test::TestDatabase fromObject;
    ASSERT_TRUE(DatabaseSetup::initialise(fromObject.db(), fromObject.clock()).ok());
    ASSERT_TRUE(importInto(fromObject, document, 1).ok());
    test::TestDatabase fromText;
    ASSERT_TRUE(DatabaseSetup::initialise(fromText.db(), fromText.clock()).ok());
    Importer importer(fromText.db(), fromText.clock());
    importer.setBulkFrom(1);
    Result<ImportSummary> summary = importer.importJson(text, QStringLiteral("caseload.json"), QStringLiteral("admin"));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->recordsPerList.value(QStringLiteral("service_users")), 60);
    EXPECT_EQ(exported(fromText), exported(fromObject));
    Result<QStringList> problems = fromText.db().problems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
}

TEST(BulkImport, AProblemFoundAfterManyRecordsWereWrittenLeavesNothingOfThem)
{
    // Records are written as they are checked; the last list's problem is found after all the
    // people, periods and appointments before it are in the transaction, which is rolled back.
    QJsonObject document = demoCaseload();
    const int notes = int(document.value(QStringLiteral("notes")).toArray().size());
    ASSERT_GT(notes, 0);
    test::setAt(document, QStringLiteral("notes[%1].mood").arg(notes - 1), QStringLiteral("fine"));
    test::setAt(document, QStringLiteral("service_users[3].nickname"), QStringLiteral("Al"));

    test::TestDatabase t;
    ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
    const QJsonObject before = exported(t);
    const int logged = test::rowCount(t.db(), QStringLiteral("change_log"));
    Result<ImportSummary> summary = importInto(t, document, 1);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().details, (QStringList{QStringLiteral("service_users[3].nickname: unknown key"),
                                                    QStringLiteral("notes[%1].mood: unknown key").arg(notes - 1)}));
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("service_users")), 0);
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("appointments")), 0);
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("change_log")), logged);
    EXPECT_EQ(exported(t), before);
}

namespace {

// A file that gives one record fewer when a list is read the second time, as one changed on disk
// while it was imported would.
class ShrinkingSource : public JsonObjectSource {
public:
    using JsonObjectSource::JsonObjectSource;
    bool forEachItem(const QString& key, const std::function<void(int, const QJsonValue&)>& visit) const override
    {
        const int reading = ++m_readings[key];
        return JsonObjectSource::forEachItem(key, [&](int index, const QJsonValue& item) {
            if (reading == 1 || key != QLatin1String("appointments") || index > 0)
                visit(index, item);
        });
    }

private:
    mutable QHash<QString, int> m_readings;
};

} // namespace

TEST(BulkImport, AFileThatChangesWhileItIsImportedLeavesNothing)
{
    test::TestDatabase t;
    ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
    const ShrinkingSource source(demoCaseload());
    Importer importer(t.db(), t.clock());
    importer.setBulkFrom(1);
    Result<ImportSummary> summary =
        importer.importSource(source, QStringLiteral("caseload.json"), QStringLiteral("admin"));
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().details.contains(QStringLiteral(
        "appointments: could not be read again as it was first read: the file changed or could not be read while it "
        "was imported")))
        << summary.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("service_users")), 0);
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("appointments")), 0);
}

TEST(BulkImport, AnImportStoppedFromAnotherThreadKeepsNothing)
{
    // A window's Stop sets the flag while the import runs on a thread of its own; the importer
    // looks at it before each record and rolls everything back.
    test::TestDatabase t;
    std::atomic<bool> stop{true};
    const int logged = test::rowCount(t.db(), QStringLiteral("change_log"));
    Importer importer(t.db(), t.clock());
    importer.setStopWhen(&stop);
    Result<ImportSummary> stopped =
        importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"));
    ASSERT_FALSE(stopped.ok());
    EXPECT_TRUE(stopped.error().message.contains(QStringLiteral("Stopped before the end. Nothing was changed.")))
        << stopped.error().message.toStdString();
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("service_users")), 0);
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("change_log")), logged);
    stop = false;
    EXPECT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("service_users")), 2);
}
