#include "ui/CaseloadFilterProxy.h"

#include "ui/CaseloadModel.h"

#include <algorithm>
#include <numeric>
#include <string_view>

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
    // UTF-8 is self-synchronising: a valid needle matches only where a character starts, so
    // searching its bytes finds exactly what searching its characters would.
    const QByteArray needle = text.trimmed().toCaseFolded().toUtf8();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::adopt(Kept kept)
{
    m_adopted = std::move(kept);
}

void CaseloadFilterProxy::forget()
{
    m_remembered = false;
    m_words.clear();
    m_sortKeys.clear();
    m_ranks.clear();
    if (m_adopted) {
        // The rows coming are those it was worked out for.
        m_words = std::move(m_adopted->words);
        m_sortKeys = std::move(m_adopted->sortKeys);
        m_ranks = std::move(m_adopted->ranks);
        m_adopted.reset();
        m_remembered = true;
    }
}

CaseloadFilterProxy::Kept CaseloadFilterProxy::keep(const QVector<CaseloadEntry>& entries, const QDate& today,
                                                    int sortColumn)
{
    Kept kept;
    const int columns = CaseloadModel::ColumnCount;
    kept.words.reserve(entries.size());
    kept.sortKeys = QVector<QStringList>(columns);
    kept.ranks = QVector<QVector<int>>(columns);
    for (QStringList& keys : kept.sortKeys)
        keys.reserve(entries.size());
    for (const CaseloadEntry& e : entries) {
        QString words;
        for (int column = 0; column < columns; ++column) {
            words += CaseloadModel::cellText(e, column, Qt::DisplayRole, today) + QLatin1Char('\n');
            kept.sortKeys[column] << CaseloadModel::cellText(e, column, CaseloadModel::SortRole, today).toCaseFolded();
        }
        kept.words << words.toCaseFolded().toUtf8();
    }
    if (sortColumn >= 0 && sortColumn < columns)
        kept.ranks[sortColumn] = rank(kept.sortKeys.at(sortColumn));
    return kept;
}

void CaseloadFilterProxy::remember() const
{
    if (m_remembered)
        return;
    m_remembered = true;
    // The rows it was not handed with them (a change to the list in place): worked out here.
    const auto* caseload = qobject_cast<const CaseloadModel*>(sourceModel());
    Kept kept = caseload ? keep(caseload->entries(), caseload->today(), -1) : Kept{};
    m_words = std::move(kept.words);
    m_sortKeys = std::move(kept.sortKeys);
    m_ranks = std::move(kept.ranks);
}

bool CaseloadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return true;
    remember();
    if (sourceRow >= m_words.size())
        return false;
    const QByteArray& words = m_words.at(sourceRow);
    return std::string_view(words.constData(), std::size_t(words.size()))
               .find(std::string_view(m_needle.constData(), std::size_t(m_needle.size()))) != std::string_view::npos;
}

QVector<int> CaseloadFilterProxy::rank(const QStringList& keys)
{
    QVector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    QVector<int> ranks(keys.size());
    int place = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && keys.at(order.at(i - 1)) < keys.at(order.at(i)))
            ++place;
        ranks[order.at(i)] = place;
    }
    return ranks;
}

const QVector<int>& CaseloadFilterProxy::ranksOf(int column) const
{
    QVector<int>& ranks = m_ranks[column];
    const QStringList& keys = m_sortKeys.at(column);
    if (ranks.size() != keys.size())
        ranks = rank(keys);
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
