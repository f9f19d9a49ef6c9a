#pragma once

#include <QMap>
#include <QString>

namespace waymark {

// What an import did: records new, changed and already as given, per list.
struct ImportSummary {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QMap<QString, int> recordsPerList;

    int total() const { return inserted + updated + unchanged; }
};

} // namespace waymark
