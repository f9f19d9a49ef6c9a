#pragma once

#include <QWidget>

class QTabWidget;

namespace waymark {

class BackgroundReader;
class CaseloadStarView;
class KpiReturnView;
class OutputsView;
class Clock;
class Database;

// The Reports screen: what a team leader sends the commissioner. The quarterly return of a
// contract, its management information, and the caseload's distance travelled on the star.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    // The reports are worked out on `reader`, the window's thread left to answer meanwhile.
    ReportsPage(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    KpiReturnView* kpiReturn() const { return m_return; }
    OutputsView* outputs() const { return m_outputs; }
    CaseloadStarView* distance() const { return m_distance; }
    void reload();
    // The reports are no longer wanted (another section is shown): their reads are cancelled.
    void stopReading();

signals:
    // A person behind a figure, or a record to put right (`where` and `recordId` as
    // KpiReturnView says).
    void openServiceUser(const QString& serviceUserId, const QString& where, const QString& recordId);

private:
    QTabWidget* m_tabs;
    KpiReturnView* m_return;
    OutputsView* m_outputs;
    CaseloadStarView* m_distance;
};

} // namespace waymark
