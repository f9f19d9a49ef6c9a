#pragma once

#include <QString>

#include <cstdint>
#include <random>

namespace waymark::reliability {

// What a run of the reliability tests may be told from outside, so that a failure can be
// replayed and a longer soak run without a rebuild:
//   WAYMARK_RELIABILITY_SEED=N    the random delays of a failed run again (each test prints its
//   seed) WAYMARK_RELIABILITY_CYCLES=N  N kill cycles per test instead of the CI's few dozen
class TestSettings {
public:
    static std::uint32_t seed();
    static int cycles(int usual);
    // A generator seeded with seed(), and the seed said on standard output with the test's name.
    static std::mt19937 generator(const char* testName);
};

} // namespace waymark::reliability
