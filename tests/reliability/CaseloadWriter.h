#pragma once

#include "core/domain/Result.h"

#include <QString>

namespace waymark::reliability {

// The writer that the reliability tests kill, crowd and starve of disk: it writes casework
// through the app's own services (or its importer) and says so on standard output, one line
// after each commit has returned, so that whatever it said was acknowledged to the person at
// the keyboard and must survive anything that happens next.
//
// Lines on standard output:
//   ready                            the database is open (and signed in to)
//   ack referral REFERRAL_ID PERSON_ID
//   begin import BATCH               an import of BATCH is about to start
//   ack import BATCH RECORDS         it is committed
//   done                             every write asked for was made
class CaseloadWriter {
public:
    enum class Mode { Referrals, Imports };

    struct Options {
        QString databasePath;
        QString user;       // empty: the administrator `init` made
        QString passphrase; // empty: a plain database
        Mode mode = Mode::Referrals;
        int count = 1000;     // writes (referrals or imports) before "done"
        int batchPeople = 40; // people in each import
        QString prefix;       // names the import batches, unique per writer
        int busyTimeoutMs = 5000;
    };

    explicit CaseloadWriter(Options options);

    // Runs until `count` writes are made, or the first that fails (its message returned).
    Status run();

private:
    Options m_options;
};

} // namespace waymark::reliability
