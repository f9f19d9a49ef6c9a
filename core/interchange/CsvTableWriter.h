#pragma once

#include "core/domain/Result.h"
#include "core/reports/ReturnTable.h"

#include <QByteArray>

namespace waymark {

// A return as CSV (RFC 4180, UTF-8, CRLF line ends), quoted by libcsv: the header row and
// one line per row, so a spreadsheet or another tool reads the figures without the prose.
class CsvTableWriter {
public:
    static QByteArray toCsv(const ReturnTable& table);
    // Written whole or not at all (a half-written file never replaces a good one).
    static Status write(const ReturnTable& table, const QString& path);
};

} // namespace waymark
