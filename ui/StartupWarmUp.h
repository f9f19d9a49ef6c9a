#pragma once

#include <QString>

namespace waymark {

// What making the first window would otherwise stop to do, done on a pool thread from the moment
// Waymark starts, while the sign-in is asked for (issue 9): the system's fonts listed (fontconfig
// reads its settings and caches), the database's cryptography made ready (OpenSSL's settings and
// algorithms), Qt's image plugins loaded (an icon made from a file asks every one of them whether
// it reads that file: the style's pictures, such as the caseload's status, are), and the windows'
// icon read.
// All are Qt's and OpenSSL's to share between threads; whichever thread comes to one first, the
// other waits for.
class StartupWarmUp {
public:
    // `windowIcon`: the picture every window shows as its icon (QApplication::setWindowIcon),
    // given to the application on its own thread once read: a large picture takes milliseconds.
    static void begin(const QString& windowIcon);
    // What the first window would otherwise make on the application's thread when it is first
    // painted: its style, and the application's font in plain and bold with the letters and
    // figures drawn once. Called while that thread would wait: by the sign-in dialog while the
    // passphrase is typed, and, signing in without it (the start benchmark's sign-in), while the
    // key is derived on another thread.
    static void onWindowThread();
};

} // namespace waymark
