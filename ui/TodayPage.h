#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace waymark {

struct Repositories;
class Clock;
class EmptyState;
class TodayModel;

// What needs attention now: one worker's items of the Today list, or the whole team's for a
// team leader, grouped by kind with the most urgent first. Activating an item asks for the place
// where it is resolved.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    TodayPage(Repositories& repositories, const Clock& clock, QWidget* parent = nullptr);

    // Reads the records again; false (with the reason shown) when they cannot be read.
    bool reload();
    // Shows one staff member's list, or everyone's for an empty id.
    void showStaff(const QString& staffId);
    QString shownStaff() const;
    // A key worker's Today list: only their own, and nobody else's is read (issue 7).
    void restrictTo(const QString& staffId);

    TodayModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QComboBox* staffChoice() const { return m_staff; }
    // The line about serious complaints not yet sent to the commissioner (hidden when none).
    QLabel* complaintsNotice() const { return m_complaints; }

signals:
    // A person's record, opened where the item is resolved (the kind's code says which).
    void openItem(const QString& serviceUserId, const QString& kind, const QString& referralId,
                  const QString& supportPeriodId);

private:
    void fillStaff();

    Repositories& m_repositories;
    QString m_onlyStaff;
    const Clock& m_clock;
    QLabel* m_date;
    QLabel* m_count;
    QLabel* m_complaints;
    QComboBox* m_staff;
    QTreeView* m_view;
    TodayModel* m_model;
    EmptyState* m_empty;
};

} // namespace waymark
