#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/DiaryEntry.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

class AppointmentRepository : public Repository {
public:
    using Repository::Repository;

    // A person's appointments over all their support periods, the latest first.
    Result<QVector<Appointment>> forServiceUser(const QString& serviceUserId) const;
    // One support period's appointments, earliest first.
    Result<QVector<Appointment>> forSupportPeriod(const QString& supportPeriodId) const;
    // Every live appointment of a live period, earliest first.
    Result<QVector<Appointment>> all(const QString& keyWorkerId = {}) const;
    // What the Today list counts of the periods open on `openOn`: every DNA, and the appointments
    // starting from `fromUtc` until `toUtc` (the week, for the weekly hours).
    Result<QVector<Appointment>> forToday(const QString& keyWorkerId, const QDate& openOn, const QDateTime& fromUtc,
                                          const QDateTime& toUtc) const;
    Result<std::optional<Appointment>> find(const QString& id) const;
    // A worker's diary (everyone's for an empty staff id): appointments starting at or after
    // `from` and before `to` (UTC), earliest first, with the person and contract.
    Result<QVector<DiaryEntry>> diary(const QString& staffId, const QDateTime& from, const QDateTime& to) const;
    // Attended appointments of any of the contract's periods starting in [fromUtc, toUtc), each
    // with the person whose period it is, earliest first: only those of the contract's live
    // periods (not deleted, of a person on record). Only what a return counts is read: the id,
    // the period, the start, the length and the status (the rest is left empty).
    // `knownPeriods` names periods already known to be the contract's live ones, with their
    // person (a return's, read just before), so that only the others are looked up; it must
    // name no other period.
    Result<QVector<QPair<Appointment, QString>>>
    attendedForContract(const QString& contractId, const QDateTime& fromUtc, const QDateTime& toUtc,
                        const QHash<QString, QString>& knownPeriods = {}) const;
};

} // namespace waymark
