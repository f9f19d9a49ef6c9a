#pragma once

#include "core/domain/CaseloadEntry.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

#include <optional>

namespace waymark {

// The Caseload page's search and sort over a large caseload (50,000 people at a large provider):
// each row's words (every column as shown, case-folded, in UTF-8: half the memory of QString,
// and searched by the C library's byte search, several times faster than a search of UTF-16
// text at 50,000 rows a keystroke) and its sort keys are worked out once
// when the list is read, so that a key typed into the search matches a kept text per row
// instead of asking the model for every cell, and re-sorting what is left compares each row's
// kept rank in the column's order (a number) instead of its text.
// What it shows is what QSortFilterProxyModel shows with a fixed-string filter over every column,
// case-insensitive, sorted by CaseloadModel::SortRole. Its source is a CaseloadModel.
class CaseloadFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // What the proxy keeps of a list of rows: worked out from the entries alone (so on the
    // reader's thread, as the list is read), and handed over with the rows.
    struct Kept {
        QList<QByteArray> words;       // per row: UTF-8, case-folded
        QVector<QStringList> sortKeys; // per column, per row
        QVector<QVector<int>> ranks;   // per column (empty until sorted on), per row
    };
    // `entries` as CaseloadModel shows them on `today`, ranked in `sortColumn`'s order.
    static Kept keep(const QVector<CaseloadEntry>& entries, const QDate& today, int sortColumn);

    explicit CaseloadFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // Rows whose shown text holds `text` anywhere, ignoring case; every row when it is empty.
    void setSearchText(const QString& text);
    // What keep() worked out for the rows the model is about to be given: taken instead of
    // working it out again when they come (on the window's thread, a third of a second at
    // 50,000 people).
    void adopt(Kept kept);
    // What it keeps now (shared, not copied): for the caller to let go of elsewhere.
    Kept kept() const { return Kept{m_words, m_sortKeys, m_ranks}; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void forget();
    void remember() const;
    // Each row's place in `column`'s order, rows with equal keys sharing one, worked out when the
    // column is first sorted on.
    const QVector<int>& ranksOf(int column) const;

    // The ranks of rows that have equal or unequal keys, from a column's keys.
    static QVector<int> rank(const QStringList& keys);

    QByteArray m_needle;           // UTF-8, case-folded, as the words are
    std::optional<Kept> m_adopted; // for the rows about to come
    mutable bool m_remembered = false;
    mutable QList<QByteArray> m_words;       // per source row
    mutable QVector<QStringList> m_sortKeys; // per column, per source row
    mutable QVector<QVector<int>> m_ranks;   // per column (empty until sorted on), per source row
};

} // namespace waymark
