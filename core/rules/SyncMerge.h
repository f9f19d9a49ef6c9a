#pragma once

#include "core/domain/SyncChange.h"
#include "core/domain/SyncConflict.h"

#include <QVector>

#include <optional>

namespace waymark {

// How the team server takes one change pushed by a laptop, as a pure decision: which of its
// fields are written, and which meet a change made elsewhere since the laptop's base and become
// conflicts for a person to choose. Nothing is silently overwritten:
// - a field changed only on the laptop is written; one changed elsewhere since the base to a
//   different value is a conflict, and the server's value stands until a person chooses;
// - a deletion of a record someone else has edited since is a conflict and not done;
// - an edit of a record someone else has deleted since is written (the tombstoned record keeps
//   it, so restoring it loses nothing) and is a conflict over the deletion, always;
// - a change the laptop made before it first synced (base -1, its own records joining the team's)
//   meets the server's record as it stands: every field that differs is a conflict.
class SyncMerge {
public:
    struct Outcome {
        QVariantMap written;             // the fields to write
        QVector<SyncConflict> conflicts; // mine against theirs, one per field
    };

    // A change made before the laptop first synced, based on nothing the server had.
    static constexpr qint64 BeforeJoining = -1;

    // `theirs`: the changes to the same record since mine's base from everywhere else, oldest
    // first. `current`: the record as the server has it now (for a change from before joining),
    // with updated_at and updated_by; nullopt when the server has no such record.
    static Outcome merge(const SyncChange& mine, const QVector<SyncChange>& theirs,
                         const std::optional<QVariantMap>& current);
};

} // namespace waymark
