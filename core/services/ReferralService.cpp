#include "core/services/ReferralService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/rules/AccessPolicy.h"
#include "core/rules/IdentityChecks.h"
#include "core/rules/RecordChecks.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/ReferralRepository.h"
#include "core/storage/SupportPeriodRepository.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString trReferral(const char* text)
{
    return QCoreApplication::translate("ReferralService", text);
}

} // namespace

ReferralService::ReferralService(ServiceContext context)
    : m_context(std::move(context))
{
}

Error ReferralService::refused(FieldProblems problems)
{
    m_problems = std::move(problems);
    return fieldRefusal(m_problems);
}

Result<QString> ReferralService::record(const ServiceUser& given, Referral referral)
{
    m_problems.clear();
    const QDateTime now = m_context.clock.now();
    ServiceUser person = given;
    const bool newPerson = person.id.isEmpty();
    if (newPerson)
        person.id = RecordWriter::newId();
    referral.serviceUserId = person.id;
    if (referral.id.isEmpty())
        referral.id = RecordWriter::newId();
    if (referral.decision.isEmpty())
        referral.decision = QStringLiteral("pending");

    FieldProblems problems = RecordChecks::referral(referral, now);
    if (newPerson)
        problems += RecordChecks::serviceUser(person, LocalTime::londonDate(now));
    if (hasErrors(problems))
        return refused(problems);

    if (newPerson) {
        person.postcode = IdentityChecks::normalisedUkPostcode(person.postcode);
        if (!person.nhsNumber.isEmpty())
            person.nhsNumber = IdentityChecks::normalisedNhsNumber(person.nhsNumber);
    }
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (newPerson) {
            if (Status s = writer.save(QStringLiteral("service_users"), person.id, RecordValues::of(person)); !s)
                return s;
        }
        return writer.save(QStringLiteral("referrals"), referral.id, RecordValues::of(referral));
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged(person.id);
    return referral.id;
}

Result<Referral> ReferralService::stored(const QString& referralId) const
{
    Result<std::optional<Referral>> found = ReferralRepository(m_context.database).find(referralId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{trReferral(QT_TRANSLATE_NOOP("ReferralService", "The referral is no longer on record.")), {}};
    return **found;
}

QString ReferralService::caseloadScope() const
{
    return AccessPolicy::caseloadOf(SignedInUser{m_context.actor, m_context.staffId, m_context.role});
}

bool ReferralService::mayDecide() const
{
    return AccessPolicy::mayDecideReferrals(m_context.role);
}

Result<QString> ReferralService::decide(const QString& referralId, const Decision& decision)
{
    m_problems.clear();
    if (!mayDecide())
        return Error{AccessPolicy::refusal(QObject::tr("deciding a referral (a team leader allocates the key worker)")), {}};
    Result<Referral> found = stored(referralId);
    if (!found)
        return found.error();
    Referral referral = found.value();
    const QDateTime now = m_context.clock.now();
    const QDate today = LocalTime::londonDate(now);

    if (referral.decision == QLatin1String("accepted")) {
        Result<QVector<SupportPeriod>> periods =
            SupportPeriodRepository(m_context.database).forServiceUser(referral.serviceUserId);
        if (!periods)
            return periods.error();
        for (const SupportPeriod& p : periods.value())
            if (p.referralId == referral.id)
                return Error{trReferral(QT_TRANSLATE_NOOP("ReferralService",
                                                          "This referral was accepted and support started on %1: close "
                                                          "the support period instead."))
                                 .arg(LocalTime::formatDate(p.startDate)),
                             {}};
    }

    const FieldProblems problems = RecordChecks::triage(referral, decision.decision, decision.reason,
                                                        decision.keyWorkerId, decision.startDate, today);
    if (hasErrors(problems))
        return refused(problems);

    referral.decision = decision.decision;
    referral.decisionReason = decision.decision == QLatin1String("accepted") ? QString() : decision.reason.trimmed();
    referral.decidedOn = decision.decision == QLatin1String("pending") ? QDate() : today;

    SupportPeriod period;
    if (decision.decision == QLatin1String("accepted")) {
        period.id = RecordWriter::newId();
        period.serviceUserId = referral.serviceUserId;
        period.contractId = referral.contractId;
        period.referralId = referral.id;
        period.keyWorkerId = decision.keyWorkerId;
        period.startDate = decision.startDate;
        period.accommodationBased = decision.accommodationBased;
    }
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (Status s = writer.save(QStringLiteral("referrals"), referral.id, RecordValues::of(referral)); !s)
            return s;
        if (!period.id.isEmpty())
            return writer.save(QStringLiteral("support_periods"), period.id, RecordValues::of(period));
        return {};
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged(referral.serviceUserId);
    return period.id;
}

Status ReferralService::recordFirstContact(const QString& referralId, const QDateTime& at)
{
    m_problems.clear();
    Result<Referral> found = stored(referralId);
    if (!found)
        return found.error();
    Referral referral = found.value();
    const FieldProblems problems = RecordChecks::firstContact(referral, at, m_context.clock.now());
    if (hasErrors(problems))
        return refused(problems);
    referral.firstContactAt = at;
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction(
        [&] { return writer.save(QStringLiteral("referrals"), referral.id, RecordValues::of(referral)); });
    if (!written)
        return written;
    emit m_context.notifier.serviceUserChanged(referral.serviceUserId);
    return {};
}

} // namespace waymark
