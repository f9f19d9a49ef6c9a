#include "core/services/ConcernService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/ConcernRepository.h"

#include <QCoreApplication>

namespace waymark {

ConcernService::ConcernService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<QString> ConcernService::write(const QString& list, QString id, const QVariantMap& values,
                                      const QString& serviceUserId)
{
    if (id.isEmpty())
        id = RecordWriter::newId();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&] { return writer.save(list, id, values); });
    if (!written)
        return written.error();
    if (!serviceUserId.isEmpty())
        emit m_context.notifier.serviceUserChanged(serviceUserId);
    return id;
}

Result<QString> ConcernService::saveHospitalStay(HospitalStay stay)
{
    m_problems = RecordChecks::hospitalStay(stay, LocalTime::londonDate(m_context.clock.now()));
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    Result<QString> id = write(QStringLiteral("hospital_stays"), stay.id, RecordValues::of(stay), stay.serviceUserId);
    return id;
}

Result<QString> ConcernService::saveComplaint(Complaint complaint)
{
    m_problems = RecordChecks::complaint(complaint, LocalTime::londonDate(m_context.clock.now()));
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    complaint.summary = complaint.summary.trimmed();
    return write(QStringLiteral("complaints"), complaint.id, RecordValues::of(complaint), complaint.serviceUserId);
}

Status ConcernService::markSentToCommissioner(const QString& complaintId, const QDate& on)
{
    Result<std::optional<Complaint>> found = ConcernRepository(m_context.database).findComplaint(complaintId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QCoreApplication::translate("ConcernService", "The complaint is no longer on record."), {}};
    Complaint complaint = **found;
    complaint.sentToCommissionerOn = on;
    Result<QString> saved = saveComplaint(complaint);
    return saved ? Status() : Status(saved.error());
}

Result<QString> ConcernService::saveIncident(Incident incident)
{
    m_problems = RecordChecks::incident(incident, LocalTime::londonDate(m_context.clock.now()));
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    incident.summary = incident.summary.trimmed();
    return write(QStringLiteral("incidents"), incident.id, RecordValues::of(incident), incident.serviceUserId);
}

} // namespace waymark
