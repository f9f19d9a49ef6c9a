#pragma once

#include "core/domain/CaseloadEntry.h"
#include "core/storage/Repository.h"

namespace waymark {

// The Caseload list: every person with their current support period (the open one with the
// latest start, else the most recent), its contract and key worker, and the next booked
// appointment after `now`.
class CaseloadRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<CaseloadEntry>> entries(const QDateTime& now) const;
};

} // namespace waymark
