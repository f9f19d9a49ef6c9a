#include "tests/reliability/SurvivalCheck.h"

#include "tests/reliability/ImportBatch.h"
#include "tests/reliability/ReliabilityDatabase.h"

namespace waymark::reliability {

SurvivalCheck::SurvivalCheck(int batchPeople)
    : m_batchPeople(batchPeople) {}

SurvivalCheck::Findings SurvivalCheck::run(ReliabilityDatabase& database,
                                           const Acknowledgements& acknowledged) {
    Findings found;
    // First the command line, as the first program to open the file after the crash: it
    // recovers the write-ahead log and must find the file sound.
    const ReliabilityDatabase::CheckOutcome checked = database.check();
    if (!checked.sound)
        found.problems << QStringLiteral("waymark-cli check: %1").arg(checked.output);

    Result<std::unique_ptr<Database>> opened = database.open();
    if (!opened) {
        found.problems
            << QStringLiteral("the database does not open: %1").arg(opened.error().message);
        return found;
    }
    Database& db = *opened.value();

    if (!acknowledged.referrals().isEmpty()) {
        const Result<QSet<QString>> referrals = ReliabilityDatabase::referralIds(db);
        const Result<QSet<QString>> people = ReliabilityDatabase::serviceUserIds(db);
        if (!referrals || !people) {
            found.problems << QStringLiteral("referrals or people cannot be read");
            return found;
        }
        for (const Acknowledgements::AcknowledgedReferral& ack : acknowledged.referrals()) {
            if (referrals->contains(ack.referralId) && people->contains(ack.serviceUserId))
                continue;
            ++found.referralsLost;
            found.problems << QStringLiteral("acknowledged referral %1 (person %2) is missing")
                                  .arg(ack.referralId, ack.serviceUserId.isEmpty()
                                                           ? QStringLiteral("?")
                                                           : ack.serviceUserId);
        }
    }

    for (const QString& name : acknowledged.importsBegun()) {
        const ImportBatch batch(name, m_batchPeople);
        int rows = 0;
        for (const QString& table : ImportBatch::tables()) {
            const Result<int> n = ReliabilityDatabase::rowsMatching(db, table, batch.idPattern());
            rows += n ? n.value() : 0;
        }
        const Result<int> changes =
            ReliabilityDatabase::changeLogRowsMatching(db, batch.idPattern());
        const Result<int> entries =
            ReliabilityDatabase::auditEntriesMatching(db, batch.idPattern());
        if (!changes || !entries) {
            found.problems << QStringLiteral("the change log or audit trail cannot be read");
            return found;
        }
        const bool acked = acknowledged.isAcknowledged(name);
        if (acked && acknowledged.recordsOf(name) != batch.recordCount())
            found.problems << QStringLiteral("import %1 reported %2 records, not %3")
                                  .arg(name)
                                  .arg(acknowledged.recordsOf(name))
                                  .arg(batch.recordCount());
        if (rows == 0 && changes.value() == 0 && entries.value() == 0) {
            ++found.importsAbsent;
            if (acked)
                found.problems << QStringLiteral("acknowledged import %1 is missing").arg(name);
            continue;
        }
        if (m_changesPerBatch < 0 && rows == batch.recordCount()) {
            m_changesPerBatch = changes.value();
            m_auditEntriesPerBatch = entries.value();
        }
        if (rows == batch.recordCount() && changes.value() == m_changesPerBatch &&
            entries.value() == m_auditEntriesPerBatch) {
            ++found.importsWhole;
            continue;
        }
        ++found.importsHalfDone;
        found.problems << QStringLiteral("import %1%2 is half there: %3 of %4 records, %5 of %6 "
                                         "change log rows, %7 of %8 "
                                         "audit entries")
                              .arg(name, acked ? QStringLiteral(" (acknowledged)") : QString())
                              .arg(rows)
                              .arg(batch.recordCount())
                              .arg(changes.value())
                              .arg(m_changesPerBatch)
                              .arg(entries.value())
                              .arg(m_auditEntriesPerBatch);
    }
    return found;
}

} // namespace waymark::reliability
