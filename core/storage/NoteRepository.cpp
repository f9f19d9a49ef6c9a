#include "core/storage/NoteRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

Result<QVector<CaseNote>> NoteRepository::forServiceUser(const QString& serviceUserId) const
{
    return fetch<CaseNote>(
        QStringLiteral("SELECT n.* FROM notes n JOIN support_periods p ON p.id = "
                       "n.support_period_id WHERE n.deleted = 0 AND p.deleted = 0 AND "
                       "p.service_user_id = ? ORDER BY n.written_at DESC, n.id"),
        {serviceUserId}, [](const QSqlQuery& q) {
            using namespace SqlValues;
            return CaseNote{text(q, "id"), text(q, "support_period_id"), dateTime(q, "written_at"),
                            text(q, "author_id"), text(q, "text")};
        });
}

} // namespace waymark
