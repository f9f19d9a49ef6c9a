#include "ui/CaseloadFilterProxy.h"

#include "ui/CaseloadModel.h"

#include <algorithm>
#include <numeric>

namespace waymark {

CaseloadFilterProxy::CaseloadFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CaseloadFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    // Whatever changes the rows makes the kept words and keys stale. (Connected before the base
    // class connects its own, so they are forgotten before it filters and sorts again.)
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { forget(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { forget(); });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { forget(); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { forget(); });
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { forget(); });
    }
    forget();
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseloadFilterProxy::setSearchText(const QString& text)
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::forget()
{
    m_remembered = false;
    m_words.clear();
    m_sortKeys.clear();
    m_ranks.clear();
}

void CaseloadFilterProxy::remember() const
{
    if (m_remembered)
        return;
    m_remembered = true;
    const QAbstractItemModel* model = sourceModel();
    const int rows = model ? model->rowCount() : 0;
    const int columns = model ? model->columnCount() : 0;
    m_words.clear();
    m_words.reserve(rows);
    m_sortKeys = QVector<QStringList>(columns);
    m_ranks = QVector<QVector<int>>(columns);
    for (QStringList& keys : m_sortKeys)
        keys.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QString words;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex cell = model->index(row, column);
            words += cell.data(Qt::DisplayRole).toString() + QLatin1Char('\n');
            m_sortKeys[column] << cell.data(sortRole()).toString().toCaseFolded();
        }
        m_words << words.toCaseFolded();
    }
}

bool CaseloadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return true;
    remember();
    return sourceRow < m_words.size() && m_words.at(sourceRow).contains(m_needle);
}

const QVector<int>& CaseloadFilterProxy::ranksOf(int column) const
{
    QVector<int>& ranks = m_ranks[column];
    const QStringList& keys = m_sortKeys.at(column);
    if (ranks.size() == keys.size())
        return ranks;
    QVector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    ranks = QVector<int>(keys.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && keys.at(order.at(i - 1)) < keys.at(order.at(i)))
            ++rank;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}

bool CaseloadFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    remember();
    const int column = left.column();
    if (column < 0 || column >= m_sortKeys.size() || left.row() >= m_sortKeys.at(column).size() ||
        right.row() >= m_sortKeys.at(column).size())
        return QSortFilterProxyModel::lessThan(left, right);
    const QVector<int>& ranks = ranksOf(column);
    return ranks.at(left.row()) < ranks.at(right.row());
}

} // namespace waymark
