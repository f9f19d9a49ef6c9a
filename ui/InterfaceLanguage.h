#pragma once

#include <QString>

namespace waymark {

// The language of Waymark's own windows: the system's when Waymark has it, or the one chosen in
// File, Language (kept in QSettings). It takes effect at the next start, when install() puts its
// translators (Waymark's and Qt's own, for the standard buttons) into the application. Printed
// forms choose their language separately (DocumentLanguage).
class InterfaceLanguage {
public:
    // The code chosen ("pl"); empty for the system's.
    static QString chosen();
    static void choose(const QString& code);
    // The language the windows are in now: chosen, else the system's, else English.
    static QString effective();
    // Installs the translators of effective() into the running application. Call once, after
    // the application's organisation and name are set (QSettings needs them).
    static void install();
};

} // namespace waymark
