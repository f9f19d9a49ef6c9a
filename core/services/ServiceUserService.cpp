#include "core/services/ServiceUserService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/rules/IdentityChecks.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"

namespace waymark {

ServiceUserService::ServiceUserService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<QString> ServiceUserService::save(ServiceUser person, std::optional<int> minimumAge)
{
    m_problems = RecordChecks::serviceUser(person, LocalTime::londonDate(m_context.clock.now()),
                                           minimumAge);
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    if (person.id.isEmpty())
        person.id = RecordWriter::newId();
    person.givenName = person.givenName.trimmed();
    person.familyName = person.familyName.trimmed();
    person.preferredName = person.preferredName.trimmed();
    person.postcode = IdentityChecks::normalisedUkPostcode(person.postcode.trimmed());
    if (!person.nhsNumber.trimmed().isEmpty())
        person.nhsNumber = IdentityChecks::normalisedNhsNumber(person.nhsNumber);
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&] {
        return writer.save(QStringLiteral("service_users"), person.id, RecordValues::of(person));
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged(person.id);
    return person.id;
}

} // namespace waymark
