#include "core/rules/TodayList.h"

#include "core/domain/LocalTime.h"
#include "core/rules/DnaWithdrawal.h"
#include "core/rules/FirstContact.h"
#include "core/rules/ReviewDue.h"
#include "core/rules/SupportDuration.h"
#include "core/rules/WeeklyHours.h"

#include <QHash>

#include <algorithm>

namespace waymark::TodayList {

namespace {

// Groups the per-period records once, so the list is linear in the size of the caseload.
template <typename T, typename Key>
QHash<QString, QVector<T>> groupBy(const QVector<T>& records, Key key)
{
    QHash<QString, QVector<T>> groups;
    for (const T& r : records)
        groups[key(r)] << r;
    return groups;
}

TodayItem periodItem(TodayItem::Kind kind, const SupportPeriod& period, const QDate& due)
{
    TodayItem item;
    item.kind = kind;
    item.serviceUserId = period.serviceUserId;
    item.supportPeriodId = period.id;
    item.dueDate = due;
    return item;
}

// Text order by Unicode code point (what "sorted as text" means to a tool in another language),
// which differs from QString's UTF-16 order only above U+FFFF.
bool textLess(const QString& a, const QString& b)
{
    if (a == b)
        return false;
    return a.toUcs4() < b.toUcs4();
}

} // namespace

bool isOpenOn(const SupportPeriod& period, const QDate& today)
{
    return period.startDate.isValid() && period.startDate <= today
           && (!period.endDate.isValid() || period.endDate > today);
}

QVector<TodayItem> build(const CaseworkSnapshot& data, const QDateTime& at, const QString& staffId)
{
    const QDate today = LocalTime::londonDate(at);
    QHash<QString, Contract> contracts;
    for (const Contract& c : data.contracts)
        contracts.insert(c.id, c);

    QVector<TodayItem> items;

    for (const Referral& r : data.referrals) {
        if (!r.receivedAt.isValid() || r.receivedAt > at || r.firstContactAt.isValid())
            continue;
        if (r.decision != QLatin1String("pending") && r.decision != QLatin1String("accepted"))
            continue;
        const QDateTime due = FirstContact::deadline(r, contracts.value(r.contractId));
        if (!due.isValid())
            continue;
        TodayItem item;
        item.kind = due <= at ? TodayItem::Kind::FirstContactOverdue
                              : TodayItem::Kind::FirstContactDue;
        item.serviceUserId = r.serviceUserId;
        item.referralId = r.id;
        item.dueAt = due;
        items << item;
    }

    const auto appointments =
        groupBy(data.appointments, [](const Appointment& a) { return a.supportPeriodId; });
    const auto plans = groupBy(data.plans, [](const SupportPlan& p) { return p.supportPeriodId; });
    QHash<QString, QVector<PlanReview>> reviewsByPlan =
        groupBy(data.reviews, [](const PlanReview& r) { return r.supportPlanId; });
    const auto assessments =
        groupBy(data.assessments, [](const StarAssessment& a) { return a.supportPeriodId; });
    const auto withdrawals =
        groupBy(data.withdrawalReviews, [](const WithdrawalReview& w) { return w.supportPeriodId; });

    for (const SupportPeriod& period : data.periods) {
        if (!isOpenOn(period, today))
            continue;
        if (!staffId.isEmpty() && period.keyWorkerId != staffId)
            continue;
        const Contract contract = contracts.value(period.contractId);

        const QVector<SupportPlan> periodPlans = plans.value(period.id);
        if (periodPlans.isEmpty()) {
            const QDate from = ReviewDue::planMissingFrom(period);
            if (from <= today)
                items << periodItem(TodayItem::Kind::PlanMissing, period, from);
        } else {
            QVector<PlanReview> periodReviews;
            for (const SupportPlan& p : periodPlans)
                periodReviews += reviewsByPlan.value(p.id);
            const QDate due = ReviewDue::planReviewDue(periodPlans, periodReviews);
            if (due.isValid() && due <= today)
                items << periodItem(TodayItem::Kind::PlanReviewDue, period, due);
        }

        const QDate starDue = ReviewDue::starDue(period, assessments.value(period.id), contract);
        if (starDue.isValid() && starDue <= today)
            items << periodItem(TodayItem::Kind::StarDue, period, starDue);

        switch (SupportDuration::state(period, contract, today)) {
        case SupportDuration::State::EndingSoon:
            items << periodItem(TodayItem::Kind::EndingSoon, period,
                                SupportDuration::endDue(period, contract));
            break;
        case SupportDuration::State::PastLimit:
            items << periodItem(TodayItem::Kind::PastMaximumDuration, period,
                                SupportDuration::endDue(period, contract));
            break;
        case SupportDuration::State::NoLimit:
        case SupportDuration::State::WithinTime:
            break;
        }

        const QVector<Appointment> periodAppointments = appointments.value(period.id);
        const QDate dnaDate = DnaWithdrawal::reviewDueSince(
            periodAppointments, withdrawals.value(period.id), contract, today);
        if (dnaDate.isValid())
            items << periodItem(TodayItem::Kind::DnaWithdrawalReview, period, dnaDate);

        const QDate monday = WeeklyHours::weekStart(today);
        if (WeeklyHours::exceedsCap(WeeklyHours::plannedMinutesInWeek(periodAppointments, monday),
                                    contract))
            items << periodItem(TodayItem::Kind::WeeklyCapExceeded, period, monday);
    }

    std::sort(items.begin(), items.end(), [](const TodayItem& a, const TodayItem& b) {
        const QString dueA = a.dueText();
        const QString dueB = b.dueText();
        if (dueA != dueB)
            return textLess(dueA, dueB);
        const QString kindA = TodayItem::code(a.kind);
        const QString kindB = TodayItem::code(b.kind);
        if (kindA != kindB)
            return kindA < kindB;
        if (a.serviceUserId != b.serviceUserId)
            return textLess(a.serviceUserId, b.serviceUserId);
        if (a.supportPeriodId != b.supportPeriodId)
            return textLess(a.supportPeriodId, b.supportPeriodId);
        return textLess(a.referralId, b.referralId);
    });
    return items;
}

} // namespace waymark::TodayList
