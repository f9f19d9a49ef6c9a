#pragma once

#include <QString>

namespace waymark {

// What making the first window would otherwise stop to do, done on a pool thread from the moment
// Waymark starts, while the sign-in is asked for (issue 9): the system's fonts listed (fontconfig
// reads its settings and caches), and Qt's image plugins loaded (an icon made from a file asks
// every one of them whether it reads that file: the section list's and the caseload's icons do).
// Both are Qt's to share between threads; whichever thread comes to them first waits for the other.
class StartupWarmUp {
public:
    // `imageFile`: any image the window shows, read as the icons are read.
    static void begin(const QString& imageFile);
};

} // namespace waymark
