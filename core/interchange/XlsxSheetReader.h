#pragma once

#include "core/domain/Result.h"
#include "core/interchange/SheetTable.h"

#include <QStringList>

namespace waymark {

// Reads the sheets of an Excel workbook (.xlsx, Office Open XML): the file is a zip (opened with
// libzip) of XML parts (read with Qt's XML stream reader). Each cell comes as the text a person
// sees, except that a cell formatted as a date comes as an ISO date (2026-03-14), or an ISO date
// and time, whatever its display format: a date typed as 14/03/2026 is a number underneath.
class XlsxSheetReader {
public:
    // The sheets' names, in the workbook's order.
    static Result<QStringList> sheetNames(const QString& path);
    // One sheet by name; an empty name reads the first.
    static Result<SheetTable> read(const QString& path, const QString& sheet = {});
};

} // namespace waymark
