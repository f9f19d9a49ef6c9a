#include "ui/ReferralsModel.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/FirstContact.h"

#include <algorithm>

namespace waymark {

namespace {

// The 48-hour clock as a worker reads it: when contact was made, or how long is left or how late.
QString firstContactText(const Referral& r, const Contract& contract, const QDateTime& now)
{
    switch (FirstContact::state(r, contract, now)) {
    case FirstContact::State::Made:
        return LocalTime::formatDateTime(r.firstContactAt);
    case FirstContact::State::Overdue: {
        const qint64 hours = FirstContact::deadline(r, contract).secsTo(now) / 3600;
        if (hours < 1)
            return ReferralsModel::tr("Overdue by less than an hour");
        if (hours >= 48)
            return ReferralsModel::tr("Overdue by %1 days").arg(hours / 24);
        return hours == 1 ? ReferralsModel::tr("Overdue by 1 hour")
                          : ReferralsModel::tr("Overdue by %1 hours").arg(hours);
    }
    case FirstContact::State::Due: {
        // Rounded up: "within 46 hours" is never less time than there is.
        const qint64 minutes = (now.secsTo(FirstContact::deadline(r, contract)) + 59) / 60;
        const qint64 hours = (minutes + 59) / 60;
        if (minutes < 60)
            return ReferralsModel::tr("Due within %1 minutes").arg(minutes);
        return hours == 1 ? ReferralsModel::tr("Due within 1 hour")
                          : ReferralsModel::tr("Due within %1 hours").arg(hours);
    }
    case FirstContact::State::NotApplicable:
        break;
    }
    return ReferralsModel::tr("Not needed");
}

} // namespace

ReferralsModel::ReferralsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QVector<ReferralsModel::Row> ReferralsModel::rows(const QVector<Referral>& referrals,
                                                  const QHash<QString, QString>& names,
                                                  const QHash<QString, Contract>& contracts, const QDateTime& now)
{
    const CodeList& sources = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource));
    const CodeList& decisions = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralDecision));
    QVector<Row> out;
    out.reserve(referrals.size());
    for (const Referral& r : referrals) {
        const Contract contract = contracts.value(r.contractId);
        Row row;
        row.referralId = r.id;
        row.serviceUserId = r.serviceUserId;
        row.cells = {LocalTime::formatDateTime(r.receivedAt),
                     names.value(r.serviceUserId),
                     contract.name,
                     sources.displayLabel(r.source),
                     firstContactText(r, contract, now),
                     decisions.displayLabel(r.decision)};
        row.sortKeys = row.cells;
        row.sortKeys[Received] = LocalTime::isoDateTimeUtc(r.receivedAt);
        // Contacts made, by when; then the clocks still running by their deadline, the most
        // overdue first; then those that need none.
        switch (FirstContact::state(r, contract, now)) {
        case FirstContact::State::Made:
            row.sortKeys[FirstContactClock] = QLatin1Char('0') + LocalTime::isoDateTimeUtc(r.firstContactAt);
            break;
        case FirstContact::State::Overdue:
        case FirstContact::State::Due:
            row.sortKeys[FirstContactClock] =
                QLatin1Char('1') + LocalTime::isoDateTimeUtc(FirstContact::deadline(r, contract));
            break;
        case FirstContact::State::NotApplicable:
            row.sortKeys[FirstContactClock] = QLatin1Char('2') + row.cells.at(FirstContactClock);
            break;
        }
        out.append(std::move(row));
    }
    return out;
}

void ReferralsModel::sortRows(QVector<Row>& rows, int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    std::stable_sort(rows.begin(), rows.end(), [column, order](const Row& a, const Row& b) {
        const QString& left = a.sortKeys.at(column);
        const QString& right = b.sortKeys.at(column);
        return order == Qt::AscendingOrder ? left < right : right < left;
    });
}

QVector<ReferralsModel::Row> ReferralsModel::replaceRows(QVector<Row> rows)
{
    beginResetModel();
    std::swap(m_rows, rows);
    endResetModel();
    return rows;
}

int ReferralsModel::rowOf(const QString& referralId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).referralId == referralId)
            return i;
    return -1;
}

int ReferralsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.at(index.column());
    case SortRole:
        return row.sortKeys.at(index.column());
    case ServiceUserIdRole:
        return row.serviceUserId;
    case ReferralIdRole:
        return row.referralId;
    default:
        return {};
    }
}

QVariant ReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Person:
        return tr("Person");
    case ContractName:
        return tr("Contract");
    case Source:
        return tr("Source");
    case FirstContactClock:
        return tr("First contact (48-hour clock)");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}

void ReferralsModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<QString> ids;
    ids.reserve(before.size());
    for (const QModelIndex& index : before)
        ids << (index.isValid() ? m_rows.at(index.row()).referralId : QString());
    sortRows(m_rows, column, order);
    // The selected referral stays selected wherever it has moved to.
    QHash<QString, int> rowOfId;
    if (!before.isEmpty())
        for (int i = 0; i < m_rows.size(); ++i)
            rowOfId.insert(m_rows.at(i).referralId, i);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << (before.at(i).isValid() ? index(rowOfId.value(ids.at(i), -1), before.at(i).column()) : QModelIndex());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace waymark
