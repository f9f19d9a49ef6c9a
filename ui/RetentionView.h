#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace waymark {

class ReadOnlyTable;
class RetentionService;

// The retention review, for the administrator: how many years records are kept after support
// ends, who has gone past that, and anonymising them one at a time (after asking: it cannot be
// undone).
class RetentionView : public QWidget {
    Q_OBJECT
public:
    explicit RetentionView(RetentionService& retention, QWidget* parent = nullptr);

    bool reload();
    // Anonymises the selected person; `ask` false skips the question (tests).
    bool anonymiseSelected(bool ask = true);

    ReadOnlyTable* table() const { return m_table; }
    QSpinBox* years() const { return m_years; }
    QLabel* status() const { return m_status; }

private:
    RetentionService& m_retention;
    QSpinBox* m_years;
    ReadOnlyTable* m_table;
    QPushButton* m_anonymise;
    QLabel* m_status;
};

} // namespace waymark
