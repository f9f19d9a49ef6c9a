#pragma once

#include "core/domain/Result.h"
#include "core/interchange/SheetTable.h"

#include <QByteArray>

namespace waymark {

// Reads a CSV file (RFC 4180, parsed by libcsv) as a spreadsheet program writes one: any of the
// usual delimiters (comma, semicolon, tab, bar) and encodings (UTF-8 with or without a byte order
// mark, UTF-16 as "Unicode text", or a Windows code page such as Excel's "CSV" uses in the UK).
struct CsvReadOptions {
    char delimiter = 0;  // 0: the one that splits the first rows most evenly
    QByteArray encoding; // empty: told from a byte order mark, else UTF-8 if it is, else windows-1252
};

class CsvSheetReader {
public:
    using Options = CsvReadOptions;
    // `used` is given the delimiter and encoding that were used (guessed or as asked).
    static Result<SheetTable> read(const QByteArray& bytes, const QString& name, const Options& options = Options(),
                                   Options* used = nullptr);
    static Result<SheetTable> readFile(const QString& path, const Options& options = Options(),
                                       Options* used = nullptr);
    // The delimiters offered, in the order they are tried.
    static QByteArray delimiters() { return QByteArrayLiteral(",;\t|"); }
};

} // namespace waymark
