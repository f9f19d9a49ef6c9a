#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace waymark {

struct Repositories;
class BackgroundReader;
class Clock;
class EmptyState;
class ReadingBar;
class TodayModel;

// What needs attention now: one worker's items of the Today list, or the whole team's for a
// team leader, grouped by kind with the most urgent first. Activating an item asks for the place
// where it is resolved.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    // The list is read on `reader`, away from the window's thread: a team's list at a large
    // provider's size reads thousands of periods.
    TodayPage(Repositories& repositories, BackgroundReader& reader, const Clock& clock, QWidget* parent = nullptr);

    // Starts reading the records again (listShown() follows, with the list or why it could not
    // be read).
    void reload();
    // Whether the list is being read.
    bool working() const;
    // The list is no longer wanted (another section is shown): its read is cancelled, quietly.
    void stopReading();
    ReadingBar* readingBar() const { return m_reading; }
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
    // The list, or why it could not be read, is on the screen.
    void listShown();
    // A person's record, opened where the item is resolved (the kind's code says which).
    void openItem(const QString& serviceUserId, const QString& kind, const QString& referralId,
                  const QString& supportPeriodId);

private:
    struct Outcome;
    void fillStaff();
    void showOutcome(const Outcome& outcome);

    Repositories& m_repositories;
    BackgroundReader& m_reader;
    QString m_onlyStaff;
    const Clock& m_clock;
    QLabel* m_date;
    QLabel* m_count;
    QLabel* m_complaints;
    ReadingBar* m_reading;
    QComboBox* m_staff;
    QTreeView* m_view;
    TodayModel* m_model;
    EmptyState* m_empty;
};

} // namespace waymark
