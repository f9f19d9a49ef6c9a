#pragma once

#include "core/reports/ReportingPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace waymark {

// The period of a return: the recent financial quarters offered by name, any dates allowed.
// Choosing a quarter sets the dates; changing a date shows "Other dates" unless the dates are a
// quarter offered.
class PeriodChooser : public QWidget {
    Q_OBJECT
public:
    PeriodChooser(const QDate& today, int quarters, QWidget* parent = nullptr);

    ReportingPeriod period() const;
    void setPeriod(const ReportingPeriod& period);
    QComboBox* quarterBox() const { return m_quarter; }

signals:
    void periodChanged(const ReportingPeriod& period);

private:
    void showQuarterOf(const ReportingPeriod& period);

    QComboBox* m_quarter;
    QDateEdit* m_from;
    QDateEdit* m_to;
};

} // namespace waymark
