#pragma once

#include "core/domain/TodayItem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

namespace waymark {

// The `today` output of spec/interchange.md: {"at", "items": [{"kind", "service_user_id",
// "support_period_id", "referral_id", "due"}]}, with null for the id a kind does not have.
namespace TodayJson {

QJsonObject toJson(const QDateTime& at, const QVector<TodayItem>& items);

} // namespace TodayJson

} // namespace waymark
