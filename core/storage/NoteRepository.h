#pragma once

#include "core/domain/CaseNote.h"
#include "core/storage/Repository.h"

namespace waymark {

class NoteRepository : public Repository {
public:
    using Repository::Repository;

    // A person's case notes, the latest first.
    Result<QVector<CaseNote>> forServiceUser(const QString& serviceUserId) const;
};

} // namespace waymark
