#pragma once

#include "tests/reliability/Acknowledgements.h"

#include <QStringList>

namespace waymark::reliability {

class ReliabilityDatabase;

// What a person would check after the laptop died mid-save: the database opens and
// `waymark-cli check` finds it sound (SQLite's checks and the audit trail's chain); everything
// they were told was saved is there; and an import is all there or not there at all: its
// records, their change log and their audit entries alike.
class SurvivalCheck {
public:
    // `batchPeople`: the size of every import batch acknowledged so far.
    explicit SurvivalCheck(int batchPeople = 0);

    struct Findings {
        QStringList problems; // empty: all is well
        int referralsLost = 0;
        int importsWhole = 0;
        int importsAbsent = 0;
        int importsHalfDone = 0;
    };
    Findings run(ReliabilityDatabase& database, const Acknowledgements& acknowledged);

private:
    int m_batchPeople = 0;
    // Change log rows and audit entries of one whole batch, learned from the first one seen
    // (every batch has the same shape).
    int m_changesPerBatch = -1;
    int m_auditEntriesPerBatch = -1;
};

} // namespace waymark::reliability
