#pragma once

#include "core/domain/Result.h"
#include "core/reports/OutputsReport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace waymark {

class BackgroundReader;
class BarChartView;
class Clock;
class Database;
class PeriodChooser;
class ReadOnlyTable;
class ReadingBar;

// Reports > Management information (C 14.3): a contract's person-based outputs for a period,
// broken down by gender, age band or ethnicity, with bars per group and bars for the last four
// periods. The screen shows every figure; printed and saved copies show "<5" for groups of
// fewer than five people.
class OutputsView : public QWidget {
    Q_OBJECT
public:
    // The figures are worked out on `reader`, away from the window's thread.
    OutputsView(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent = nullptr);

    void refresh();
    void choose(const QString& contractId, const ReportingPeriod& period, OutputsReport::By by);
    // Whether the figures are being worked out (reportShown() follows).
    bool working() const;
    // Read again when next shown (the records may have changed meanwhile), not now.
    void markStale() { m_stale = true; }
    // The report is no longer wanted: its read, if any, is cancelled and it is read when next shown.
    void stopReading();
    ReadingBar* readingBar() const { return m_reading; }

    const std::optional<OutputsReport>& report() const { return m_report; }
    // The figure the charts show, and its value in each of the four periods ending with this one.
    const QVector<QPair<QString, double>>& periodBars() const { return m_periodBars; }
    ReadOnlyTable* table() const { return m_table; }
    QComboBox* figureBox() const { return m_figure; }
    Status exportTo(const QString& path) const;

signals:
    // The figures, or why there are none, are on the screen.
    void reportShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false; // made and not yet worked out
    struct Outcome;
    void fillContracts();
    void reload();
    void showOutcome(Outcome& outcome);
    void drawCharts();
    std::optional<struct ReturnTable> returnTable() const;
    void saveAs(const QString& suffix);

    Database& m_database;
    BackgroundReader& m_reader;
    const Clock& m_clock;
    QComboBox* m_contract;
    PeriodChooser* m_period;
    QComboBox* m_by;
    QComboBox* m_figure;
    QLabel* m_summary;
    ReadingBar* m_reading;
    QPushButton* m_print;
    QToolButton* m_save;
    ReadOnlyTable* m_table;
    BarChartView* m_groupsChart;
    BarChartView* m_periodsChart;
    std::optional<OutputsReport> m_report;
    QVector<OutputsReport> m_history; // the three periods before, oldest first
    QVector<QPair<QString, double>> m_periodBars;
};

} // namespace waymark
