#pragma once

#include "core/domain/DeletedRecord.h"
#include "core/storage/Repository.h"

namespace waymark {

// Deleted casework records, for the administrator's Deleted records screen, and putting one
// back. A record's own rows (a goal's tasks, a star's scores) go and come back with it, so they
// are not listed on their own.
class DeletedRecordRepository : public Repository {
public:
    using Repository::Repository;

    // Every deleted record of the lists that belong to a person, newest deletion first.
    Result<QVector<DeletedRecord>> all() const;
    // The lists all() reads, in the order a screen would name them.
    static QStringList lists();
    // The person a record of one of lists() is about (empty when it is about nobody).
    Result<QString> personOf(const QString& list, const QString& id) const;
    // What a record of `list` hangs from, when that is deleted too: "service_users",
    // "support_periods" or "support_plans" (its own tombstone must go first); empty when the
    // record can come back as it is.
    Result<QString> deletedParentOf(const QString& list, const QString& id) const;
};

} // namespace waymark
