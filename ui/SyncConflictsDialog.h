#pragma once

#include "core/domain/SyncConflict.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;

namespace waymark {

class ReadOnlyTable;
class ServiceUserRepository;
class SyncService;

// The conflicts screen (the status bar's conflicts button): each field changed both on this laptop and on the team server, the two values
// side by side with who changed them and when; a person keeps one. Until then the team server's
// value stands everywhere, and this laptop's is kept here.
class SyncConflictsDialog : public QDialog {
    Q_OBJECT
public:
    SyncConflictsDialog(SyncService& sync, ServiceUserRepository& people, QWidget* parent = nullptr);

    ReadOnlyTable* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }
    QLabel* message() const { return m_message; }

    void reload();

    // A field as a person reads it ("discharged_on" -> "Discharged on"); "deleted" as deletion.
    static QString fieldName(const QString& field);
    // A value as shown in the table: a deletion in words, an empty value as "(empty)".
    static QString shown(const QString& field, const QVariant& value);

signals:
    // A conflict was settled: what the screens show may have changed.
    void settled();

private:
    void keep(bool mine);

    SyncService& m_sync;
    ServiceUserRepository& m_people;
    QVector<SyncConflict> m_conflicts;
    ReadOnlyTable* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QLabel* m_message;
};

} // namespace waymark
