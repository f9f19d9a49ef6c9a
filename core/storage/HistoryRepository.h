#pragma once

#include "core/domain/ChangeEntry.h"
#include "core/storage/Repository.h"

namespace waymark {

// Reads the change log: who changed what and when.
class HistoryRepository : public Repository {
public:
    using Repository::Repository;

    // Every change to a person's records (deleted ones included), the latest first.
    Result<QVector<ChangeEntry>> forServiceUser(const QString& serviceUserId) const;
    // Every change to one record.
    Result<QVector<ChangeEntry>> forRecord(const QString& recordId) const;
};

} // namespace waymark
