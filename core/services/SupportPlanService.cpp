#include "core/services/SupportPlanService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/rules/AccessPolicy.h"
#include "core/rules/RecordChecks.h"
#include "core/rules/ReviewDue.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/SupportPeriodRepository.h"
#include "core/storage/SupportPlanRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

namespace {

QString trPlan(const char* text)
{
    return QCoreApplication::translate("SupportPlanService", text);
}

struct PlanContext {
    SupportPlan plan;
    SupportPeriod period;
    Contract contract;
    QVector<Goal> goals;
};

Result<PlanContext> load(Database& database, const QString& planId)
{
    SupportPlanRepository plans(database);
    Result<std::optional<SupportPlan>> plan = plans.find(planId);
    if (!plan)
        return plan.error();
    if (!plan->has_value())
        return Error{trPlan(QT_TRANSLATE_NOOP("SupportPlanService", "The support plan is no longer on record.")), {}};
    PlanContext c;
    c.plan = **plan;
    Result<std::optional<SupportPeriod>> period = SupportPeriodRepository(database).find(c.plan.supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{
            trPlan(QT_TRANSLATE_NOOP("SupportPlanService", "The plan's support period is no longer on record.")), {}};
    c.period = **period;
    Result<std::optional<Contract>> contract = ContractRepository(database).find(c.period.contractId);
    if (!contract)
        return contract.error();
    c.contract = contract->value_or(Contract{});
    Result<QVector<Goal>> goals = plans.goalsForPlan(planId);
    if (!goals)
        return goals.error();
    c.goals = goals.value();
    return c;
}

} // namespace

SupportPlanService::SupportPlanService(ServiceContext context)
    : m_context(std::move(context))
{
}

bool SupportPlanService::goalsChanged(const QVector<Goal>& before, const QVector<Goal>& after)
{
    if (before.size() != after.size())
        return true;
    QHash<QString, Goal> byId;
    for (const Goal& g : before)
        byId.insert(g.id, g);
    for (const Goal& g : after) {
        if (!byId.contains(g.id))
            return true;
        const Goal& b = byId.value(g.id);
        if (b.what != g.what || b.measure != g.measure || b.who != g.who || b.targetDate != g.targetDate
            || b.outcomeCode != g.outcomeCode || b.starArea != g.starArea || b.tasks != g.tasks)
            return true;
    }
    return false;
}

Status SupportPlanService::writeGoals(RecordWriter& writer, const QString& planId, QVector<Goal>& goals,
                                      const QVector<Goal>& previous)
{
    QSet<QString> kept;
    for (Goal& g : goals) {
        if (g.id.isEmpty())
            g.id = RecordWriter::newId();
        g.supportPlanId = planId;
        if (g.status.isEmpty())
            g.status = QStringLiteral("open");
        g.what = g.what.trimmed();
        g.measure = g.measure.trimmed();
        g.who = g.who.trimmed();
        kept.insert(g.id);
        if (Status s = writer.saveWithRows(QStringLiteral("goals"), g.id, RecordValues::of(g), {RecordValues::taskRows(g)}); !s)
            return s;
    }
    for (const Goal& g : previous)
        if (!kept.contains(g.id))
            if (Status s = writer.remove(QStringLiteral("goals"), g.id); !s)
                return s;
    return {};
}

Result<QString> SupportPlanService::saveDraft(SupportPlan plan, QVector<Goal> goals)
{
    m_problems.clear();
    QVector<Goal> previous;
    if (!plan.id.isEmpty()) {
        Result<PlanContext> stored = load(m_context.database, plan.id);
        if (!stored)
            return stored.error();
        if (stored->plan.agreedOn.isValid())
            return Error{trPlan(QT_TRANSLATE_NOOP("SupportPlanService",
                                                  "This plan was agreed on %1: it changes through a review, "
                                                  "so that what was agreed stays readable."))
                             .arg(LocalTime::formatDate(stored->plan.agreedOn)),
                         {}};
        previous = stored->goals;
        plan.supportPeriodId = stored->plan.supportPeriodId;
    }
    Result<std::optional<SupportPeriod>> period = SupportPeriodRepository(m_context.database).find(plan.supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{trPlan(QT_TRANSLATE_NOOP("SupportPlanService",
                                              "A plan belongs to a support period; this one is no longer on record.")),
                     {}};
    m_problems = RecordChecks::supportPlan(plan, goals, **period);
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    if (plan.id.isEmpty())
        plan.id = RecordWriter::newId();
    plan.agreedOn = QDate();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (Status s = writer.save(QStringLiteral("support_plans"), plan.id, RecordValues::of(plan)); !s)
            return s;
        return writeGoals(writer, plan.id, goals, previous);
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged((*period)->serviceUserId);
    return plan.id;
}

bool SupportPlanService::mayAgree() const
{
    return AccessPolicy::mayAgreePlans(m_context.role);
}

Status SupportPlanService::agree(const QString& planId, const QDate& on)
{
    m_problems.clear();
    // Agreeing a plan is its sign-off: a team leader's (issue 7).
    if (!AccessPolicy::mayAgreePlans(m_context.role))
        return Error{
            AccessPolicy::refusal(trPlan(QT_TRANSLATE_NOOP(
                "SupportPlanService", "agreeing a support plan: save it as a draft and a team leader agrees it"))),
            {}};
    Result<PlanContext> c = load(m_context.database, planId);
    if (!c)
        return c.error();
    if (c->plan.agreedOn.isValid())
        return Error{trPlan(QT_TRANSLATE_NOOP("SupportPlanService", "This plan was already agreed on %1."))
                         .arg(LocalTime::formatDate(c->plan.agreedOn)),
                     {}};
    m_problems = RecordChecks::agreement(c->plan, c->goals, c->period, on, LocalTime::londonDate(m_context.clock.now()));
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    SupportPlan plan = c->plan;
    plan.agreedOn = on;
    plan.nextReviewOn = ReviewDue::suggestedNextReview(on, c->contract);
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction(
        [&] { return writer.save(QStringLiteral("support_plans"), plan.id, RecordValues::of(plan)); });
    if (!written)
        return written;
    emit m_context.notifier.serviceUserChanged(c->period.serviceUserId);
    return {};
}

Result<QString> SupportPlanService::review(const QString& planId, PlanReview review, QVector<Goal> goals)
{
    m_problems.clear();
    Result<PlanContext> c = load(m_context.database, planId);
    if (!c)
        return c.error();
    if (!c->plan.agreedOn.isValid())
        return Error{trPlan(QT_TRANSLATE_NOOP("SupportPlanService",
                                              "A draft plan is changed directly; a review is of an agreed plan.")),
                     {}};
    if (!review.nextReviewOn.isValid())
        review.nextReviewOn = ReviewDue::suggestedNextReview(review.heldOn, c->contract);
    m_problems = RecordChecks::planReview(review, LocalTime::londonDate(m_context.clock.now()));
    m_problems += RecordChecks::supportPlan(c->plan, goals, c->period);
    if (goals.isEmpty())
        m_problems << FieldProblem{QStringLiteral("goals"),
                                   trPlan(QT_TRANSLATE_NOOP("SupportPlanService", "A plan has at least one goal."))};
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);

    review.id = review.id.isEmpty() ? RecordWriter::newId() : review.id;
    review.supportPlanId = planId;
    const bool newVersion = goalsChanged(c->goals, goals);
    // New goals make a new agreed version of the plan: a sign-off, so a team leader's.
    if (newVersion && !mayAgree())
        return Error{
            AccessPolicy::refusal(trPlan(QT_TRANSLATE_NOOP(
                "SupportPlanService", "changing an agreed plan's goals: record the review without changing them, "
                                      "and a team leader agrees the new goals"))),
            {}};
    SupportPlan current = c->plan;
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction([&]() -> Status {
        if (Status s = writer.save(QStringLiteral("reviews"), review.id, RecordValues::of(review)); !s)
            return s;
        if (!newVersion)
            return writeGoals(writer, planId, goals, c->goals);
        // The goals changed: the agreed plan stays as it was, and the reviewed one becomes a new
        // version, agreed at the review with the person, with fresh goal records.
        SupportPlan next = c->plan;
        // Plans agreed on the same day are told apart by the greatest id (spec: the current
        // plan), so the new version takes an id that sorts after the one it replaces.
        next.id = RecordWriter::newId();
        for (int tries = 0; next.id <= c->plan.id && tries < 64; ++tries)
            next.id = RecordWriter::newId();
        // Ids from another system may sort after every UUID ("plan-7"): extending the old id
        // always sorts after it.
        if (next.id <= c->plan.id)
            next.id = c->plan.id + QLatin1Char('.') + RecordWriter::newId();
        next.agreedOn = review.heldOn;
        next.nextReviewOn = review.nextReviewOn;
        for (Goal& g : goals)
            g.id.clear();
        if (Status s = writer.save(QStringLiteral("support_plans"), next.id, RecordValues::of(next)); !s)
            return s;
        current = next;
        return writeGoals(writer, next.id, goals, {});
    });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged(c->period.serviceUserId);
    return current.id;
}

} // namespace waymark
