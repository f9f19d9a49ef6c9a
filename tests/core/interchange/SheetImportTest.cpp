// A team's caseload spreadsheet brought into Waymark: each row a person with their referral and
// support, every problem named by row and column, all or nothing, and the same sheet imported
// again changing nothing.
#include "core/interchange/SheetImport.h"
#include "core/domain/LocalTime.h"
#include "core/interchange/CsvSheetReader.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Importer.h"
#include "core/interchange/SheetField.h"
#include "core/interchange/SheetFile.h"
#include "core/interchange/SheetMapping.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace waymark;

namespace {

// The team's two key workers, as the administrator set them up.
void addStaff(test::TestDatabase& t)
{
    ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
    const QJsonObject staff = test::keyWorkers({{u"kw-sam"_qs, u"Sam Patel"_qs}, {u"kw-jo"_qs, u"Jo Lewis"_qs}});
    Result<ImportSummary> added = Importer(t.db(), t.clock()).importObject(staff, u"staff"_qs, u"admin"_qs);
    ASSERT_TRUE(added) << added.error().message.toStdString();
}

SheetTable sheet(const QByteArray& csv)
{
    Result<SheetTable> table = CsvSheetReader::read(csv, QStringLiteral("caseload.csv"));
    EXPECT_TRUE(table) << table.error().message.toStdString();
    return table ? table.value() : SheetTable();
}

// The mapping the wizard guesses from the headings, with the contract of every row chosen.
SheetMapping guessed(const SheetTable& table)
{
    SheetMapping mapping;
    mapping.contract = QStringLiteral("thurrock-fs");
    const QMap<QString, QString> guesses = SheetMapping::guessColumns(table.rows.value(0));
    for (auto it = guesses.begin(); it != guesses.end(); ++it)
        mapping.columns.insert(it.value(), it.key());
    return mapping;
}

const QByteArray Caseload =
    "Client ref,First name,Surname,DOB,Gender,Referred by,Referral date,Key worker,Start date,Postcode\r\n"
    "C-101,Zoe,Nowak,14/03/1980,Female,Self referral,02/01/2026,Sam Patel,05/01/2026,RM17 6SL\r\n"
    "C-102,Amir,Haddad,1 May 1975,M,GP,10/02/2026,,,SS17 0AA\r\n"
    ",,,,,,,,,\r\n"
    "C-101,Zoe,Nowak,14/03/1980,Female,Housing,01/06/2024,Sam Patel,03/06/2024,RM17 6SL\r\n";

} // namespace

TEST(SheetImport, TheHeadingsASpreadsheetUsesAreGuessed)
{
    const QMap<QString, QString> guesses = SheetMapping::guessColumns(
        {u"Client ref"_qs, u"Forename"_qs, u"SURNAME"_qs, u"D.O.B."_qs, u"Date of birth (dd/mm/yyyy)"_qs,
         u"Referral source"_qs, u"Source"_qs, u"Keyworker"_qs, u"Favourite colour"_qs});
    EXPECT_EQ(guesses.value(u"Client ref"_qs), u"reference"_qs);
    EXPECT_EQ(guesses.value(u"Forename"_qs), u"given_name"_qs);
    EXPECT_EQ(guesses.value(u"SURNAME"_qs), u"family_name"_qs);
    EXPECT_EQ(guesses.value(u"D.O.B."_qs), u"date_of_birth"_qs);
    EXPECT_FALSE(guesses.contains(u"Date of birth (dd/mm/yyyy)"_qs)) << "each field is given to one column";
    EXPECT_EQ(guesses.value(u"Referral source"_qs), u"referral_source"_qs);
    EXPECT_FALSE(guesses.contains(u"Source"_qs));
    EXPECT_EQ(guesses.value(u"Keyworker"_qs), u"key_worker"_qs);
    EXPECT_FALSE(guesses.contains(u"Favourite colour"_qs));

    EXPECT_EQ(SheetMapping::guessCode(u"referral_source"_qs, u"Self referral"_qs), u"self"_qs);
    EXPECT_EQ(SheetMapping::guessCode(u"gender"_qs, u"FEMALE"_qs), u"female"_qs);
    EXPECT_EQ(SheetMapping::guessCode(u"gender"_qs, u"Woman"_qs), QString());
}

TEST(SheetImport, EachRowBecomesAPersonWithTheirReferralAndSupportAndAgainChangesNothing)
{
    test::TestDatabase t;
    addStaff(t);
    const SheetTable table = sheet(Caseload);
    SheetMapping mapping = guessed(table);
    mapping.values[u"gender"_qs].insert(u"M"_qs, u"male"_qs);
    SheetImport import(t.db(), t.clock());
    Result<ImportSummary> summary = import.run(table, mapping, u"caseload.csv"_qs, u"admin"_qs);
    ASSERT_TRUE(summary) << summary.error().message.toStdString() << "\n"
                         << summary.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(import.lastConversion().people(), 2) << "two rows of C-101 are one person";
    EXPECT_EQ(import.lastConversion().referrals(), 3);
    EXPECT_EQ(import.lastConversion().supportPeriods(), 2);

    Repositories repos(t.db());
    Result<QVector<ServiceUser>> people = repos.serviceUsers.all();
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    const auto zoe =
        std::find_if(people->cbegin(), people->cend(), [](const ServiceUser& p) { return p.givenName == u"Zoe"_qs; });
    ASSERT_NE(zoe, people->cend());
    EXPECT_EQ(zoe->dateOfBirth, QDate(1980, 3, 14));
    EXPECT_EQ(zoe->gender, u"female"_qs);
    Result<QVector<SupportPeriod>> periods = repos.supportPeriods.forServiceUser(zoe->id);
    ASSERT_TRUE(periods);
    ASSERT_EQ(periods->size(), 2);
    for (const SupportPeriod& p : periods.value()) {
        EXPECT_EQ(p.keyWorkerId, u"kw-sam"_qs);
        EXPECT_EQ(p.contractId, u"thurrock-fs"_qs);
    }
    Result<QVector<Referral>> referrals = repos.referrals.all();
    ASSERT_TRUE(referrals);
    const auto amirs =
        std::find_if(referrals->cbegin(), referrals->cend(), [](const Referral& r) { return r.source == u"gp"_qs; });
    ASSERT_NE(amirs, referrals->cend());
    EXPECT_EQ(amirs->decision, u"pending"_qs) << "no support start: the referral waits for a decision";

    Result<ImportSummary> again = SheetImport(t.db(), t.clock()).run(table, mapping, u"caseload.csv"_qs, u"admin"_qs);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->inserted, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 2);
}

TEST(SheetImport, EveryProblemIsNamedByRowAndColumnAndNothingIsKept)
{
    test::TestDatabase t;
    addStaff(t);
    const SheetTable table = sheet("Client ref,First name,Surname,DOB,Gender,Key worker,Start date,Postcode\r\n"
                                   "C-1,Zoe,Nowak,31/02/1980,Female,Sam Patel,05/01/2026,RM17 6SL\r\n"
                                   "C-2,Amir,Haddad,01/05/75,Unknown,Sam Patel,05/01/2026,RM17 6SL\r\n"
                                   "C-3,Lena,Berg,01/05/1975,Female,Sam Pattel,05/01/2026,RM17 6SL\r\n"
                                   "C-4,Ola,Bello,02/02/1990,Female,jo lewis,05/01/2026,RM17 6SL\r\n");
    SheetImport import(t.db(), t.clock());
    Result<ImportSummary> summary = import.run(table, guessed(table), u"caseload.csv"_qs, u"admin"_qs);
    ASSERT_FALSE(summary);
    const QString all = summary.error().details.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(u"row 2, “DOB” (column D): “31/02/1980” is not a date that exists"_qs))
        << all.toStdString();
    EXPECT_TRUE(all.contains(u"row 3, “DOB” (column D): “01/05/75” has a two-digit year"_qs)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"row 3, “Gender” (column E): “Unknown” is not one of the answers"_qs))
        << all.toStdString();
    EXPECT_TRUE(all.contains(u"row 4, “Key worker” (column F): no member of staff is called “Sam Pattel”"_qs))
        << all.toStdString();
    EXPECT_EQ(summary.error().details.size(), 4) << all.toStdString();
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 0);

    // With those mended, what only the database's checks find is named by row and column too.
    const SheetTable mended =
        sheet("Client ref,First name,Surname,DOB,Gender,Key worker,Start date,End date,Postcode\r\n"
              "C-1,Zoe,Nowak,28/02/1980,Female,Sam Patel,05/01/2026,,RM17 6SL\r\n"
              "C-4,Ola,Bello,02/02/1990,Female,Jo Lewis,05/01/2026,04/01/2026,RM17 6SL\r\n");
    Result<ImportSummary> second = import.run(mended, guessed(mended), u"caseload.csv"_qs, u"admin"_qs);
    ASSERT_FALSE(second);
    const QString found = second.error().details.join(QLatin1Char('\n'));
    EXPECT_TRUE(found.startsWith(u"row 3, “End date” (column H): "_qs)) << found.toStdString();
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 0);
}

TEST(SheetImport, APreviewChecksEverythingAndKeepsNothing)
{
    test::TestDatabase t;
    addStaff(t);
    const SheetTable table = sheet(Caseload);
    SheetMapping mapping = guessed(table);
    mapping.values[u"gender"_qs].insert(u"M"_qs, u"male"_qs);
    const QStringList kept = {u"service_users"_qs, u"referrals"_qs,     u"support_periods"_qs,
                              u"change_log"_qs,    u"x_audit_trail"_qs, u"x_sync_outbox"_qs};
    QHash<QString, int> before;
    for (const QString& list : kept)
        before.insert(list, test::rowCount(t.db(), list));
    // Checked both ways the importer stores records: one by one, and many at once.
    for (const qint64 bulkFrom : {Importer::DefaultBulkFrom, qint64(1)}) {
        SheetImport import(t.db(), t.clock());
        import.setBulkFrom(bulkFrom);
        Result<ImportSummary> preview = import.run(table, mapping, u"caseload.csv"_qs, u"admin"_qs, true);
        ASSERT_TRUE(preview) << preview.error().details.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(preview->inserted, 7) << "2 people, 3 referrals, 2 support periods";
        for (const QString& list : kept)
            EXPECT_EQ(test::rowCount(t.db(), list), before.value(list)) << list.toStdString();
    }
    auto problems = t.db().problems();
    ASSERT_TRUE(problems);
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char(' ')).toStdString();
}

TEST(SheetImport, AMappingFileIsCheckedWholeAndSaysWhereEachProblemIs)
{
    Result<SheetMapping> mapping = SheetMapping::fromJson(
        R"({"columns": {"given_name": "First name", "shoe_size": "Shoes"},
            "values": {"gender": {"F": "woman"}}, "delimiter": ";;", "header_row": 0})",
        u"map.json"_qs);
    ASSERT_FALSE(mapping);
    const QString all = mapping.error().details.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(u"columns.shoe_size: is not a field"_qs)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"values.gender.F: “woman” is not one of the codes"_qs)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"delimiter: must be one character"_qs)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"header_row: must be a row number"_qs)) << all.toStdString();

    SheetMapping good;
    good.sheet = u"Caseload"_qs;
    good.delimiter = '\t';
    good.contract = u"camden-day"_qs;
    good.columns.insert(u"given_name"_qs, u"First name"_qs);
    good.values[u"gender"_qs].insert(u"F"_qs, u"female"_qs);
    Result<SheetMapping> back = SheetMapping::fromJson(QJsonDocument(good.toJson()).toJson(), u"saved.json"_qs);
    ASSERT_TRUE(back) << back.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(back->delimiter, '\t');
    EXPECT_EQ(back->columns, good.columns);
    EXPECT_EQ(back->values, good.values);
    EXPECT_EQ(back->contract, good.contract);
}

TEST(SheetImport, AContractColumnAndAReferralStillWaitingAreBroughtIn)
{
    test::TestDatabase t;
    addStaff(t);
    const SheetTable table = sheet("First name,Surname,DOB,Service,Referral date,First contact,Start date\r\n"
                                   "Zoe,Nowak,14/03/1980,camden-day,2026-01-02,03-Jan-2026,05/01/2026\r\n"
                                   "Amir,Haddad,01/05/1975,Mental Health & Disabilities Floating Support,"
                                   "10 Feb 2026,,\r\n");
    SheetMapping mapping = guessed(table);
    mapping.contract.clear();
    ASSERT_EQ(mapping.columns.value(u"contract"_qs), u"Service"_qs);
    ASSERT_EQ(mapping.columns.value(u"first_contact_date"_qs), u"First contact"_qs);
    SheetImport import(t.db(), t.clock());
    Result<ImportSummary> summary = import.run(table, mapping, u"caseload.csv"_qs, u"admin"_qs);
    ASSERT_TRUE(summary) << summary.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(import.lastConversion().supportPeriods(), 1);
    Repositories repos(t.db());
    Result<QVector<Referral>> referrals = repos.referrals.all();
    ASSERT_TRUE(referrals);
    ASSERT_EQ(referrals->size(), 2);
    for (const Referral& r : referrals.value()) {
        if (r.decision == u"pending"_qs) {
            EXPECT_EQ(r.contractId, u"thurrock-fs"_qs) << "the contract by its name";
            EXPECT_FALSE(r.firstContactAt.isValid()) << "a referral still waiting has had no first contact";
        } else {
            EXPECT_EQ(r.contractId, u"camden-day"_qs);
            EXPECT_EQ(r.firstContactAt, LocalTime::fromLondon(QDate(2026, 1, 3), QTime(0, 0)));
        }
    }
}

TEST(SheetImport, ImportingAgainAddsWhatIsNewAndNeverChangesWhatWaymarkHolds)
{
    test::TestDatabase t;
    addStaff(t);
    SheetMapping mapping;
    mapping.contract = u"thurrock-fs"_qs;
    const SheetTable first = sheet("Ref,First name,Surname,Phone,Start date\r\n"
                                   "C-1,Zoe,Nowak,07700 900001,05/01/2026\r\n");
    for (const auto& [key, heading] : SheetMapping::guessColumns(first.rows.first()).toStdMap())
        mapping.columns.insert(heading, key);
    ASSERT_TRUE(SheetImport(t.db(), t.clock()).run(first, mapping, u"a.csv"_qs, u"admin"_qs));
    // The team's sheet, kept up to date by hand since: Zoe's phone as it was, and someone new.
    const SheetTable later = sheet("Ref,First name,Surname,Phone,Start date\r\n"
                                   "C-1,Zoe,Nowak,07700 900999,05/01/2026\r\n"
                                   "C-2,Amir,Haddad,07700 900002,06/01/2026\r\n");
    SheetImport again(t.db(), t.clock());
    Result<ImportSummary> summary = again.run(later, mapping, u"b.csv"_qs, u"admin"_qs);
    ASSERT_TRUE(summary) << summary.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(again.lastConversion().people(), 1) << "only Amir is new";
    EXPECT_TRUE(again.lastConversion()
                    .notices.join(QLatin1Char(' '))
                    .contains(u"Already in Waymark, and left as they are there: 1 people"_qs))
        << again.lastConversion().notices.join(QLatin1Char(' ')).toStdString();
    Repositories repos(t.db());
    Result<QVector<ServiceUser>> people = repos.serviceUsers.all();
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    for (const ServiceUser& p : people.value()) {
        if (p.givenName == u"Zoe"_qs) {
            EXPECT_EQ(p.phone, u"07700 900001"_qs) << "what Waymark holds is not changed by the sheet";
        }
    }
}

TEST(SheetImport, AReferenceAnotherSheetGaveSomeoneElseIsRefusedUnlessTheSheetHasAScopeOfItsOwn)
{
    test::TestDatabase t;
    addStaff(t);
    SheetMapping mapping;
    mapping.contract = u"thurrock-fs"_qs;
    mapping.columns = {
        {u"reference"_qs, u"No"_qs}, {u"given_name"_qs, u"First name"_qs}, {u"family_name"_qs, u"Surname"_qs}};
    ASSERT_TRUE(SheetImport(t.db(), t.clock())
                    .run(sheet("No,First name,Surname\r\n1,Zoe,Nowak\r\n"), mapping, u"north.csv"_qs, u"admin"_qs));
    const SheetTable south = sheet("No,First name,Surname\r\n1,Amir,Haddad\r\n");
    Result<ImportSummary> refused = SheetImport(t.db(), t.clock()).run(south, mapping, u"south.csv"_qs, u"admin"_qs);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().details.value(0).startsWith(
        u"row 2: its reference is taken by someone already in Waymark, Zoe Nowak"_qs))
        << refused.error().details.join(QLatin1Char('\n')).toStdString();
    mapping.referenceScope = u"South team"_qs;
    ASSERT_TRUE(SheetImport(t.db(), t.clock()).run(south, mapping, u"south.csv"_qs, u"admin"_qs));
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 2);
}

TEST(SheetImport, TwoRowsNamingTheSameNameWithNothingToTellThemApartAreAProblem)
{
    test::TestDatabase t;
    addStaff(t);
    const SheetTable table = sheet("First name,Surname,Start date\r\nSam,Lee,05/01/2026\r\nSam,Lee,06/02/2026\r\n");
    Result<ImportSummary> summary = SheetImport(t.db(), t.clock()).run(table, guessed(table), u"a.csv"_qs, u"admin"_qs);
    ASSERT_FALSE(summary);
    EXPECT_TRUE(summary.error().details.value(0).startsWith(u"row 3: rows 2 and 3 both name Sam Lee"_qs))
        << summary.error().details.join(QLatin1Char('\n')).toStdString();
}

TEST(SheetImport, AnExcelWorkbooksDateCellsAndTextDatesOfEveryFormAreRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.xlsx"));
    lxw_workbook* book = workbook_new(path.toUtf8().constData());
    lxw_worksheet* ws = workbook_add_worksheet(book, "Caseload");
    lxw_format* ukDate = workbook_add_format(book);
    format_set_num_format(ukDate, "dd/mm/yyyy");
    const char* headings[] = {"First name", "Surname", "DOB", "Start date"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), headings[c], nullptr);
    const char* names[][2] = {{"Zoe", "Nowak"}, {"Amir", "Haddad"}, {"Lena", "Berg"}, {"Ola", "Bello"}};
    for (int r = 0; r < 4; ++r) {
        worksheet_write_string(ws, lxw_row_t(r + 1), 0, names[r][0], nullptr);
        worksheet_write_string(ws, lxw_row_t(r + 1), 1, names[r][1], nullptr);
    }
    lxw_datetime zoeBorn = {1980, 3, 14, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 2, &zoeBorn, ukDate);    // a date cell
    worksheet_write_string(ws, 2, 2, "1975-05-01", nullptr); // ISO text
    worksheet_write_string(ws, 3, 2, "2-Feb-1990", nullptr); // day and month name
    worksheet_write_string(ws, 4, 2, "01/12/1991", nullptr); // day first, as UK sheets are
    for (int r = 1; r <= 4; ++r)
        worksheet_write_string(ws, lxw_row_t(r), 3, "05/01/2026", nullptr);
    workbook_close(book);

    test::TestDatabase t;
    addStaff(t);
    Result<SheetTable> table = SheetFile::read(path, {}, {});
    ASSERT_TRUE(table) << table.error().message.toStdString();
    SheetImport import(t.db(), t.clock());
    Result<ImportSummary> summary = import.run(table.value(), guessed(table.value()), u"caseload.xlsx"_qs, u"admin"_qs);
    ASSERT_TRUE(summary) << summary.error().details.join(QLatin1Char('\n')).toStdString();
    Repositories repos(t.db());
    QHash<QString, QDate> born;
    for (const ServiceUser& p : repos.serviceUsers.all().value())
        born.insert(p.givenName, p.dateOfBirth);
    EXPECT_EQ(born.value(u"Zoe"_qs), QDate(1980, 3, 14));
    EXPECT_EQ(born.value(u"Amir"_qs), QDate(1975, 5, 1));
    EXPECT_EQ(born.value(u"Lena"_qs), QDate(1990, 2, 2));
    EXPECT_EQ(born.value(u"Ola"_qs), QDate(1991, 12, 1));
    EXPECT_TRUE(import.lastConversion()
                    .notices.join(QLatin1Char(' '))
                    .contains(u"recorded as first contacted on the day support started"_qs));

    // Month first, when the mapping says so.
    SheetMapping american = guessed(table.value());
    american.monthFirst = true;
    test::TestDatabase other;
    addStaff(other);
    Result<ImportSummary> mdy =
        SheetImport(other.db(), other.clock()).run(table.value(), american, u"caseload.xlsx"_qs, u"admin"_qs);
    ASSERT_TRUE(mdy) << mdy.error().details.join(QLatin1Char('\n')).toStdString();
    for (const ServiceUser& p : Repositories(other.db()).serviceUsers.all().value()) {
        if (p.givenName == u"Ola"_qs) {
            EXPECT_EQ(p.dateOfBirth, QDate(1991, 1, 12));
        }
    }
}

TEST(SheetImport, AnEmptyFileOrADateOfBirthAfterTodayIsSaidPlainly)
{
    test::TestDatabase t;
    addStaff(t);
    SheetMapping mapping;
    mapping.columns = {
        {u"given_name"_qs, u"First name"_qs}, {u"family_name"_qs, u"Surname"_qs}, {u"date_of_birth"_qs, u"DOB"_qs}};
    Result<ImportSummary> empty =
        SheetImport(t.db(), t.clock()).run(SheetTable{u"empty.csv"_qs, {}}, mapping, u"empty.csv"_qs, u"admin"_qs);
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().message.startsWith(u"empty.csv is empty"_qs)) << empty.error().message.toStdString();

    const SheetTable future = sheet("First name,Surname,DOB\r\nZoe,Nowak,14/03/2980\r\n");
    Result<ImportSummary> refused = SheetImport(t.db(), t.clock()).run(future, mapping, u"a.csv"_qs, u"admin"_qs);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().details.value(0),
              u"row 2, “DOB” (column C): is after today, so cannot be a date of birth"_qs);
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 0);
}
