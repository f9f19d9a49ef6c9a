#include "core/storage/DeletedRecordRepository.h"

#include "core/domain/LocalTime.h"
#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

// How one list's records lead to their person, what they hang from, and what to know them by:
// SQL over the list's rows as `t`.
struct ListSpec {
    const char* list;
    const char* person;
    const char* parentTable;  // nullptr: hangs from nothing
    const char* parentColumn;
    const char* moment;       // a date or UTC date-time column, or NULL
    const char* words;        // text, or NULL
};

constexpr const char* ViaPeriod = "(SELECT p.service_user_id FROM support_periods p WHERE p.id = t.support_period_id)";
constexpr const char* ViaPlan = "(SELECT p.service_user_id FROM support_plans sp JOIN support_periods p ON p.id = "
                                "sp.support_period_id WHERE sp.id = t.support_plan_id)";

const ListSpec Specs[] = {
    {"service_users", "t.id", nullptr, nullptr, "NULL", "t.given_name || ' ' || t.family_name"},
    {"referrals", "t.service_user_id", "service_users", "service_user_id", "t.received_at", "NULL"},
    {"support_periods", "t.service_user_id", "service_users", "service_user_id", "t.start_date", "NULL"},
    {"appointments", ViaPeriod, "support_periods", "support_period_id", "t.starts_at", "NULL"},
    {"hospital_stays", "t.service_user_id", "service_users", "service_user_id", "t.admitted_on", "NULL"},
    {"star_assessments", ViaPeriod, "support_periods", "support_period_id", "t.assessed_on", "NULL"},
    {"support_plans", ViaPeriod, "support_periods", "support_period_id", "t.agreed_on", "NULL"},
    {"goals", ViaPlan, "support_plans", "support_plan_id", "t.target_date", "t.what"},
    {"reviews", ViaPlan, "support_plans", "support_plan_id", "t.held_on", "t.summary"},
    {"withdrawal_reviews", ViaPeriod, "support_periods", "support_period_id", "t.held_on", "t.reason"},
    {"x_risk_assessments", ViaPeriod, "support_periods", "support_period_id", "t.assessed_on", "NULL"},
    {"complaints", "t.service_user_id", "service_users", "service_user_id", "t.received_on", "t.summary"},
    {"incidents", "t.service_user_id", "service_users", "service_user_id", "t.occurred_on", "t.summary"},
    {"notes", ViaPeriod, "support_periods", "support_period_id", "t.written_at", "t.text"},
};

const ListSpec* specOf(const QString& list)
{
    for (const ListSpec& spec : Specs)
        if (list == QLatin1String(spec.list))
            return &spec;
    return nullptr;
}

// A date as UK dates read; a moment in London time, never UTC.
QString describeMoment(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.contains(QLatin1Char('T')))
        return LocalTime::formatDateTime(LocalTime::parseIsoDateTimeUtc(text));
    return LocalTime::formatDate(LocalTime::parseIsoDate(text));
}

} // namespace

QStringList DeletedRecordRepository::lists()
{
    QStringList out;
    for (const ListSpec& spec : Specs)
        out << QString::fromLatin1(spec.list);
    return out;
}

Result<QVector<DeletedRecord>> DeletedRecordRepository::all() const
{
    QStringList parts;
    for (const ListSpec& spec : Specs)
        parts << QStringLiteral("SELECT '%1' AS list, t.id, %2 AS person_id, t.updated_at, t.updated_by, "
                                "%3 AS moment, %4 AS words FROM %1 t WHERE t.deleted = 1")
                     .arg(QString::fromLatin1(spec.list), QString::fromLatin1(spec.person),
                          QString::fromLatin1(spec.moment), QString::fromLatin1(spec.words));
    return fetch<DeletedRecord>(
        QStringLiteral("SELECT d.*, su.given_name, su.family_name, su.preferred_name FROM (%1) d "
                       "LEFT JOIN service_users su ON su.id = d.person_id ORDER BY d.updated_at DESC, d.list, d.id")
            .arg(parts.join(QStringLiteral(" UNION ALL "))),
        {}, [](const SqlRow& q) {
            using namespace SqlValues;
            DeletedRecord r;
            r.list = text(q, "list");
            r.id = text(q, "id");
            r.serviceUserId = text(q, "person_id");
            r.givenName = text(q, "given_name");
            r.familyName = text(q, "family_name");
            r.preferredName = text(q, "preferred_name");
            r.deletedAt = dateTime(q, "updated_at");
            r.deletedBy = text(q, "updated_by");
            QString words = text(q, "words").simplified();
            if (words.size() > 60)
                words = words.left(57) + QStringLiteral("\u2026");
            const QString moment = describeMoment(text(q, "moment"));
            r.summary = moment.isEmpty() ? words : words.isEmpty() ? moment : moment + QStringLiteral(": ") + words;
            return r;
        });
}

Result<QString> DeletedRecordRepository::personOf(const QString& list, const QString& id) const
{
    const ListSpec* spec = specOf(list);
    if (!spec)
        return Error{QObject::tr("Waymark does not keep deleted records of %1.").arg(list), {}};
    Result<std::optional<QString>> person =
        fetchOne<QString>(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?")
                              .arg(QString::fromLatin1(spec->person), QString::fromLatin1(spec->list)),
                          {id}, [](const SqlRow& q) { return q.value(0).toString(); });
    if (!person)
        return person.error();
    return person->value_or(QString());
}

Result<QString> DeletedRecordRepository::deletedParentOf(const QString& list, const QString& id) const
{
    const ListSpec* spec = specOf(list);
    if (!spec)
        return Error{QObject::tr("Waymark does not keep deleted records of %1.").arg(list), {}};
    if (!spec->parentTable)
        return QString();
    Result<std::optional<QString>> parent = fetchOne<QString>(
        QStringLiteral("SELECT '%1' FROM %2 t JOIN %1 parent ON parent.id = t.%3 WHERE t.id = ? AND parent.deleted = 1")
            .arg(QString::fromLatin1(spec->parentTable), QString::fromLatin1(spec->list),
                 QString::fromLatin1(spec->parentColumn)),
        {id}, [](const SqlRow& q) { return q.value(0).toString(); });
    if (!parent)
        return parent.error();
    return parent->value_or(QString());
}

} // namespace waymark
