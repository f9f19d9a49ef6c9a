#include "tests/reliability/TestSettings.h"

#include <QtGlobal>

#include <iostream>

namespace waymark::reliability {

std::uint32_t TestSettings::seed() {
    bool ok = false;
    const std::uint32_t given = qEnvironmentVariable("WAYMARK_RELIABILITY_SEED").toUInt(&ok);
    return ok ? given : std::random_device{}();
}

int TestSettings::cycles(int usual) {
    bool ok = false;
    const int given = qEnvironmentVariableIntValue("WAYMARK_RELIABILITY_CYCLES", &ok);
    return ok && given > 0 ? given : usual;
}

std::mt19937 TestSettings::generator(const char* testName) {
    const std::uint32_t s = seed();
    std::cout << testName << ": WAYMARK_RELIABILITY_SEED=" << s << std::endl;
    return std::mt19937(s);
}

} // namespace waymark::reliability
