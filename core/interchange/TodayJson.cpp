#include "core/interchange/TodayJson.h"

#include "core/domain/LocalTime.h"

#include <QJsonArray>

namespace waymark::TodayJson {

namespace {

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

QJsonObject toJson(const QDateTime& at, const QVector<TodayItem>& items)
{
    QJsonArray list;
    for (const TodayItem& item : items) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), TodayItem::code(item.kind));
        o.insert(QStringLiteral("service_user_id"), item.serviceUserId);
        o.insert(QStringLiteral("support_period_id"), idOrNull(item.supportPeriodId));
        o.insert(QStringLiteral("referral_id"), idOrNull(item.referralId));
        o.insert(QStringLiteral("due"), item.dueText());
        list.append(o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("at"), LocalTime::isoDateTimeUtc(at));
    out.insert(QStringLiteral("items"), list);
    return out;
}

} // namespace waymark::TodayJson
