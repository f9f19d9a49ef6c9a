#pragma once

#include "core/domain/Contract.h"
#include "core/domain/Result.h"
#include "core/reports/ReturnTable.h"

class QWidget;

namespace waymark {

// A return as a file, the one place that knows the three kinds: .pdf (the A4 form), .xlsx and
// .csv. The Reports screen and the command line both write through it.
namespace ReturnFiles {

// Written as `format` says ("pdf", "xlsx", "csv"), or when it is empty as the file's extension
// says; refused for any other.
Status write(const ReturnTable& table, const Contract& contract, const QString& periodLabel, const QString& path,
             const QString& format = {});
// Asks where to save, starting in the folder last used for returns; empty when cancelled.
QString askWhere(QWidget* parent, const QString& title, const QString& fileStem, const QString& suffix);

} // namespace ReturnFiles
} // namespace waymark
