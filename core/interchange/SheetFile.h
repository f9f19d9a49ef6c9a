#pragma once

#include "core/domain/Result.h"
#include "core/interchange/CsvSheetReader.h"
#include "core/interchange/SheetTable.h"

#include <QStringList>

namespace waymark {

// A spreadsheet file, whichever kind it is: told by its first bytes, not its name, so that a
// workbook saved as .csv, or an old binary .xls, is read or refused for what it is.
class SheetFile {
public:
    enum class Kind { Missing, Workbook, OldWorkbook, Text };
    static Kind kindOf(const QString& path);
    // A workbook's sheets; none for a CSV file.
    static Result<QStringList> sheetNames(const QString& path);
    // A workbook's sheet (the first when `sheet` is empty), or a CSV file read with `options`.
    static Result<SheetTable> read(const QString& path, const QString& sheet, const CsvReadOptions& options,
                                   CsvReadOptions* used = nullptr);
};

} // namespace waymark
