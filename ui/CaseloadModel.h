#pragma once

#include "core/domain/CaseloadEntry.h"
#include "core/rules/CaseStatus.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <QVector>

#include <array>

namespace waymark {

// The Caseload list as a table: name, key worker, contract, status, start date, next action.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, KeyWorker, Contract, Status, StartDate, NextAction, ColumnCount };
    // The raw value a column sorts by (ISO dates, not the shown text).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ServiceUserIdRole = Qt::UserRole + 1;

    explicit CaseloadModel(QObject* parent = nullptr);

    void setEntries(QVector<CaseloadEntry> entries, const QDate& today);
    // What a cell shows (Qt::DisplayRole) or sorts by (SortRole), from the entry alone: also
    // worked out away from the window's thread, for the search's kept words.
    static QString cellText(const CaseloadEntry& entry, int column, int role, const QDate& today);
    const CaseloadEntry& entry(int row) const { return m_entries.at(row); }
    const QVector<CaseloadEntry>& entries() const { return m_entries; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString statusText(const CaseloadEntry& entry, const QDate& today);
    static QString nextActionText(const CaseloadEntry& entry, const QDate& today);
    // The status column's pictures, each made once (StatusIcon).
    const QIcon& statusIcon(CaseStatus status) const;

    QVector<CaseloadEntry> m_entries;
    QDate m_today;
    mutable std::array<QIcon, 5> m_statusIcons; // one for each CaseStatus
};

} // namespace waymark
