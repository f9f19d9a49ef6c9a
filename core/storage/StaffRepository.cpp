#include "core/storage/StaffRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

Staff toStaff(const SqlRow& q)
{
    using namespace SqlValues;
    return Staff{text(q, "id"), text(q, "name"), text(q, "role"), flag(q, "active").value_or(true)};
}

} // namespace

Result<QVector<Staff>> StaffRepository::all() const
{
    return fetch<Staff>(
        QStringLiteral("SELECT id, name, role, active FROM staff WHERE deleted = 0 ORDER BY name"),
        {}, toStaff);
}

Result<std::optional<Staff>> StaffRepository::find(const QString& id) const
{
    return fetchOne<Staff>(QStringLiteral("SELECT id, name, role, active FROM staff WHERE deleted = 0 AND id = ?"),
                           {id}, toStaff);
}

} // namespace waymark
