#include "core/services/ComplaintsProcedureService.h"

#include "core/rules/AccessPolicy.h"
#include "core/services/FieldRefusal.h"
#include "core/storage/MetaRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace waymark {

namespace {

// One JSON object in the database's own facts, beside the organisation's name.
const QString ProcedureKey = QStringLiteral("complaints_procedure");

} // namespace

ComplaintsProcedureService::ComplaintsProcedureService(ServiceContext context)
    : m_context(std::move(context))
{
}

Result<ComplaintsProcedure> ComplaintsProcedureService::load(Database& database)
{
    const Result<QString> stored = MetaRepository(database).value(ProcedureKey);
    if (!stored)
        return stored.error();
    ComplaintsProcedure procedure;
    const QJsonObject json = QJsonDocument::fromJson(stored->toUtf8()).object();
    if (json.isEmpty())
        return procedure;
    procedure.contact = json.value(QStringLiteral("contact")).toString();
    procedure.acknowledgeWorkingDays =
        json.value(QStringLiteral("acknowledge_working_days")).toInt(procedure.acknowledgeWorkingDays);
    procedure.replyWorkingDays = json.value(QStringLiteral("reply_working_days")).toInt(procedure.replyWorkingDays);
    const QJsonObject councils = json.value(QStringLiteral("council_contacts")).toObject();
    for (auto it = councils.begin(); it != councils.end(); ++it)
        procedure.councilContacts.insert(it.key(), it.value().toString());
    return procedure;
}

Status ComplaintsProcedureService::save(const ComplaintsProcedure& procedure)
{
    m_problems.clear();
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("changing the complaints procedure")), {}};
    m_problems = procedure.problems();
    if (hasErrors(m_problems))
        return fieldRefusal(m_problems);
    QJsonObject councils;
    for (auto it = procedure.councilContacts.begin(); it != procedure.councilContacts.end(); ++it)
        if (!it.value().trimmed().isEmpty())
            councils.insert(it.key(), it.value().trimmed());
    const QJsonObject json{
        {QStringLiteral("contact"), procedure.contact.trimmed()},
        {QStringLiteral("acknowledge_working_days"), procedure.acknowledgeWorkingDays},
        {QStringLiteral("reply_working_days"), procedure.replyWorkingDays},
        {QStringLiteral("council_contacts"), councils},
    };
    return MetaRepository(m_context.database)
        .setValue(ProcedureKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

} // namespace waymark
