#pragma once

#include "core/domain/CaseNote.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class NoteRepository : public Repository {
public:
    using Repository::Repository;

    // A person's case notes, the latest first.
    Result<QVector<CaseNote>> forServiceUser(const QString& serviceUserId) const;
    Result<std::optional<CaseNote>> find(const QString& id) const;
};

} // namespace waymark
