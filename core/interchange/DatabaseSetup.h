#pragma once

#include "core/domain/Result.h"
#include "core/interchange/ImportSummary.h"

#include <QDate>

namespace waymark {

class Clock;
class Database;
struct DemoOptions;

// What `waymark-cli init` and `demo` do, through the importer like any other data.
namespace DatabaseSetup {

// The two seed contracts and the generic wellbeing star (resources/data/init.json); running it
// again changes nothing.
Result<ImportSummary> initialise(Database& database, const Clock& clock,
                                 const QString& organisation = {});

// A fictional, deterministic caseload; marks the database as holding demo data.
Result<ImportSummary> loadDemo(Database& database, const Clock& clock, const DemoOptions& options);

} // namespace DatabaseSetup
} // namespace waymark
