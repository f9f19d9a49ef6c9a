#pragma once

#include "core/reports/DistanceReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace waymark {

class BackgroundReader;
class Clock;
class Database;
class PeriodChooser;
class ReadingBar;
class StarChartView;
class StarDistanceView;

// A caseload's Outcome Star: for a contract and a period (a financial quarter or any dates), for
// the team or one key worker, the mean first and mean latest stars overlaid and the mean change
// per area, with the number of support periods behind each figure; printable on A4.
class CaseloadStarView : public QWidget {
    Q_OBJECT
public:
    // The report is worked out on `reader`, away from the window's thread.
    CaseloadStarView(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent = nullptr);

    // Starts working the report out again.
    void reload();
    // Reads the contracts and staff again too (when the screen is shown).
    void refresh();
    // Whether the report is being worked out (reportShown() follows).
    bool working() const;
    // Read again when next shown (the records may have changed meanwhile), not now.
    void markStale() { m_stale = true; }
    // The report is no longer wanted: its read, if any, is cancelled and it is read when next shown.
    void stopReading();
    ReadingBar* readingBar() const { return m_reading; }
    void setPeriod(const QDate& from, const QDate& to);
    void choose(const QString& contractId, const QString& keyWorkerId = {});
    const std::optional<DistanceReport>& report() const { return m_report; }
    QTableWidget* table() const { return m_table; }
    QString summary() const;
    // The report on A4; empty when there is nothing to print.
    std::optional<struct PrintedForm> printable() const;

signals:
    // The report, or why there is none, is on the screen.
    void reportShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false; // made and not yet worked out
    void fillChoices();
    void clear(const QString& why);
    void showReport(const DistanceReport& report);

    Database& m_database;
    BackgroundReader& m_reader;
    const Clock& m_clock;
    QComboBox* m_contract;
    QComboBox* m_worker;
    PeriodChooser* m_period;
    QLabel* m_summary;
    ReadingBar* m_reading;
    StarChartView* m_chart;
    StarDistanceView* m_bars;
    QTableWidget* m_table;
    std::optional<DistanceReport> m_report;
};

} // namespace waymark
