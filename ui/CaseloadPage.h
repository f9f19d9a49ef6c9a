#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace waymark {

class BackgroundReader;
class CaseloadFilterProxy;
class CaseloadModel;
class Clock;
class EmptyState;
class ReadingBar;

// Everyone the service knows, filtered as you type; Enter or a double-click opens a record.
class CaseloadPage : public QWidget {
    Q_OBJECT
public:
    // The caseload is read on `reader`, away from the window's thread: a team's at a large
    // provider's size is tens of thousands of people. The search box answers meanwhile.
    CaseloadPage(BackgroundReader& reader, const Clock& clock, QWidget* parent = nullptr);

    // Starts reading the caseload again; the rows shown stay until the new ones come
    // (caseloadShown() follows, with the rows or why they could not be read).
    void reload();
    // Whether the caseload is being read.
    bool working() const;
    // The caseload is no longer wanted (another section is shown): its read is cancelled,
    // quietly, and the rows shown stay.
    void stopReading();
    ReadingBar* readingBar() const { return m_reading; }
    // A key worker's caseload: only the people whose current period they hold are read.
    void restrictTo(const QString& staffId) { m_onlyStaff = staffId; }

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* table() const { return m_table; }
    int visibleCount() const;
    // How many people a large caseload's first screenful is: as many as a window as tall as this
    // screen shows, and a few more. Each one read is time the window waits for as it opens:
    // no more are read than anyone could see before the whole list follows.
    int firstScreenful() const;

signals:
    void openServiceUser(const QString& serviceUserId);
    // The first screenful of a large caseload is on the screen, the rest still being read.
    void firstRowsShown();
    // The caseload, or why it could not be read, is on the screen.
    void caseloadShown();

private:
    void updateState();
    void openCurrent();
    // Makes the person's row, if shown, the current one.
    void choose(const QString& serviceUserId);

    BackgroundReader& m_reader;
    const Clock& m_clock;
    CaseloadModel* m_model;
    CaseloadFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_count;
    ReadingBar* m_reading;
    QStackedWidget* m_stack;
    QTreeView* m_table;
    EmptyState* m_empty;
    QString m_loadError;
    QString m_onlyStaff;
    // The rows shown are only the first screenful (firstRowsShown), the rest still being read.
    bool m_partial = false;
};

} // namespace waymark
