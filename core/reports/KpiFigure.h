#pragma once

#include "core/reports/KpiDefinition.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace waymark {

// One person or record behind a figure, for the drill-down: who it is about, which record, and
// a line saying why it counts.
struct KpiRecord {
    enum class Kind { Person, SupportPeriod, Referral, Appointment, HospitalStay, Session, Attendance };
    Kind kind = Kind::Person;
    QString recordId;
    QString serviceUserId; // empty for a session
    QDate date;            // the date that put it in the figure
    QString detail;
};

// A figure of a return: numerator and denominator (counts, for a percent), the value rounded
// once as spec/kpi.md says, its target and whether it was met, and the records behind it.
struct KpiFigure {
    KpiDefinition definition;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> value;
    std::optional<bool> met;
    QVector<KpiRecord> numeratorRecords;
    QVector<KpiRecord> denominatorRecords;
};

} // namespace waymark
