#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace waymark {

class CaseloadFilterProxy;
class CaseloadModel;
class CaseloadRepository;
class Clock;
class EmptyState;

// Everyone the service knows, filtered as you type; Enter or a double-click opens a record.
class CaseloadPage : public QWidget {
    Q_OBJECT
public:
    CaseloadPage(CaseloadRepository& caseload, const Clock& clock, QWidget* parent = nullptr);

    // Reads the caseload again; returns false (and shows why) when it cannot be read.
    bool reload();
    // A key worker's caseload: only the people whose current period they hold are read.
    void restrictTo(const QString& staffId) { m_onlyStaff = staffId; }

    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* table() const { return m_table; }
    int visibleCount() const;

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    void updateState();
    void openCurrent();

    CaseloadRepository& m_caseload;
    const Clock& m_clock;
    CaseloadModel* m_model;
    CaseloadFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QString m_loadError;
    QString m_onlyStaff;
};

} // namespace waymark
