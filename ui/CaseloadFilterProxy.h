#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

namespace waymark {

// The Caseload page's search and sort over a large caseload (50,000 people at a large provider):
// each row's words (every column as shown, in lower case) and its sort keys are worked out once
// when the list is read, so that a key typed into the search matches a kept text per row
// instead of asking the model for every cell, and re-sorting what is left compares each row's
// kept rank in the column's order (a number) instead of its text.
// What it shows is what QSortFilterProxyModel shows with a fixed-string filter over every column,
// case-insensitive, sorted by CaseloadModel::SortRole.
class CaseloadFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseloadFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // Rows whose shown text holds `text` anywhere, ignoring case; every row when it is empty.
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void forget();
    void remember() const;
    // Each row's place in `column`'s order, rows with equal keys sharing one, worked out when the
    // column is first sorted on.
    const QVector<int>& ranksOf(int column) const;

    QString m_needle;
    mutable bool m_remembered = false;
    mutable QStringList m_words;             // per source row
    mutable QVector<QStringList> m_sortKeys; // per column, per source row
    mutable QVector<QVector<int>> m_ranks;   // per column (empty until sorted on), per source row
};

} // namespace waymark
