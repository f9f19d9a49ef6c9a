#pragma once

#include "core/storage/AuditTrail.h"

#include <QAbstractTableModel>
#include <QHash>

namespace waymark {

// Entries of the audit trail as a table, newest first: when (London time), who, what was done,
// to whom and which record, and what changed.
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, What, Person, Record, Field, Before, After, Detail, ColumnCount };

    explicit AuditTrailModel(QObject* parent = nullptr);

    // Replaces the rows, or (append) adds older ones after them.
    void setEntries(const QVector<AuditEntry>& entries, bool append = false);
    // Names to show for people's ids.
    void setPeopleNames(const QHash<QString, QString>& names) { m_names = names; }
    const AuditEntry& entry(int row) const { return m_entries.at(row); }
    qint64 oldestSeq() const { return m_entries.isEmpty() ? 0 : m_entries.constLast().seq; }

    // An action's code in words ("viewed" -> "Opened the record").
    static QString actionText(const QString& action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
    QHash<QString, QString> m_names;
};

} // namespace waymark
