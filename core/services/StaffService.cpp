#include "core/services/StaffService.h"

#include "core/domain/ReferenceCodes.h"
#include "core/rules/AccessPolicy.h"
#include "core/services/FieldRefusal.h"
#include "core/services/RecordWriter.h"

#include <QObject>

namespace waymark {

StaffService::StaffService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<QString> StaffService::save(Staff staff)
{
    m_problems.clear();
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("changing the staff list")), {}};
    staff.name = staff.name.simplified();
    if (staff.name.isEmpty())
        m_problems << FieldProblem{QStringLiteral("name"), QObject::tr("Give the name colleagues know them by."),
                                   FieldProblem::Severity::Error};
    if (staff.name.size() > 200)
        m_problems << FieldProblem{QStringLiteral("name"), QObject::tr("A name can be at most 200 characters."),
                                   FieldProblem::Severity::Error};
    if (!ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::StaffRole)).contains(staff.role))
        m_problems << FieldProblem{QStringLiteral("role"), QObject::tr("Choose a role: key worker, team leader or administrator."),
                                   FieldProblem::Severity::Error};
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    if (staff.id.isEmpty())
        staff.id = RecordWriter::newId();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    const Status written = writer.inTransaction([&]() -> Status {
        return writer.save(QStringLiteral("staff"), staff.id,
                           {{QStringLiteral("name"), staff.name},
                            {QStringLiteral("role"), staff.role},
                            {QStringLiteral("active"), staff.active}});
    });
    if (!written)
        return written.error();
    return staff.id;
}

} // namespace waymark
