// CSV files as spreadsheet programs save them: Excel's "CSV" in a Windows code page, "CSV UTF-8"
// with a byte order mark, "Unicode text" (UTF-16, tabs), and semicolons where a comma is a
// decimal point.
#include "core/interchange/CsvSheetReader.h"

#include "tests/support/QtPrinters.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace waymark;

TEST(CsvSheetReader, ReadsExcelsWindowsCodePageWithSemicolonsQuotesAndLineBreaksInCells)
{
    // Zoë in windows-1252 (ë is one byte, 0xEB), a cell with the delimiter, doubled quotes and a
    // line break, as Excel writes them.
    const QByteArray bytes = "First name;Surname;Notes\r\n"
                             "Zo\xEB;O'Neil;\"Prefers \"\"Zo\"\"; calls after 10\"\r\n"
                             "Sam;Okafor;\"Two lines:\r\nsecond\"\r\n";
    CsvSheetReader::Options used;
    Result<SheetTable> table = CsvSheetReader::read(bytes, QStringLiteral("caseload.csv"), {}, &used);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(used.delimiter, ';');
    EXPECT_EQ(used.encoding, QByteArray("windows-1252"));
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows.at(0), (QStringList{u"First name"_qs, u"Surname"_qs, u"Notes"_qs}));
    EXPECT_EQ(table->rows.at(1), (QStringList{u"Zoë"_qs, u"O'Neil"_qs, u"Prefers \"Zo\"; calls after 10"_qs}));
    EXPECT_EQ(table->cell(2, 2), u"Two lines:\r\nsecond"_qs);
}

TEST(CsvSheetReader, ReadsUtf8WithAByteOrderMarkAndUnicodeTextInUtf16WithTabs)
{
    Result<SheetTable> utf8 = CsvSheetReader::read("\xEF\xBB\xBF"
                                                   "First name,Surname\nZo\xC3\xAB,Nowak\n",
                                                   QStringLiteral("a.csv"));
    ASSERT_TRUE(utf8) << utf8.error().message.toStdString();
    EXPECT_EQ(utf8->cell(0, 0), u"First name"_qs) << "the byte order mark is not part of the first heading";
    EXPECT_EQ(utf8->cell(1, 0), u"Zoë"_qs);

    QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray unicodeText = toUtf16(u"First name\tSurname\r\nŁucja\tWiśniewska\r\n"_qs);
    CsvSheetReader::Options used;
    Result<SheetTable> utf16 = CsvSheetReader::read(unicodeText, QStringLiteral("b.txt"), {}, &used);
    ASSERT_TRUE(utf16) << utf16.error().message.toStdString();
    EXPECT_EQ(used.delimiter, '\t');
    EXPECT_EQ(used.encoding, QByteArray("UTF-16LE"));
    EXPECT_EQ(utf16->rows.at(1), (QStringList{u"Łucja"_qs, u"Wiśniewska"_qs}));
}

TEST(CsvSheetReader, AQuoteOutOfPlaceIsReportedWithItsRow)
{
    const QByteArray bytes = "First name,Surname\nSam,Okafor\nAmir,\"Haddad\"x\nLena,Berg\n";
    Result<SheetTable> table = CsvSheetReader::read(bytes, QStringLiteral("caseload.csv"));
    ASSERT_FALSE(table);
    EXPECT_TRUE(table.error().message.contains(u"caseload.csv, row 3"_qs)) << table.error().message.toStdString();
}

TEST(CsvSheetReader, AnEncodingAskedForIsUsedAndOneThatDoesNotFitIsSaidSo)
{
    const QByteArray latin = "Name\nZo\xEB\n";
    CsvSheetReader::Options options;
    options.encoding = "ISO-8859-1";
    Result<SheetTable> table = CsvSheetReader::read(latin, QStringLiteral("a.csv"), options);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->cell(1, 0), u"Zoë"_qs);
    options.encoding = "UTF-8";
    Result<SheetTable> wrong = CsvSheetReader::read(latin, QStringLiteral("a.csv"), options);
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().message.contains(u"not written in UTF-8"_qs)) << wrong.error().message.toStdString();
}

TEST(CsvSheetReader, AnEmptyLineKeepsTheRowNumbersTheSpreadsheetShows)
{
    Result<SheetTable> table =
        CsvSheetReader::read("First name,Surname\r\n\r\nZoe,Nowak\r\n\nAmir,Haddad\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), 5);
    EXPECT_EQ(table->cell(2, 0), u"Zoe"_qs) << "Zoe is on row 3, as the spreadsheet shows her";
    EXPECT_EQ(table->cell(4, 0), u"Amir"_qs);
}

TEST(CsvSheetReader, ATitleRowAboveTheHeadingsDoesNotMisleadTheDelimiter)
{
    CsvSheetReader::Options used;
    Result<SheetTable> table = CsvSheetReader::read("North team caseload\r\nFirst name;Surname;DOB\r\nZoe;Nowak;"
                                                    "14/03/1980\r\nAmir;Haddad;01/05/1975\r\n",
                                                    QStringLiteral("a.csv"), {}, &used);
    ASSERT_TRUE(table);
    EXPECT_EQ(used.delimiter, ';');
    // And a windows-1252 file whose last byte is a letter UTF-8 would continue is still windows-1252.
    Result<SheetTable> ending = CsvSheetReader::read("Name\nZo\xEB", QStringLiteral("b.csv"), {}, &used);
    ASSERT_TRUE(ending) << ending.error().message.toStdString();
    EXPECT_EQ(ending->cell(1, 0), u"Zoë"_qs);
}
