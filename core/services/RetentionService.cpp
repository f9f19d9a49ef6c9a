#include "core/services/RetentionService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/rules/AccessPolicy.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/MetaRepository.h"

#include <QObject>

namespace waymark {

namespace {

const QString YearsKey = QStringLiteral("retention_years");

} // namespace

RetentionService::RetentionService(ServiceContext context)
    : m_context(std::move(context))
{
}

int RetentionService::years() const
{
    bool ok = false;
    const Result<QString> stored = MetaRepository(m_context.database).value(YearsKey);
    const int value = stored ? stored->toInt(&ok) : 0;
    return ok && value >= RetentionReview::FewestYears && value <= RetentionReview::MostYears ? value
                                                                                              : RetentionReview::DefaultYears;
}

Status RetentionService::setYears(int years)
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("setting how long records are kept")), {}};
    if (years < RetentionReview::FewestYears || years > RetentionReview::MostYears)
        return Error{QObject::tr("Records are kept for %1 to %2 years.").arg(RetentionReview::FewestYears).arg(RetentionReview::MostYears),
                     {}};
    return MetaRepository(m_context.database).setValue(YearsKey, QString::number(years));
}

Result<QVector<RetentionFacts>> RetentionService::due() const
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("the retention review")), {}};
    Result<QVector<RetentionFacts>> everyone = RetentionRepository(m_context.database).facts();
    if (!everyone)
        return everyone.error();
    return RetentionReview::due(everyone.value(), LocalTime::londonDate(m_context.clock.now()), years());
}

Result<int> RetentionService::anonymise(const QString& serviceUserId)
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("anonymising a record")), {}};
    Result<QVector<RetentionFacts>> due = this->due();
    if (!due)
        return due.error();
    const bool isDue = std::any_of(due->cbegin(), due->cend(),
                                   [&](const RetentionFacts& f) { return f.serviceUserId == serviceUserId; });
    if (!isDue)
        return Error{QObject::tr("This person is not due for review: their support is current, or ended less than %n "
                                 "year(s) ago, or they are already anonymised.",
                                 nullptr, years()),
                     {}};
    Result<int> touched = RetentionRepository(m_context.database)
                              .anonymise(serviceUserId, listsToAnonymise(), m_context.actor, m_context.clock.now());
    if (touched)
        emit m_context.notifier.serviceUserChanged(serviceUserId);
    return touched;
}

QVector<AnonymisedList> RetentionService::listsToAnonymise()
{
    QVector<AnonymisedList> out;
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        AnonymisedList list;
        list.table = kind.list;
        if (kind.list == QLatin1String("service_users"))
            list.link = QStringLiteral("self");
        else
            for (const char* key : {"service_user_id", "support_period_id", "support_plan_id"})
                if (kind.field(QString::fromLatin1(key))) {
                    list.link = QString::fromLatin1(key);
                    break;
                }
        if (list.link.isEmpty())
            continue; // staff, contracts, stars, group sessions: not about one person
        for (const FieldSpec& field : kind.fields) {
            const bool name = list.link == QLatin1String("self")
                              && (field.key == QLatin1String("given_name") || field.key == QLatin1String("family_name"));
            // Keys (ids, and the x_..._id links) stay, or the records would no longer hang together.
            if (field.kind != FieldKind::String || field.key == QLatin1String("id") || field.key.endsWith(QLatin1String("_id"))
                || name)
                continue;
            (field.required ? list.requiredText : list.optionalText) << field.key;
        }
        out << list;
    }
    // Free text the interchange nests inside a record (a plan's needs, a goal's tasks, a star's
    // notes) or keeps in a list of its own that hangs from another (a risk).
    for (AnonymisedList& list : out)
        if (list.table == QLatin1String("support_plans"))
            for (const char* need : {"ethnicity", "religion", "culture", "gender", "sexuality", "disability", "age"})
                list.optionalText << QStringLiteral("need_") + QString::fromLatin1(need);
    out << AnonymisedList{QStringLiteral("goal_tasks"), QStringLiteral("goal_id"), {QStringLiteral("task")}, {}};
    out << AnonymisedList{QStringLiteral("star_assessment_scores"), QStringLiteral("assessment_id"), {}, {QStringLiteral("note")}};
    out << AnonymisedList{QStringLiteral("x_risks"), QStringLiteral("risk_assessment_id"), {QStringLiteral("description")},
                          {QStringLiteral("management")}};
    return out;
}

} // namespace waymark
