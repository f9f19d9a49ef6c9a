#pragma once

#include <QString>

namespace waymark::reliability {

// The programs the reliability tests run as separate processes, built beside them (their paths
// come from CMake).
struct Programs {
    static QString writer() { return QStringLiteral(WAYMARK_RELIABILITY_WRITER); }
    static QString cli() { return QStringLiteral(WAYMARK_CLI); }
};

} // namespace waymark::reliability
