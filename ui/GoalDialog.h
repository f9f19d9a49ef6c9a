#pragma once

#include "core/domain/Goal.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace waymark {

class FieldMessages;

// One SMART goal: what, how progress is measured, who does what, a target date, the outcome it
// serves (an Outcomes Framework code and a star area), tasks picked from the commissioner's
// support task list (T Appendix 2) or typed, and its status.
class GoalDialog : public QDialog {
    Q_OBJECT
public:
    // `starAreas` are the keys and names of the contract's star template areas (may be empty).
    GoalDialog(const Goal& goal, const QList<QPair<QString, QString>>& starAreas, QWidget* parent = nullptr);

    Goal goal() const;
    FieldMessages* messages() const { return m_messages; }
    void accept() override;

private:
    Goal m_goal;
    FieldMessages* m_messages;
    QPlainTextEdit* m_what;
    QPlainTextEdit* m_measure;
    QPlainTextEdit* m_who;
    QDateEdit* m_target;
    QComboBox* m_outcome;
    QComboBox* m_starArea;
    QListWidget* m_tasks;
    QLineEdit* m_otherTasks;
    QComboBox* m_status;
};

} // namespace waymark
