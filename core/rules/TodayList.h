#pragma once

#include "core/domain/CaseworkSnapshot.h"
#include "core/domain/TodayItem.h"

#include <QDateTime>
#include <QVector>

namespace waymark {

// What needs attention at a moment (spec/interchange.md, `today`): first contacts due and
// overdue, plans missing, reviews and stars due, support ending or past its maximum, DNAs that
// call for a withdrawal review, and weeks over the hours cap.
namespace TodayList {

// Every item at `at`, sorted as the spec says (due as text, then kind code, service user, period,
// referral). With a `staffId`, referral items are all kept (referrals have no key worker yet) and
// only the periods that staff member is key worker for.
QVector<TodayItem> build(const CaseworkSnapshot& data, const QDateTime& at,
                         const QString& staffId = {});

// Whether a support period counts as open on the local date `today`: started on or before it and
// not ended by it.
bool isOpenOn(const SupportPeriod& period, const QDate& today);

} // namespace TodayList

} // namespace waymark
