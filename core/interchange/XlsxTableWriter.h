#pragma once

#include "core/domain/Result.h"
#include "core/reports/ReturnTable.h"

namespace waymark {

// A return as an Excel workbook through libxlsxwriter: the facts at the top, the table with
// numbers as numbers (shown to their places), and the footnotes beneath.
class XlsxTableWriter {
public:
    // Written whole or not at all: the workbook is made beside the file and moved into place.
    static Status write(const ReturnTable& table, const QString& path);
};

} // namespace waymark
