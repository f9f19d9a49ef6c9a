#pragma once

#include "core/domain/Result.h"
#include "core/reports/DataQuality.h"
#include "core/reports/KpiReport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace waymark {

class BackgroundReader;
class Clock;
class Database;
class KpiReturnModel;
class PeriodChooser;
class ReadingBar;

// Reports > Quarterly return: a contract's return for a period with the period before beside
// it, every figure opening the people and records behind it, a data-quality check with a count,
// and print preview, PDF, CSV and XLSX of the return.
class KpiReturnView : public QWidget {
    Q_OBJECT
public:
    // The return is worked out on `reader`, away from the window's thread: at a large provider's
    // size it reads years of records.
    KpiReturnView(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent = nullptr);

    // Reads the contracts again and starts working the return out again.
    void refresh();
    void choose(const QString& contractId, const ReportingPeriod& period);
    // Whether a return is being worked out (returnShown() follows).
    bool working() const;
    // Read again when next shown (the records may have changed meanwhile), not now.
    void markStale() { m_stale = true; }
    // The report is no longer wanted: its read, if any, is cancelled and it is read when next shown.
    void stopReading();

    const std::optional<KpiReport>& report() const { return m_report; }
    const QVector<DataQualityIssue>& issues() const { return m_issues; }
    KpiReturnModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* summary() const { return m_summary; }
    ReadingBar* readingBar() const { return m_reading; }
    QPushButton* againButton() const { return m_again; }

    // The people and records behind the figure of a row (the dialog is returned shown, so a
    // test can drive it).
    class KpiRecordsDialog* showRecords(int row);
    class KpiRecordsDialog* showServiceUsers();
    class DataQualityDialog* showDataQuality();
    // Writes the return as the file's extension says: .pdf, .csv or .xlsx.
    Status exportTo(const QString& path) const;

signals:
    // A return, or why there is none, is on the screen.
    void returnShown();
    // `where` says where on the record (DataQuality::whereToFix), empty for the profile;
    // `recordId` the record to fix, when there is one.
    void openServiceUser(const QString& serviceUserId, const QString& where, const QString& recordId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false; // made and not yet worked out
    struct Outcome;
    void fillContracts();
    void reload();
    void clear(const QString& why);
    void showOutcome(Outcome& outcome);
    std::optional<struct ReturnTable> table(bool withPrevious) const;
    void saveAs(const QString& suffix);

    Database& m_database;
    BackgroundReader& m_reader;
    const Clock& m_clock;
    QComboBox* m_contract;
    PeriodChooser* m_period;
    QLabel* m_summary;
    ReadingBar* m_reading;
    QPushButton* m_again;
    QPushButton* m_people;
    QPushButton* m_check;
    QPushButton* m_print;
    QToolButton* m_save;
    QTableView* m_table;
    KpiReturnModel* m_model;
    std::optional<KpiReport> m_report;
    std::optional<KpiReturn> m_previous;
    QVector<DataQualityIssue> m_issues;
};

} // namespace waymark
