#pragma once

#include "core/domain/ChangeEntry.h"

#include <QHash>
#include <QWidget>

namespace waymark {

class ReadOnlyTable;

// A person's history as a worker reads it: when, who, which record, what changed, from what to
// what, the latest first.
class ChangeHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit ChangeHistoryView(QWidget* parent = nullptr);

    // `staffNames` turns the staff ids of who made a change into names.
    void setEntries(const QVector<ChangeEntry>& entries, const QHash<QString, QString>& staffNames);
    ReadOnlyTable* table() const { return m_table; }

    // "Support period", "Referral", ... for a table name.
    static QString recordKind(const QString& table);
    // "Date of birth" for "date_of_birth".
    static QString fieldLabel(const QString& column);

private:
    QString describe(const ChangeEntry& entry) const;

    ReadOnlyTable* m_table;
};

} // namespace waymark
