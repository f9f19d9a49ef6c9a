#pragma once

#include "core/storage/Repository.h"

namespace waymark {

// Facts about the database itself: the organisation's name, whether it holds demo data.
class MetaRepository : public Repository {
public:
    using Repository::Repository;

    static constexpr const char* Organisation = "organisation";
    static constexpr const char* Demo = "demo";

    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);
    bool isDemo() const;
};

} // namespace waymark
