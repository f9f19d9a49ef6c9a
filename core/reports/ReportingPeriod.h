#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace waymark {

// The dates a return covers, both inclusive. Returns are normally sent for a financial quarter
// (April to June, July to September, October to December, January to March).
struct ReportingPeriod {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // True when the period is exactly one financial quarter.
    bool isQuarter() const;
    // The quarter before, when this is a quarter; otherwise the days of the same number just
    // before `from`. What the Reports screen sets a return beside.
    ReportingPeriod previous() const;
    // "Apr to Jun 2026" for a quarter, else "1 May 2026 to 20 Jun 2026".
    QString label() const;

    // The financial quarter a date falls in.
    static ReportingPeriod quarterOf(const QDate& day);
    // The quarter containing `today` and the `count - 1` before it, the latest first.
    static QVector<ReportingPeriod> recentQuarters(const QDate& today, int count);

    friend bool operator==(const ReportingPeriod& a, const ReportingPeriod& b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

} // namespace waymark
