#include "core/storage/ServiceUserRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

ServiceUser toServiceUser(const SqlRow& q)
{
    using namespace SqlValues;
    ServiceUser s;
    s.id = text(q, "id");
    s.givenName = text(q, "given_name");
    s.familyName = text(q, "family_name");
    s.preferredName = text(q, "preferred_name");
    s.dateOfBirth = date(q, "date_of_birth");
    s.gender = text(q, "gender");
    s.ethnicity = text(q, "ethnicity");
    s.religion = text(q, "religion");
    s.sexualOrientation = text(q, "sexual_orientation");
    s.disability = text(q, "disability");
    s.firstLanguage = text(q, "first_language");
    s.interpreterNeeded = flag(q, "interpreter_needed");
    s.address = text(q, "address");
    s.postcode = text(q, "postcode");
    s.phone = text(q, "phone");
    s.nhsNumber = text(q, "nhs_number");
    s.gpRegistered = text(q, "gp_registered");
    s.gpPractice = text(q, "gp_practice");
    s.cpa = text(q, "cpa");
    s.tenure = text(q, "tenure");
    return s;
}

} // namespace

Result<std::optional<ServiceUser>> ServiceUserRepository::find(const QString& id) const
{
    return fetchOne<ServiceUser>(QStringLiteral("SELECT * FROM service_users WHERE deleted = 0 AND id = ?"), {id},
                                 toServiceUser);
}

Result<QVector<ServiceUser>> ServiceUserRepository::findMany(const QStringList& ids) const
{
    QVector<ServiceUser> found;
    if (Status read = forEachRowIn(QStringLiteral("SELECT * FROM service_users WHERE deleted = 0 AND id IN (%1)"), ids,
                                   {}, [&found](const SqlRow& row) { found << toServiceUser(row); });
        !read)
        return read.error();
    return found;
}

Result<QVector<ServiceUser>> ServiceUserRepository::all() const
{
    return fetch<ServiceUser>(QStringLiteral("SELECT * FROM service_users WHERE deleted = 0 ORDER BY "
                                             "family_name, given_name, id"),
                              {}, toServiceUser);
}

Result<QVector<PersonChoice>> ServiceUserRepository::choices() const
{
    return fetch<PersonChoice>(
        QStringLiteral("SELECT id, given_name, family_name, preferred_name, date_of_birth FROM service_users "
                       "WHERE deleted = 0 ORDER BY family_name, given_name, id"),
        {}, [](const SqlRow& q) {
            using namespace SqlValues;
            return PersonChoice{text(q, "id"), text(q, "given_name"), text(q, "family_name"), text(q, "preferred_name"),
                                date(q, "date_of_birth")};
        });
}

Result<bool> ServiceUserRepository::isNameOnRecord(const QString& givenName, const QString& familyName) const
{
    const QString given = givenName.trimmed().toCaseFolded();
    const QString family = familyName.trimmed().toCaseFolded();
    // The candidates are found by the database's lower() (SQLite's lowers ASCII letters only;
    // the team server's, every letter), and the names are compared exactly here.
    Result<QVector<bool>> matches =
        fetch<bool>(QStringLiteral("SELECT given_name, family_name FROM service_users WHERE deleted = 0 "
                                   "AND lower(trim(family_name)) = lower(?) AND lower(trim(given_name)) = lower(?)"),
                    {familyName.trimmed(), givenName.trimmed()}, [&given, &family](const SqlRow& q) {
                        return q.value(0).toString().trimmed().toCaseFolded() == given &&
                               q.value(1).toString().trimmed().toCaseFolded() == family;
                    });
    if (!matches)
        return matches.error();
    return matches->contains(true);
}

Result<int> ServiceUserRepository::count() const
{
    Result<QVector<int>> rows = fetch<int>(QStringLiteral("SELECT COUNT(*) FROM service_users WHERE deleted = 0"), {},
                                           [](const SqlRow& q) { return q.value(0).toInt(); });
    if (!rows)
        return rows.error();
    return rows->value(0);
}

} // namespace waymark
