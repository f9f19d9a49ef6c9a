#include "core/rules/DnaWithdrawal.h"

#include "core/domain/LocalTime.h"

#include <algorithm>

namespace waymark::DnaWithdrawal {

QDate lastReviewOn(const QVector<WithdrawalReview>& reviews)
{
    QDate last;
    for (const WithdrawalReview& r : reviews)
        if (r.heldOn.isValid() && (!last.isValid() || r.heldOn > last))
            last = r.heldOn;
    return last;
}

QVector<Appointment> dnasSinceReview(const QVector<Appointment>& appointments,
                                     const QVector<WithdrawalReview>& reviews, const QDate& today)
{
    const QDate since = lastReviewOn(reviews);
    QVector<Appointment> dnas;
    for (const Appointment& a : appointments) {
        if (a.status != QLatin1String("dna"))
            continue;
        const QDate day = LocalTime::londonDate(a.startsAt);
        if (!day.isValid() || day > today || (since.isValid() && day <= since))
            continue;
        dnas << a;
    }
    std::sort(dnas.begin(), dnas.end(), [](const Appointment& a, const Appointment& b) {
        return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.id < b.id;
    });
    return dnas;
}

QDate reviewDueSince(const QVector<Appointment>& appointments,
                     const QVector<WithdrawalReview>& reviews, const Contract& contract,
                     const QDate& today)
{
    if (!contract.dnaWithdrawalCount || *contract.dnaWithdrawalCount < 1)
        return {};
    const QVector<Appointment> dnas = dnasSinceReview(appointments, reviews, today);
    const int count = *contract.dnaWithdrawalCount;
    if (dnas.size() < count)
        return {};
    return LocalTime::londonDate(dnas.at(count - 1).startsAt);
}

} // namespace waymark::DnaWithdrawal
