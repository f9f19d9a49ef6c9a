#include "core/storage/MetaRepository.h"

namespace waymark {

Result<QString> MetaRepository::value(const QString& key) const
{
    Result<QVector<QString>> rows = fetch<QString>(QStringLiteral("SELECT value FROM waymark_meta WHERE key = ?"),
                                                   {key}, [](const SqlRow& q) { return q.value(0).toString(); });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? QString() : rows->first();
}

Status MetaRepository::setValue(const QString& key, const QString& value)
{
    return m_database.inTransaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM waymark_meta WHERE key = ?"));
        q.addBindValue(key);
        bool ok = q.exec();
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(value);
            ok = q.exec();
        }
        if (!ok)
            return Error{m_database.describe(QObject::tr("Saving a setting failed"),
                                             q.lastError().text()),
                         {}};
        return {};
    });
}

bool MetaRepository::isDemo() const
{
    Result<QString> v = value(QString::fromLatin1(Demo));
    return v && v.value() == QLatin1String("1");
}

} // namespace waymark
