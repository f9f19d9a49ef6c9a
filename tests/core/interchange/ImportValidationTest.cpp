#include "core/interchange/Importer.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class ImportValidation : public ::testing::Test {
protected:
    // Imports the document and returns every error line (empty when it was accepted).
    QStringList errorsOf(const QJsonObject& document)
    {
        Importer importer(m_db.db(), m_db.clock());
        Result<ImportSummary> result =
            importer.importObject(document, QStringLiteral("test.json"), QStringLiteral("test"));
        return result ? QStringList() : result.error().details;
    }

    static bool has(const QStringList& errors, const QString& expected)
    {
        return errors.contains(expected);
    }

    test::TestDatabase m_db;
};

#define EXPECT_ERROR(errors, text)                                                                 \
    EXPECT_TRUE(has(errors, QStringLiteral(text)))                                                 \
        << "expected: " << text << "\ngot:\n"                                                      \
        << errors.join(QLatin1Char('\n')).toStdString()

} // namespace

TEST_F(ImportValidation, TheFixtureIsValid)
{
    const QStringList errors = errorsOf(test::smallCaseload());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ImportValidation, UnknownKeyIsRefusedWithItsPath)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[1].nickname"), QStringLiteral("Barty"));
    test::setAt(d, QStringLiteral("favourite_colour"), QStringLiteral("blue"));
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "service_users[1].nickname: unknown key");
    EXPECT_ERROR(errors, "favourite_colour: unknown key");
}

TEST_F(ImportValidation, ExtensionKeysAreKeptQuiet)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[1].x_old_system_id"), QStringLiteral("A-17"));
    test::setAt(d, QStringLiteral("x_source"), QStringLiteral("spreadsheet"));
    EXPECT_TRUE(errorsOf(d).isEmpty());
}

TEST_F(ImportValidation, BadCodeNamesTheListAndItsCodes)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[0].gender"), QStringLiteral("F"));
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "service_users[0].gender: 'F' is not a code of gender (female, male, "
                         "non_binary, other, prefer_not_to_say)");
}

TEST_F(ImportValidation, BadDatesAndDateTimesAreRefused)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[0].date_of_birth"), QStringLiteral("14/03/1980"));
    test::setAt(d, QStringLiteral("referrals[0].received_at"), QStringLiteral("2026-04-01 10:00"));
    test::setAt(d, QStringLiteral("support_periods[0].start_date"), QStringLiteral("2026-02-30"));
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "service_users[0].date_of_birth: must be a date like 2026-07-01");
    EXPECT_ERROR(errors, "referrals[0].received_at: must be a UTC date-time like 2026-07-01T09:00:00Z");
    EXPECT_ERROR(errors, "support_periods[0].start_date: must be a date like 2026-07-01");
}

TEST_F(ImportValidation, DanglingReferenceIsRefused)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("appointments[1].support_period_id"), QStringLiteral("sp-99"));
    test::setAt(d, QStringLiteral("referrals[0].contract_id"), QStringLiteral("hackney"));
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "appointments[1].support_period_id: no support_periods record has the id 'sp-99'");
    EXPECT_ERROR(errors, "referrals[0].contract_id: no contracts record has the id 'hackney'");
}

TEST_F(ImportValidation, ReferenceToARecordAlreadyInTheDatabaseIsAccepted)
{
    ASSERT_TRUE(errorsOf(test::smallCaseload()).isEmpty());
    QJsonObject more{{QStringLiteral("format"), QStringLiteral("waymark")},
                     {QStringLiteral("version"), 1}};
    test::setAt(more, QStringLiteral("notes"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("no-2")},
                                       {QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                                       {QStringLiteral("written_at"), QStringLiteral("2026-07-01T10:00:00Z")},
                                       {QStringLiteral("text"), QStringLiteral("Phoned.")}}});
    EXPECT_TRUE(errorsOf(more).isEmpty());
    // The file holds no support periods: those stored are what its notes may name, and no more.
    test::setAt(more, QStringLiteral("notes[0].support_period_id"), QStringLiteral("sp-99"));
    EXPECT_ERROR(errorsOf(more), "notes[0].support_period_id: no support_periods record has the id 'sp-99'");
}

TEST_F(ImportValidation, DuplicateIdsAreRefused)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[1].id"), QStringLiteral("su-1"));
    QJsonArray outcomes = d.value(QStringLiteral("outcomes")).toArray();
    outcomes.append(outcomes.at(0));
    d.insert(QStringLiteral("outcomes"), outcomes);
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "service_users[1].id: 'su-1' is also the id of service_users[0]");
    EXPECT_ERROR(errors, "outcomes[1]: support_period_id 'sp-1' and code '1c' is already given at outcomes[0]");
}

TEST_F(ImportValidation, AnIdRepeatedInAListNoOtherRefersToNamesWhereItIsFirstGiven)
{
    // Appointments are named by nothing else, so their ids are noted as they are checked rather
    // than at the first reading: each repeat still names the first place, however many there are.
    QJsonObject d = test::smallCaseload();
    QJsonArray appointments = d.value(QStringLiteral("appointments")).toArray();
    const qsizetype given = appointments.size();
    QJsonObject again = appointments.at(0).toObject();
    again.insert(QStringLiteral("duration_minutes"), 30);
    appointments << again << again;
    d.insert(QStringLiteral("appointments"), appointments);
    const QString id = again.value(QStringLiteral("id")).toString();
    const QStringList errors = errorsOf(d);
    for (const qsizetype at : {given, given + 1})
        EXPECT_TRUE(errors.contains(
            QStringLiteral("appointments[%1].id: '%2' is also the id of appointments[0]").arg(at).arg(id)))
            << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(errors.size(), 2) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ImportValidation, OutOfRangeNumbersAreRefused)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("appointments[0].duration_minutes"), 721);
    test::setAt(d, QStringLiteral("appointments[1].duration_minutes"), 0);
    test::setAt(d, QStringLiteral("sessions[0].duration_minutes"), 12.5);
    test::setAt(d, QStringLiteral("star_assessments[1].scores.mood"), 11);
    test::setAt(d, QStringLiteral("star_assessments[1].scores.flying"), 4);
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "appointments[0].duration_minutes: must be 1 to 720");
    EXPECT_ERROR(errors, "appointments[1].duration_minutes: must be 1 to 720");
    EXPECT_ERROR(errors, "sessions[0].duration_minutes: must be a whole number");
    EXPECT_ERROR(errors, "star_assessments[1].scores.mood: must be a whole number from 1 to 10");
    EXPECT_ERROR(errors, "star_assessments[1].scores.flying: is not an area of the star template 'waymark-wellbeing'");
}

TEST_F(ImportValidation, WrongTypesAndMissingRequiredFieldsAreRefused)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[0].interpreter_needed"), QStringLiteral("no"));
    test::removeAt(d, QStringLiteral("service_users[1].family_name"));
    test::setAt(d, QStringLiteral("staff[0].name"), 42);
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "service_users[0].interpreter_needed: must be true or false, not text");
    EXPECT_ERROR(errors, "service_users[1].family_name: is required");
    EXPECT_ERROR(errors, "staff[0].name: must be text, not a number");
}

TEST_F(ImportValidation, AnEndBeforeItsStartIsRefused)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("support_periods[1].end_date"), QStringLiteral("2026-05-01"));
    test::setAt(d, QStringLiteral("hospital_stays[0].discharged_on"), QStringLiteral("2026-04-30"));
    test::setAt(d, QStringLiteral("referrals[0].first_contact_at"), QStringLiteral("2026-03-31T10:00:00Z"));
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "support_periods[1].end_date: must not be before start_date");
    EXPECT_ERROR(errors, "hospital_stays[0].discharged_on: must not be before admitted_on");
    EXPECT_ERROR(errors, "referrals[0].first_contact_at: must not be before received_at");
}

TEST_F(ImportValidation, FormatAndVersionAreChecked)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("format"), QStringLiteral("casebook"));
    test::setAt(d, QStringLiteral("version"), 2);
    const QStringList errors = errorsOf(d);
    EXPECT_ERROR(errors, "format: must be \"waymark\"");
    EXPECT_ERROR(errors, "version: must be 1 (this version of Waymark reads format version 1)");
}

TEST_F(ImportValidation, EveryErrorIsReportedAtOnceAndNothingIsWritten)
{
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[0].gender"), QStringLiteral("F"));
    test::setAt(d, QStringLiteral("appointments[0].duration_minutes"), 9000);
    test::setAt(d, QStringLiteral("notes[0].author_id"), QStringLiteral("nobody"));
    const QStringList errors = errorsOf(d);
    EXPECT_EQ(errors.size(), 3) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("service_users")), 0);
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("appointments")), 0);
}

TEST_F(ImportValidation, AFileOnDiskHasTheSameProblemsInTheSameOrderAsTheDocumentGivenWhole)
{
    // From a file, two lists are read at once at first (on two threads), and the lists are read
    // again one by one: the problems come out all the same, in the order of the lists.
    QJsonObject d = test::smallCaseload();
    test::setAt(d, QStringLiteral("service_users[1].id"), QStringLiteral("su-1"));
    test::setAt(d, QStringLiteral("notes[0].author_id"), QStringLiteral("nobody"));
    test::setAt(d, QStringLiteral("appointments[0].duration_minutes"), 9000);
    test::setAt(d, QStringLiteral("appointments[1].support_period_id"), QStringLiteral("sp-none"));
    d.insert(QStringLiteral("incidents"), QStringLiteral("not a list"));
    const QStringList whole = errorsOf(d);
    ASSERT_GE(whole.size(), 5) << whole.join(QLatin1Char('\n')).toStdString();

    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("test.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(d).toJson());
    }
    Importer importer(m_db.db(), m_db.clock());
    Result<ImportSummary> fromFile = importer.importFile(path, QStringLiteral("test"));
    ASSERT_FALSE(fromFile.ok());
    EXPECT_EQ(fromFile.error().details, whole);
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("service_users")), 0);
}

TEST_F(ImportValidation, ContractCodesStayUnique)
{
    QJsonObject d{{QStringLiteral("format"), QStringLiteral("waymark")}, {QStringLiteral("version"), 1}};
    test::setAt(d, QStringLiteral("contracts"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c-new")},
                                       {QStringLiteral("code"), QStringLiteral("camden-day")},
                                       {QStringLiteral("name"), QStringLiteral("Copy")}}});
    EXPECT_ERROR(errorsOf(d), "contracts[0].code: 'camden-day' is already used by the record with "
                              "id 'camden-day' in the database");
}

TEST_F(ImportValidation, BrokenJsonSaysWhere)
{
    Importer importer(m_db.db(), m_db.clock());
    Result<ImportSummary> result = importer.importJson("{\n  \"format\": \"waymark\",\n  \"version\": 1,,\n}",
                                                       QStringLiteral("bad.json"), QStringLiteral("test"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("bad.json is not valid JSON")));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("line 3"))) << result.error().message.toStdString();
}

TEST_F(ImportValidation, MissingFileIsNamed)
{
    Importer importer(m_db.db(), m_db.clock());
    Result<ImportSummary> result = importer.importFile(QStringLiteral("/no/such/file.json"), QStringLiteral("test"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("/no/such/file.json does not exist")));
}
