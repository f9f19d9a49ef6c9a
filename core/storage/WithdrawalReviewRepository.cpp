#include "core/storage/WithdrawalReviewRepository.h"

#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

WithdrawalReview toWithdrawalReview(const SqlRow& q)
{
    using namespace SqlValues;
    return WithdrawalReview{text(q, "id"),       text(q, "support_period_id"),
                            date(q, "held_on"),  text(q, "decision"),
                            text(q, "decided_by"), text(q, "reason")};
}

} // namespace

Result<QVector<WithdrawalReview>>
WithdrawalReviewRepository::forSupportPeriod(const QString& supportPeriodId) const
{
    return fetch<WithdrawalReview>(
        QStringLiteral("SELECT * FROM withdrawal_reviews WHERE deleted = 0 AND "
                       "support_period_id = ? ORDER BY held_on DESC, id DESC"),
        {supportPeriodId}, toWithdrawalReview);
}

Result<QVector<WithdrawalReview>> WithdrawalReviewRepository::all(const QString& keyWorkerId,
                                                                  const std::optional<QDate>& openOn) const
{
    QVariantList binds;
    const QString scope = periodScope(QStringLiteral("p"), keyWorkerId, openOn, binds);
    return fetch<WithdrawalReview>(QStringLiteral("SELECT w.* FROM support_periods p CROSS JOIN withdrawal_reviews w WHERE "
                                                  "w.support_period_id = p.id AND w.deleted = 0 AND p.deleted = 0%1 ORDER BY w.id")
                                       .arg(scope),
                                   binds, toWithdrawalReview);
}

} // namespace waymark
