#pragma once

#include "core/domain/DeletedRecord.h"
#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"

#include <QVector>

namespace waymark {

// Deleting a record entered by mistake, and the administrator's Deleted records: nothing is
// erased, a deleted record only leaves every list and return, keeps its history, and comes back
// as it was when the administrator restores it. Both are in the audit trail.
class DeletedRecordService {
public:
    explicit DeletedRecordService(ServiceContext context);

    // What a person may delete from a record, having entered it by mistake: a hospital stay, a
    // complaint, an incident. The rest is corrected (a note by a new note, an appointment by
    // cancelling it, a plan by a review), so that what happened stays readable.
    static bool deletable(const QString& list);
    // A team leader or the administrator deletes any; a key worker those of their own caseload.
    Status remove(const QString& list, const QString& id);

    // The administrator's: every deleted record, newest first.
    Result<QVector<DeletedRecord>> deleted() const;
    // Refused while what it hangs from (the person, their support period or plan) is deleted:
    // that comes back first.
    Status restore(const QString& list, const QString& id);

private:
    ServiceContext m_context;
};

} // namespace waymark
