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

    // For bench/run's start figures: sign in as `user` with `passphrase` instead of asking,
    // open on the Caseload page, and once it is on screen print one line, "started
    // key_derivation_ms=N resident_kb=N", and end the sitting (without the backup taken on
    // closing).
    void measureStart(QString user, QString passphrase);

    // Runs the sitting to its end; the app's exit status.
    int run();
    // Where to go next: empty to quit.
    const QString& next() const { return m_next; }

private:
    // Says why the database did not open and offers the open dialog; false to quit.
    bool offerAnother(const QString& title, const QString& message);
    // The open dialog, from where this sitting is; false when cancelled.
    bool chooseAnother();

    // The line measureStart() asks for, on standard output.
    void reportStarted() const;

    QString m_path;
    Database::Options m_options;
    bool m_chosen;
    QString m_next;
    bool m_measuring = false;
    QString m_measureUser;
    QString m_measurePassphrase;
    qint64 m_keyDerivationMs = 0;
};

} // namespace waymark
