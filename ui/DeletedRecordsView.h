#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace waymark {

class DeletedRecordService;
class ReadOnlyTable;

// Admin > Deleted records: what was deleted, whose it was, when and by whom, newest first; and
// Restore, which puts the selected record back where it was.
class DeletedRecordsView : public QWidget {
    Q_OBJECT
public:
    explicit DeletedRecordsView(DeletedRecordService& records, QWidget* parent = nullptr);

    bool reload();
    bool restoreSelected();

    ReadOnlyTable* table() const { return m_table; }
    QLabel* status() const { return m_status; }

    // A list's records as the screen names them ("Hospital stay").
    static QString kindOf(const QString& list);

private:
    DeletedRecordService& m_records;
    ReadOnlyTable* m_table;
    QPushButton* m_restore;
    QLabel* m_status;
};

} // namespace waymark
