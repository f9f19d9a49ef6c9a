#include "core/services/AppointmentService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/WeeklyHours.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/AppointmentRepository.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/SupportPeriodRepository.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("AppointmentService", text);
}

} // namespace

AppointmentService::AppointmentService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<AppointmentService::CapCheck> AppointmentService::checkCap(const Appointment& appointment) const
{
    Result<std::optional<SupportPeriod>> period =
        SupportPeriodRepository(m_context.database).find(appointment.supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{t(QT_TRANSLATE_NOOP("AppointmentService", "The support period is no longer on record.")), {}};
    Result<std::optional<Contract>> contract = ContractRepository(m_context.database).find((*period)->contractId);
    if (!contract)
        return contract.error();
    Result<QVector<Appointment>> existing =
        AppointmentRepository(m_context.database).forSupportPeriod(appointment.supportPeriodId);
    if (!existing)
        return existing.error();
    const Contract c = contract->value_or(Contract{});
    QVector<Appointment> week;
    for (const Appointment& a : existing.value())
        if (a.id != appointment.id)
            week << a;
    if (WeeklyHours::countsAgainstCap(appointment))
        week << appointment;
    CapCheck check;
    check.weekMinutes = WeeklyHours::plannedMinutesInWeek(
        week, WeeklyHours::weekStart(LocalTime::londonDate(appointment.startsAt)));
    check.capHours = c.weeklyHoursCap.value_or(0);
    check.needsReason = WeeklyHours::bookingNeedsReason(existing.value(), appointment, c);
    return check;
}

Result<QString> AppointmentService::save(Appointment appointment)
{
    m_problems.clear();
    if (!appointment.startsAt.isValid())
        m_problems << FieldProblem{QStringLiteral("starts_at"), t(QT_TRANSLATE_NOOP("AppointmentService", "Enter when the appointment starts."))};
    if (appointment.durationMinutes < 1 || appointment.durationMinutes > 720)
        m_problems << FieldProblem{QStringLiteral("duration_minutes"),
                                   t(QT_TRANSLATE_NOOP("AppointmentService", "An appointment lasts from 1 minute to 12 hours."))};
    if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::AppointmentKind)).contains(appointment.kind))
        m_problems << FieldProblem{QStringLiteral("kind"), t(QT_TRANSLATE_NOOP("AppointmentService", "Choose the kind of appointment."))};
    if (appointment.status.isEmpty())
        appointment.status = QStringLiteral("planned");
    if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::AppointmentStatus)).contains(appointment.status))
        m_problems << FieldProblem{QStringLiteral("status"), t(QT_TRANSLATE_NOOP("AppointmentService", "Choose what happened."))};
    if (appointment.staffId.isEmpty())
        m_problems << FieldProblem{QStringLiteral("staff_id"), t(QT_TRANSLATE_NOOP("AppointmentService", "Choose who the appointment is with."))};
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);

    Result<CapCheck> cap = checkCap(appointment);
    if (!cap)
        return cap.error();
    if (cap->needsReason && appointment.overCapReason.trimmed().isEmpty()) {
        m_problems << FieldProblem{QStringLiteral("over_cap_reason"),
                                   t(QT_TRANSLATE_NOOP("AppointmentService", "This takes the week to %1 hours, over the contract's %2 hours a "
                                                       "week: give the reason to go ahead."))
                                       .arg(cap->weekMinutes / 60.0, 0, 'f', 1)
                                       .arg(cap->capHours, 0, 'f', 1)};
        return fieldRefusal(m_problems);
    }
    if (!cap->needsReason)
        appointment.overCapReason.clear();
    appointment.overCapReason = appointment.overCapReason.trimmed();
    if (appointment.id.isEmpty())
        appointment.id = RecordWriter::newId();
    Result<std::optional<SupportPeriod>> period =
        SupportPeriodRepository(m_context.database).find(appointment.supportPeriodId);
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&] {
        return writer.save(QStringLiteral("appointments"), appointment.id, RecordValues::of(appointment));
    });
    if (!written)
        return written.error();
    if (period && period->has_value())
        emit m_context.notifier.serviceUserChanged((*period)->serviceUserId);
    return appointment.id;
}

Status AppointmentService::setStatus(const QString& appointmentId, const QString& status)
{
    m_problems.clear();
    Result<std::optional<Appointment>> found = AppointmentRepository(m_context.database).find(appointmentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{t(QT_TRANSLATE_NOOP("AppointmentService", "The appointment is no longer on record.")), {}};
    Appointment appointment = **found;
    appointment.status = status;
    Result<QString> saved = save(appointment);
    return saved ? Status() : Status(saved.error());
}

} // namespace waymark
