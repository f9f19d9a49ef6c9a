#pragma once

#include <QWidget>

class QTabWidget;

namespace waymark {

class CaseloadStarView;
class Clock;
class Database;

// The Reports screen: what a team leader shows the commissioner. Today the caseload's distance
// travelled on the Outcome Star; the quarterly returns join it here.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    ReportsPage(Database& database, const Clock& clock, QWidget* parent = nullptr);

    CaseloadStarView* distance() const { return m_distance; }
    void reload();

private:
    QTabWidget* m_tabs;
    CaseloadStarView* m_distance;
};

} // namespace waymark
