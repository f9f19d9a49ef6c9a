// Excel workbooks, written here by libxlsxwriter as a spreadsheet program writes them: shared
// text, numbers, dates that are numbers underneath, true/false, gaps, several sheets.
#include "core/interchange/XlsxSheetReader.h"

#include "tests/support/QtPrinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace waymark;

namespace {

QString caseloadWorkbook(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("caseload.xlsx"));
    lxw_workbook* book = workbook_new(path.toUtf8().constData());
    lxw_worksheet* notes = workbook_add_worksheet(book, "Read me");
    worksheet_write_string(notes, 0, 0, "Exported from the team's tracker", nullptr);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Caseload");
    lxw_format* ukDate = workbook_add_format(book);
    format_set_num_format(ukDate, "dd/mm/yyyy");
    lxw_format* longDate = workbook_add_format(book);
    format_set_num_format(longDate, "d mmmm yyyy");
    const char* headings[] = {"First name", "Surname", "DOB", "NHS number", "Interpreter", "Notes", "Referred"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headings[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "Zoë", nullptr);
    worksheet_write_string(sheet, 1, 1, "Nowak", nullptr);
    lxw_datetime born = {1980, 3, 14, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 2, &born, ukDate);
    worksheet_write_number(sheet, 1, 3, 9434765919.0, nullptr);
    worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
    // column F left empty: a gap in the row
    lxw_datetime referred = {2026, 1, 5, 14, 30, 0};
    worksheet_write_datetime(sheet, 1, 6, &referred, longDate);
    worksheet_write_string(sheet, 3, 0, "Sam", nullptr); // row 3 left empty
    worksheet_write_number(sheet, 3, 5, 2.5, nullptr);
    workbook_close(book);
    return path;
}

} // namespace

TEST(XlsxSheetReader, ReadsEachSheetWithTextNumbersDatesAndGapsAsASpreadsheetShowsThem)
{
    QTemporaryDir dir;
    const QString path = caseloadWorkbook(dir);
    Result<QStringList> names = XlsxSheetReader::sheetNames(path);
    ASSERT_TRUE(names) << names.error().message.toStdString();
    EXPECT_EQ(names.value(), (QStringList{u"Read me"_qs, u"Caseload"_qs}));

    Result<SheetTable> first = XlsxSheetReader::read(path);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->name, u"Read me"_qs);

    Result<SheetTable> table = XlsxSheetReader::read(path, QStringLiteral("Caseload"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0).first(), u"First name"_qs);
    EXPECT_EQ(table->cell(1, 0), u"Zoë"_qs);
    EXPECT_EQ(table->cell(1, 2), u"1980-03-14"_qs) << "a date cell comes as a date, whatever its format";
    EXPECT_EQ(table->cell(1, 3), u"9434765919"_qs) << "a long number without an exponent";
    EXPECT_EQ(table->cell(1, 4), u"TRUE"_qs);
    EXPECT_EQ(table->cell(1, 5), QString());
    EXPECT_EQ(table->cell(1, 6), u"2026-01-05 14:30"_qs);
    EXPECT_EQ(table->cell(2, 0), QString()) << "an empty row keeps its place";
    EXPECT_EQ(table->cell(3, 0), u"Sam"_qs);
    EXPECT_EQ(table->cell(3, 5), u"2.5"_qs);
}

TEST(XlsxSheetReader, AFileThatIsNotAWorkbookOrASheetThatIsNotThereIsSaidSo)
{
    QTemporaryDir dir;
    const QString path = caseloadWorkbook(dir);
    Result<SheetTable> missing = XlsxSheetReader::read(path, QStringLiteral("Clients"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(u"no sheet called “Clients”"_qs))
        << missing.error().message.toStdString();
    EXPECT_TRUE(missing.error().message.contains(u"Read me, Caseload"_qs)) << missing.error().message.toStdString();

    const QString notZip = dir.filePath(QStringLiteral("old.xlsx"));
    QFile f(notZip);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xD0\xCF\x11\xE0 an old binary .xls");
    f.close();
    Result<QStringList> names = XlsxSheetReader::sheetNames(notZip);
    ASSERT_FALSE(names);
    EXPECT_TRUE(names.error().message.contains(u"is not an Excel workbook"_qs)) << names.error().message.toStdString();
}
