#include "core/interchange/SheetFile.h"

#include "core/interchange/XlsxSheetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace waymark {

SheetFile::Kind SheetFile::kindOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Missing;
    const QByteArray start = file.read(8);
    if (start.startsWith("PK\x03\x04"))
        return Kind::Workbook;
    if (start.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Kind::OldWorkbook;
    return Kind::Text;
}

Result<QStringList> SheetFile::sheetNames(const QString& path)
{
    return kindOf(path) == Kind::Workbook ? XlsxSheetReader::sheetNames(path) : Result<QStringList>(QStringList());
}

Result<SheetTable> SheetFile::read(const QString& path, const QString& sheet, const CsvReadOptions& options,
                                   CsvReadOptions* used)
{
    switch (kindOf(path)) {
    case Kind::Workbook:
        return XlsxSheetReader::read(path, sheet);
    case Kind::OldWorkbook:
        return Error{QCoreApplication::translate("SheetFile",
                                                 "%1 is an older Excel file (.xls): open it in the spreadsheet "
                                                 "program and save it as an Excel Workbook (.xlsx) or as CSV, then "
                                                 "choose that.")
                         .arg(QFileInfo(path).fileName()),
                     {}};
    case Kind::Missing:
    case Kind::Text:
        break;
    }
    return CsvSheetReader::readFile(path, options, used);
}

} // namespace waymark
