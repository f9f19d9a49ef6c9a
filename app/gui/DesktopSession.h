#pragma once

#include "core/storage/Database.h"

#include <QString>

namespace waymark {

// One sitting of the desktop app with one database: signing in, the window, and the backup
// taken as it closes. File, Open another database ends it with the next place to open, so that
// main() starts a new sitting there with nothing of this one left behind.
class DesktopSession {
public:
    // `path`: a file or a team server's address. `chosen`: picked in the open dialog, so
    // remembered as the place to open next time once it has opened.
    DesktopSession(QString path, Database::Options options, bool chosen);

    // Runs the sitting to its end; the app's exit status.
    int run();
    // Where to go next: empty to quit.
    const QString& next() const { return m_next; }

private:
    // Says why the database did not open and offers the open dialog; false to quit.
    bool offerAnother(const QString& title, const QString& message);
    // The open dialog, from where this sitting is; false when cancelled.
    bool chooseAnother();

    QString m_path;
    Database::Options m_options;
    bool m_chosen;
    QString m_next;
};

} // namespace waymark
