#include "core/documents/PrintedForms.h"

#include "core/documents/FormContent.h"
#include "core/domain/Clock.h"
#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/reports/PersonStar.h"
#include "core/rules/ReviewDue.h"
#include "core/services/ComplaintsProcedureService.h"
#include "core/storage/Repositories.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("PrintedForms", text);
}

// The period a form is about: the open one, else the latest.
std::optional<SupportPeriod> currentPeriod(const QVector<SupportPeriod>& periods)
{
    for (const SupportPeriod& p : periods)
        if (p.isOpen())
            return p;
    if (periods.isEmpty())
        return std::nullopt;
    return periods.first();
}

} // namespace

PrintedForms::PrintedForms(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QStringList PrintedForms::kindNames()
{
    return {QStringLiteral("plan"),   QStringLiteral("risk"), QStringLiteral("referral"),
            QStringLiteral("letter"), QStringLiteral("star"), QStringLiteral("complaints")};
}

std::optional<PrintedForms::Kind> PrintedForms::kindNamed(const QString& name)
{
    const qsizetype i = kindNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return Kind(i);
}

template <typename Make> PrintedForm PrintedForms::inLanguage(const FormContext& c, Make make) const
{
    // Only the form is in the person's language: a refusal above is for the worker, in theirs.
    const DocumentLanguage::Scope scope(
        m_language.isEmpty() ? DocumentLanguage::forFirstLanguage(c.person.firstLanguage) : m_language);
    PrintedForm form = make();
    form.language = DocumentLanguage::current();
    form.largePrint = m_largePrint;
    return form;
}

Result<FormContext> PrintedForms::context(const QString& serviceUserId, const QString& supportPeriodId,
                                          const QString& contractId)
{
    Repositories repos(m_database);
    FormContext c;
    c.today = LocalTime::londonDate(m_clock.now());
    Result<std::optional<ServiceUser>> person = repos.serviceUsers.find(serviceUserId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "There is no service user with the id %1.")).arg(serviceUserId), {}};
    c.person = **person;
    if (Result<QString> organisation = repos.meta.value(QString::fromLatin1(MetaRepository::Organisation)))
        c.organisation = organisation.value();
    QString contract = contractId;
    if (!supportPeriodId.isEmpty()) {
        Result<std::optional<SupportPeriod>> period = repos.supportPeriods.find(supportPeriodId);
        if (!period)
            return period.error();
        if (period->has_value()) {
            c.period = **period;
            contract = c.period.contractId;
        }
    }
    Result<std::optional<Contract>> found = repos.contracts.find(contract);
    if (!found)
        return found.error();
    c.contract = found->value_or(Contract{});
    if (!c.contract.starTemplateId.isEmpty())
        if (Result<std::optional<StarTemplate>> star = repos.stars.findTemplate(c.contract.starTemplateId); star && star->has_value())
            for (const StarArea& area : (*star)->areas)
                c.starAreaNames.insert(area.key, area.name);
    if (!c.period.keyWorkerId.isEmpty())
        if (Result<QVector<Staff>> staff = repos.staff.all())
            for (const Staff& s : staff.value())
                if (s.id == c.period.keyWorkerId)
                    c.keyWorker = s.name;
    return c;
}

Result<PrintedForm> PrintedForms::build(Kind kind, const QString& serviceUserId)
{
    Repositories repos(m_database);
    Result<QVector<SupportPeriod>> periods = repos.supportPeriods.forServiceUser(serviceUserId);
    if (!periods)
        return periods.error();
    const std::optional<SupportPeriod> period = currentPeriod(periods.value());
    Result<std::optional<ServiceUser>> person = repos.serviceUsers.find(serviceUserId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "There is no service user with the id %1.")).arg(serviceUserId), {}};
    const QString name = (*person)->displayName();

    switch (kind) {
    case Kind::SupportPlan: {
        if (!period)
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "%1 has never been in support, so has no support plan.")).arg(name), {}};
        Result<QVector<SupportPlan>> plans = repos.supportPlans.plansForPeriod(period->id);
        if (!plans)
            return plans.error();
        const std::optional<SupportPlan> plan = ReviewDue::currentPlan(plans.value());
        if (!plan)
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "No support plan is written for %1 yet.")).arg(name), {}};
        Result<QVector<Goal>> goals = repos.supportPlans.goalsForPlan(plan->id);
        if (!goals)
            return goals.error();
        Result<QVector<PlanReview>> reviews = repos.supportPlans.reviewsForPlan(plan->id);
        if (!reviews)
            return reviews.error();
        Result<FormContext> c = context(serviceUserId, period->id, {});
        if (!c)
            return c.error();
        // The next review as the latest review set it, not as the plan was agreed.
        SupportPlan printed = *plan;
        if (const QDate due = ReviewDue::planReviewDue(plans.value(), reviews.value()); due.isValid())
            printed.nextReviewOn = due;
        return inLanguage(c.value(),
                          [&] { return FormContent::supportPlan(c.value(), printed, goals.value(), reviews.value()); });
    }
    case Kind::RiskAssessment: {
        Result<QVector<RiskAssessment>> assessments = repos.risks.forServiceUser(serviceUserId);
        if (!assessments)
            return assessments.error();
        if (assessments->isEmpty())
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "No risk assessment is recorded for %1 yet.")).arg(name), {}};
        const RiskAssessment& latest = assessments->first();
        Result<FormContext> c = context(serviceUserId, latest.supportPeriodId, {});
        if (!c)
            return c.error();
        return inLanguage(c.value(), [&] { return FormContent::riskAssessment(c.value(), latest); });
    }
    case Kind::ReferralSummary: {
        Result<QVector<Referral>> referrals = repos.referrals.forServiceUser(serviceUserId);
        if (!referrals)
            return referrals.error();
        if (referrals->isEmpty())
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "No referral is recorded for %1.")).arg(name), {}};
        // The latest referral received.
        Referral latest = referrals->first();
        for (const Referral& r : referrals.value())
            if (r.receivedAt > latest.receivedAt)
                latest = r;
        QString periodId;
        for (const SupportPeriod& p : periods.value())
            if (p.referralId == latest.id)
                periodId = p.id;
        Result<FormContext> c = context(serviceUserId, periodId, latest.contractId);
        if (!c)
            return c.error();
        return inLanguage(c.value(), [&] { return FormContent::referralSummary(c.value(), latest); });
    }
    case Kind::Star: {
        Result<std::optional<PersonStar>> shown = PersonStar::load(m_database, serviceUserId);
        if (!shown)
            return shown.error();
        if (!shown->has_value() || (*shown)->assessments.isEmpty())
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "No Outcome Star is recorded for %1 yet.")).arg(name), {}};
        Result<FormContext> c = context(serviceUserId, (*shown)->supportPeriodId, {});
        if (!c)
            return c.error();
        return inLanguage(c.value(),
                          [&] { return FormContent::starReport(c.value(), (*shown)->star, (*shown)->assessments); });
    }
    case Kind::AppointmentLetter: {
        Result<QVector<Appointment>> appointments = repos.appointments.forServiceUser(serviceUserId);
        if (!appointments)
            return appointments.error();
        const QDateTime now = m_clock.now();
        std::optional<Appointment> next;
        for (const Appointment& a : appointments.value())
            if (a.status == QLatin1String("planned") && a.startsAt > now && (!next || a.startsAt < next->startsAt))
                next = a;
        if (!next)
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "%1 has no appointment booked from now on to write a letter about.")).arg(name), {}};
        return appointmentLetter(next->id);
    }
    case Kind::ComplaintsProcedure: {
        Result<ComplaintsProcedure> procedure = ComplaintsProcedureService::load(m_database);
        if (!procedure)
            return procedure.error();
        if (procedure->contact.trimmed().isEmpty())
            return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "The complaints procedure has no one to contact yet: an "
                                                             "administrator sets it in Admin, Complaints procedure.")),
                         {}};
        // About the support the person has now, or had last, or was referred for.
        QString periodId = period ? period->id : QString();
        QString contractId = period ? period->contractId : QString();
        if (contractId.isEmpty())
            if (Result<QVector<Referral>> referrals = repos.referrals.forServiceUser(serviceUserId);
                referrals && !referrals->isEmpty())
                contractId = referrals->first().contractId;
        Result<FormContext> c = context(serviceUserId, periodId, contractId);
        if (!c)
            return c.error();
        return inLanguage(c.value(), [&] { return FormContent::complaintsProcedure(c.value(), procedure.value()); });
    }
    }
    return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "Unknown form.")), {}};
}

Result<PrintedForm> PrintedForms::riskAssessment(const QString& assessmentId)
{
    Result<std::optional<RiskAssessment>> found = Repositories(m_database).risks.find(assessmentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "The risk assessment is no longer on record.")), {}};
    Result<std::optional<SupportPeriod>> period = Repositories(m_database).supportPeriods.find((*found)->supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "The assessment's support period is no longer on record.")), {}};
    Result<FormContext> c = context((*period)->serviceUserId, (*period)->id, {});
    if (!c)
        return c.error();
    return inLanguage(c.value(), [&] { return FormContent::riskAssessment(c.value(), **found); });
}

Result<PrintedForm> PrintedForms::appointmentLetter(const QString& appointmentId)
{
    Repositories repos(m_database);
    Result<std::optional<Appointment>> appointment = repos.appointments.find(appointmentId);
    if (!appointment)
        return appointment.error();
    if (!appointment->has_value())
        return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "The appointment is no longer on record.")), {}};
    Result<std::optional<SupportPeriod>> period = repos.supportPeriods.find((*appointment)->supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{t(QT_TRANSLATE_NOOP("PrintedForms", "The appointment's support period is no longer on record.")), {}};
    Result<FormContext> c = context((*period)->serviceUserId, (*period)->id, {});
    if (!c)
        return c.error();
    QString withWhom = c->keyWorker;
    if (Result<QVector<Staff>> staff = repos.staff.all())
        for (const Staff& s : staff.value())
            if (s.id == (*appointment)->staffId)
                withWhom = s.name;
    return inLanguage(c.value(), [&] {
        return FormContent::appointmentLetter(
            c.value(), **appointment,
            withWhom.isEmpty()
                ? DocumentLanguage::translate("PrintedForms", QT_TRANSLATE_NOOP("PrintedForms", "your key worker"))
                : withWhom);
    });
}

} // namespace waymark
