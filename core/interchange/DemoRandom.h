#pragma once

#include <QtGlobal>

namespace waymark {

// splitmix64: small, fast and the same on every compiler and platform, which the standard
// library's distributions are not. Generated caseloads (the demo, the benchmark's) must be
// byte-identical wherever they are built. Each stream is independent of the others, so that one
// person's or record's draws never shift another's.
class DemoRandom {
public:
    DemoRandom(quint32 seed, quint64 stream)
        : m_state(mix(mix(quint64(seed) + 0x9E3779B97F4A7C15ULL) ^
                      (stream * 0xD1B54A32D192ED03ULL + 0x632BE59BD9B4E019ULL)))
    {
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // 0 .. n-1 (the modulo bias is far below anything a demo could show).
    // Takes qint64 so container sizes need no cast; the result always fits the caller's int.
    int below(qint64 n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    // low .. high, both included.
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state;
};

} // namespace waymark
