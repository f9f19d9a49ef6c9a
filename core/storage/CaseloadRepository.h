#pragma once

#include "core/domain/CaseloadEntry.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

// The Caseload list: every person with their current support period (the open one with the
// latest start, else the most recent), its contract and key worker, and the next booked
// appointment after `now`. A key worker's caseload is the people whose current period they hold.
class CaseloadRepository : public Repository {
public:
    using Repository::Repository;

    // Everyone, or (keyWorkerId given) only those whose current period's key worker it is.
    Result<QVector<CaseloadEntry>> entries(const QDateTime& now, const QString& keyWorkerId = {}) const;
    // The first `count` rows of entries(now) in order by name (PersonName::sortKey, ties in the
    // order entries() gives), read without working out everyone's current period: what the window
    // shows of a large team's caseload while the rest is read (a tenth of the time at 50,000).
    Result<QVector<CaseloadEntry>> firstByName(const QDateTime& now, int count) const;
    // The key worker of the person's current support period; empty when there is none.
    Result<QString> currentKeyWorker(const QString& serviceUserId) const;
    // The people whose current support period one of these key workers holds: whose records a
    // key worker's laptop may hold (AccessPolicy::mayOpenRecord).
    Result<QSet<QString>> peopleOf(const QStringList& keyWorkerIds) const;

private:
    enum class Reach { Everyone, TheseOnly };
    // Each row's next appointment booked after `now`: for everyone's (or one key worker's)
    // periods, or looked up for the rows' periods only.
    Status addNextAppointments(QVector<CaseloadEntry>& entries, const QDateTime& now, Reach reach,
                               const QString& keyWorkerId = {}) const;
    // The caseload's columns, a row per person with their current period, for the people `where`
    // (an SQL condition on su, sp) picks.
    static QString rowsWithCurrentPeriod(const QString& where);
    static CaseloadEntry entryFrom(const SqlRow& row);
    // Everyone: read as whole lists (names, periods, waiting referrals) and put together here.
    Result<QVector<CaseloadEntry>> wholeTeam() const;
    // One key worker's people, found from their periods.
    Result<QVector<CaseloadEntry>> keyWorkersPeople(const QString& keyWorkerId) const;
    // The first character of every live person's family name, in SQLite's order, found from the
    // caseload's index one search each; none where they cannot be searched for as text (see
    // the .cpp) or there are too many to be worth it.
    Result<std::optional<QStringList>> familyInitials() const;
};

} // namespace waymark
