#include "core/services/SupportPeriodService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/RecordConversion.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/StaffRepository.h"
#include "core/storage/SupportPeriodRepository.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString trPeriod(const char* text)
{
    return QCoreApplication::translate("SupportPeriodService", text);
}

Error problem(FieldProblems& problems, const char* field, const QString& message)
{
    problems = {FieldProblem{QString::fromLatin1(field), message, FieldProblem::Severity::Error}};
    return fieldRefusal(problems);
}

} // namespace

SupportPeriodService::SupportPeriodService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<SupportPeriod> SupportPeriodService::openPeriod(const QString& periodId)
{
    Result<std::optional<SupportPeriod>> found = SupportPeriodRepository(m_context.database).find(periodId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "The support period is no longer on record.")),
                     {}};
    if ((*found)->endDate.isValid())
        return Error{
            trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "This support period ended on %1; it can no longer "
                                                               "be changed."))
                .arg(LocalTime::formatDate((*found)->endDate)),
            {}};
    return **found;
}

Status SupportPeriodService::write(const SupportPeriod& period, const QVector<OutcomeRecord>& outcomes)
{
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (Status s = writer.save(QStringLiteral("support_periods"), period.id, RecordValues::of(period)); !s)
            return s;
        for (const OutcomeRecord& o : outcomes) {
            // The same id as an import of this (period, code) pair would give.
            const QString id = RecordConversion::derivedId(
                QStringLiteral("outcomes/%1/%2").arg(o.supportPeriodId, o.code));
            if (Status s = writer.save(QStringLiteral("outcomes"), id, RecordValues::of(o)); !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written;
    emit m_context.notifier.serviceUserChanged(period.serviceUserId);
    return {};
}

Status SupportPeriodService::changeKeyWorker(const QString& periodId, const QString& staffId)
{
    m_problems.clear();
    Result<SupportPeriod> period = openPeriod(periodId);
    if (!period)
        return period.error();
    Result<QVector<Staff>> staff = StaffRepository(m_context.database).all();
    if (!staff)
        return staff.error();
    const auto found = std::find_if(staff->begin(), staff->end(),
                                    [&](const Staff& s) { return s.id == staffId; });
    if (found == staff->end() || !found->active)
        return problem(
            m_problems, "key_worker_id",
            trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "Choose a key worker who is on the staff list.")));
    SupportPeriod changed = period.value();
    changed.keyWorkerId = staffId;
    return write(changed);
}

Status SupportPeriodService::extend(const QString& periodId, const QDate& until,
                                    const QString& agreedWith, const QString& reason)
{
    m_problems.clear();
    Result<SupportPeriod> period = openPeriod(periodId);
    if (!period)
        return period.error();
    Result<std::optional<Contract>> contract = ContractRepository(m_context.database).find(period->contractId);
    if (!contract)
        return contract.error();
    m_problems = RecordChecks::extension(period.value(), contract->value_or(Contract{}), until, agreedWith, reason);
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    SupportPeriod changed = period.value();
    changed.extensionUntil = until;
    changed.extensionAgreedWith = agreedWith.trimmed();
    changed.extensionReason = reason.trimmed();
    return write(changed);
}

Result<QString> SupportPeriodService::recordWithdrawalReview(WithdrawalReview review)
{
    m_problems.clear();
    Result<SupportPeriod> period = openPeriod(review.supportPeriodId);
    if (!period)
        return period.error();
    const QDate today = LocalTime::londonDate(m_context.clock.now());
    if (!review.heldOn.isValid() || review.heldOn > today)
        m_problems << FieldProblem{
            QStringLiteral("held_on"),
            trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "Enter the date of the review (today or earlier)."))};
    else if (review.heldOn < period->startDate)
        m_problems << FieldProblem{
            QStringLiteral("held_on"),
            trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "The review cannot be before support started."))};
    if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::WithdrawalDecision)).contains(review.decision))
        m_problems << FieldProblem{
            QStringLiteral("decision"),
            trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "Choose whether support continues or is withdrawn."))};
    if (review.decidedBy.trimmed().isEmpty())
        m_problems << FieldProblem{QStringLiteral("decided_by"),
                                   trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "Say who made the decision."))};
    if (review.reason.trimmed().isEmpty())
        m_problems << FieldProblem{
            QStringLiteral("reason"),
            trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "Give the reason for the decision."))};
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    if (review.id.isEmpty())
        review.id = RecordWriter::newId();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&] {
        return writer.save(QStringLiteral("withdrawal_reviews"), review.id, RecordValues::of(review));
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged(period->serviceUserId);
    return review.id;
}

Status SupportPeriodService::recordOutcomes(const QString& periodId, const QVector<OutcomeRecord>& outcomes)
{
    m_problems.clear();
    Result<std::optional<SupportPeriod>> found = SupportPeriodRepository(m_context.database).find(periodId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "The support period is no longer on record.")),
                     {}};
    QVector<OutcomeRecord> checked;
    for (OutcomeRecord o : outcomes) {
        if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::OutcomeCode)).contains(o.code))
            return problem(m_problems, "outcomes",
                           trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "%1 is not an Outcomes Framework code."))
                               .arg(o.code));
        o.supportPeriodId = periodId;
        // An outcome cannot be achieved where no need was identified.
        if (o.needIdentified != true)
            o.achieved.reset();
        checked << o;
    }
    return write(**found, checked);
}

Status SupportPeriodService::close(const QString& periodId, const Closure& closure)
{
    m_problems.clear();
    Result<SupportPeriod> period = openPeriod(periodId);
    if (!period)
        return period.error();
    SupportPeriod closed = period.value();
    closed.endDate = closure.endDate;
    closed.endReason = closure.endReason;
    closed.plannedDeparture = closure.plannedDeparture;
    closed.exitAccommodation = closure.exitAccommodation;
    closed.onwardReferral = closure.onwardReferral.trimmed();
    m_problems = RecordChecks::closure(closed, closure.stillVulnerable, LocalTime::londonDate(m_context.clock.now()));
    QVector<OutcomeRecord> outcomes;
    for (OutcomeRecord o : closure.outcomes) {
        if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::OutcomeCode)).contains(o.code)) {
            m_problems << FieldProblem{
                QStringLiteral("outcomes"),
                trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "%1 is not an Outcomes Framework code."))
                    .arg(o.code)};
            continue;
        }
        o.supportPeriodId = periodId;
        if (o.needIdentified != true)
            o.achieved.reset();
        else if (!o.achieved)
            m_problems << FieldProblem{
                QStringLiteral("outcomes"),
                trPeriod(QT_TRANSLATE_NOOP("SupportPeriodService", "Say whether the need %1 was achieved."))
                    .arg(o.code)};
        outcomes << o;
    }
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    return write(closed, outcomes);
}

} // namespace waymark
