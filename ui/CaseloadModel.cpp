#include "ui/CaseloadModel.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/rules/CaseStatus.h"
#include "ui/StatusIcon.h"

#include <QIcon>

namespace waymark {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseloadModel::setEntries(QVector<CaseloadEntry> entries, const QDate& today)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_today = today;
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::statusText(const CaseloadEntry& entry, const QDate& today)
{
    switch (caseStatus(entry, today)) {
    case CaseStatus::Referred:
        return tr("Referred");
    case CaseStatus::Starting:
        return tr("Starting");
    case CaseStatus::Open:
        return tr("In support");
    case CaseStatus::Closed:
        return tr("Closed");
    case CaseStatus::NoSupport:
        return tr("Not in support");
    }
    return {};
}

QString CaseloadModel::nextActionText(const CaseloadEntry& entry, const QDate& today)
{
    if (entry.nextAppointment.isValid())
        return tr("Appointment %1").arg(LocalTime::formatDateTime(entry.nextAppointment));
    switch (caseStatus(entry, today)) {
    case CaseStatus::Referred:
        return tr("Decide on the referral");
    case CaseStatus::Open:
    case CaseStatus::Starting:
        return tr("Book an appointment");
    default:
        return {};
    }
}

QString CaseloadModel::cellText(const CaseloadEntry& e, int column, int role, const QDate& today)
{
    if (role == SortRole) {
        switch (column) {
        case Name:
            return PersonName::sortKey(e.givenName, e.familyName);
        case StartDate:
            return LocalTime::isoDate(e.startDate);
        case NextAction:
            return e.nextAppointment.isValid() ? LocalTime::isoDateTimeUtc(e.nextAppointment)
                                               : QStringLiteral("~") + nextActionText(e, today);
        default:
            break; // sorted by what it shows
        }
    }
    switch (column) {
    case Name:
        return PersonName::display(e.givenName, e.familyName, e.preferredName);
    case KeyWorker:
        return e.keyWorkerName;
    case Contract:
        return e.contractName;
    case Status:
        return statusText(e, today);
    case StartDate:
        return LocalTime::formatDate(e.startDate);
    case NextAction:
        return nextActionText(e, today);
    default:
        return {};
    }
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CaseloadEntry& e = m_entries.at(index.row());
    if (role == ServiceUserIdRole)
        return e.serviceUserId;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole)
        return cellText(e, index.column(), role == SortRole ? SortRole : int(Qt::DisplayRole), m_today);
    if (role == Qt::DecorationRole && index.column() == Status) {
        // Status is never shown by colour alone: the icon goes with a word.
        return statusIcon(caseStatus(e, m_today));
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Open %1's record (Enter or double-click)")
            .arg(e.preferredName.isEmpty() ? e.givenName : e.preferredName);
    return {};
}

const QIcon& CaseloadModel::statusIcon(CaseStatus status) const
{
    QIcon& icon = m_statusIcons.at(std::size_t(status));
    if (icon.isNull())
        icon = StatusIcon::make(status);
    return icon;
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case KeyWorker:
        return tr("Key worker");
    case Contract:
        return tr("Contract");
    case Status:
        return tr("Status");
    case StartDate:
        return tr("Start date");
    case NextAction:
        return tr("Next action");
    default:
        return {};
    }
}

} // namespace waymark
