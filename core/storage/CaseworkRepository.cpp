#include "core/storage/CaseworkRepository.h"

#include "core/domain/LocalTime.h"

#include "core/storage/AppointmentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/ReferralRepository.h"
#include "core/storage/StarRepository.h"
#include "core/storage/SupportPeriodRepository.h"
#include "core/storage/SupportPlanRepository.h"
#include "core/storage/WithdrawalReviewRepository.h"

namespace waymark {

namespace {

// Moves a read's rows into `target`, or hands back its error.
template <typename T>
std::optional<Error> take(Result<QVector<T>> read, QVector<T>& target)
{
    if (!read)
        return read.error();
    target = std::move(read.value());
    return std::nullopt;
}

} // namespace

CaseworkRepository::CaseworkRepository(Database& database)
    : m_database(database)
{
}

Result<CaseworkSnapshot> CaseworkRepository::snapshot(const QString& keyWorkerId, const std::optional<QDateTime>& at) const
{
    // At a moment, only what the Today list looks at then (TodayList::build): at a large
    // provider that is a few thousand records, not millions.
    std::optional<QDate> openOn;
    QDateTime weekFrom, weekTo;
    if (at) {
        openOn = LocalTime::londonDate(*at);
        const QDate monday = openOn->addDays(1 - openOn->dayOfWeek());
        // The London week in UTC, with a day's margin either side; the rule counts exactly.
        weekFrom = monday.addDays(-1).startOfDay(Qt::UTC);
        weekTo = monday.addDays(8).startOfDay(Qt::UTC);
    }
    CaseworkSnapshot s;
    // One read transaction, so the snapshot is one moment of the database even while another
    // connection writes (the list is read on a connection of its own).
    const bool ownTransaction = m_database.beginReading();
    std::optional<Error> failed;
    if (!failed)
        failed = take(ContractRepository(m_database).all(), s.contracts);
    if (!failed)
        failed = take(at ? ReferralRepository(m_database).awaitingFirstContact() : ReferralRepository(m_database).all(),
                      s.referrals);
    if (!failed)
        failed = take(SupportPeriodRepository(m_database).all(keyWorkerId, openOn), s.periods);
    if (!failed)
        failed = take(at ? AppointmentRepository(m_database).forToday(keyWorkerId, *openOn, weekFrom, weekTo)
                         : AppointmentRepository(m_database).all(keyWorkerId),
                      s.appointments);
    if (!failed)
        failed = take(SupportPlanRepository(m_database).allPlans(keyWorkerId, openOn), s.plans);
    if (!failed)
        failed = take(SupportPlanRepository(m_database).allReviews(keyWorkerId, openOn), s.reviews);
    if (!failed)
        failed = take(StarRepository(m_database).assessmentDates(keyWorkerId, openOn), s.assessments);
    if (!failed)
        failed = take(WithdrawalReviewRepository(m_database).all(keyWorkerId, openOn), s.withdrawalReviews);
    if (ownTransaction)
        m_database.endReading();
    if (failed)
        return *failed;
    return s;
}

} // namespace waymark
