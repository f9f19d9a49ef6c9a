#include "core/storage/NoteRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

CaseNote toNote(const SqlRow& q)
{
    using namespace SqlValues;
    return CaseNote{text(q, "id"),        text(q, "support_period_id"), dateTime(q, "written_at"),
                    text(q, "author_id"), text(q, "text"),              text(q, "x_corrects_note_id")};
}

} // namespace

Result<QVector<CaseNote>> NoteRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<CaseNote>(
        QStringLiteral("SELECT n.* FROM notes n JOIN support_periods p ON p.id = "
                       "n.support_period_id WHERE n.deleted = 0 AND p.deleted = 0 AND "
                       "p.service_user_id = ? ORDER BY n.written_at DESC, n.id"),
        {serviceUserId}, toNote);
}

Result<std::optional<CaseNote>> NoteRepository::find(const QString& id) const
{
    return fetchOne<CaseNote>(QStringLiteral("SELECT * FROM notes WHERE deleted = 0 AND id = ?"), {id},
                              toNote);
}

} // namespace waymark
