#pragma once

#include "core/domain/TodayItem.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QVector>

namespace waymark {

// The Today list as a two-level tree: one group per kind of item, most urgent group first, and
// the items of each group under it in the order the rules sorted them.
class TodayModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Person, What, Due, Contract, KeyWorker, ColumnCount };
    static constexpr int ServiceUserIdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;
    static constexpr int ReferralIdRole = Qt::UserRole + 3;
    static constexpr int SupportPeriodIdRole = Qt::UserRole + 4;

    // One item with the names a worker reads it by.
    struct Row {
        TodayItem item;
        QString personName;
        QString keyWorkerName;
        QString contractName;
    };

    explicit TodayModel(QObject* parent = nullptr);

    void setRows(const QVector<Row>& rows, const QDateTime& now);
    int itemCount() const;
    // The group heading a worker sees for a kind ("First contact overdue").
    static QString kindTitle(TodayItem::Kind kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        TodayItem::Kind kind;
        QVector<Row> rows;
    };
    QString whatText(const Row& row) const;
    QString dueText(const Row& row) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant rowData(const Row& row, int column, int role) const;

    QVector<Group> m_groups;
    QDateTime m_now;
};

} // namespace waymark
