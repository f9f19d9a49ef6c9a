#pragma once

#include "core/domain/PersonChoice.h"
#include "core/domain/ServiceUser.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class ServiceUserRepository : public Repository {
public:
    using Repository::Repository;

    Result<std::optional<ServiceUser>> find(const QString& id) const;
    // These people (those on record and not deleted), asked a few hundred to a statement.
    Result<QVector<ServiceUser>> findMany(const QStringList& ids) const;
    Result<int> count() const;
    // Everyone on record, by family name then given name.
    Result<QVector<ServiceUser>> all() const;
    // Everyone on record as a list to pick from shows them, by family name then given name:
    // five columns instead of the whole record (a tenth of the time at 50,000 people).
    Result<QVector<PersonChoice>> choices() const;
    // Whether someone on record has this given and family name, ignoring case and the spaces
    // around each: asked before a walk-in is added as someone new. Found from the names' index,
    // not by reading everyone (a second at 50,000 people).
    Result<bool> isNameOnRecord(const QString& givenName, const QString& familyName) const;
};

} // namespace waymark
