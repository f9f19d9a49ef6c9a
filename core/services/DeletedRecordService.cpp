#include "core/services/DeletedRecordService.h"

#include "core/rules/AccessPolicy.h"
#include "core/services/AccessService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RecordWriter.h"
#include "core/storage/DeletedRecordRepository.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::DeletedRecordService", text);
}

QString parentWords(const QString& table)
{
    if (table == QLatin1String("service_users"))
        return tr(QT_TRANSLATE_NOOP("waymark::DeletedRecordService", "the person's record"));
    if (table == QLatin1String("support_periods"))
        return tr(QT_TRANSLATE_NOOP("waymark::DeletedRecordService", "the support period it belongs to"));
    return tr(QT_TRANSLATE_NOOP("waymark::DeletedRecordService", "the support plan it belongs to"));
}

} // namespace

DeletedRecordService::DeletedRecordService(ServiceContext context)
    : m_context(std::move(context))
{
}

bool DeletedRecordService::deletable(const QString& list)
{
    return list == QLatin1String("hospital_stays") || list == QLatin1String("complaints")
           || list == QLatin1String("incidents");
}

Status DeletedRecordService::remove(const QString& list, const QString& id)
{
    if (!deletable(list))
        return Error{tr("This kind of record is corrected, not deleted, so that what happened stays readable."), {}};
    Result<QString> person = DeletedRecordRepository(m_context.database).personOf(list, id);
    if (!person)
        return person.error();
    // A key worker deletes only from the records they may open.
    if (Status may = AccessService(m_context).mayOpen(person.value()); !may)
        return may;
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    if (Status s = writer.inTransaction([&] { return writer.remove(list, id); }); !s)
        return s;
    emit m_context.notifier.serviceUserChanged(person.value());
    return {};
}

Result<QVector<DeletedRecord>> DeletedRecordService::deleted() const
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(tr("seeing deleted records")), {}};
    return DeletedRecordRepository(m_context.database).all();
}

Status DeletedRecordService::restore(const QString& list, const QString& id)
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(tr("restoring a deleted record")), {}};
    DeletedRecordRepository records(m_context.database);
    Result<QString> parent = records.deletedParentOf(list, id);
    if (!parent)
        return parent.error();
    if (!parent->isEmpty())
        return Error{tr("This record cannot come back on its own: %1 is deleted too. Restore that first.")
                         .arg(parentWords(parent.value())),
                     {}};
    Result<QString> person = records.personOf(list, id);
    if (!person)
        return person.error();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    if (Status s = writer.inTransaction([&] { return writer.restore(list, id); }); !s)
        return s;
    if (!person->isEmpty())
        emit m_context.notifier.serviceUserChanged(person.value());
    return {};
}

} // namespace waymark
