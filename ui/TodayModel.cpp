#include "ui/TodayModel.h"

#include "core/domain/LocalTime.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace waymark {

namespace {

// Most urgent first: what is already late, then what falls due.
const TodayItem::Kind GroupOrder[] = {
    TodayItem::Kind::FirstContactOverdue, TodayItem::Kind::PastMaximumDuration,
    TodayItem::Kind::DnaWithdrawalReview, TodayItem::Kind::WeeklyCapExceeded,
    TodayItem::Kind::FirstContactDue,     TodayItem::Kind::PlanMissing,
    TodayItem::Kind::PlanReviewDue,       TodayItem::Kind::StarDue,
    TodayItem::Kind::EndingSoon,
};

bool isLate(TodayItem::Kind kind)
{
    return kind == TodayItem::Kind::FirstContactOverdue
           || kind == TodayItem::Kind::PastMaximumDuration
           || kind == TodayItem::Kind::DnaWithdrawalReview
           || kind == TodayItem::Kind::WeeklyCapExceeded;
}

} // namespace

TodayModel::TodayModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

QString TodayModel::kindTitle(TodayItem::Kind kind)
{
    switch (kind) {
    case TodayItem::Kind::FirstContactOverdue:
        return tr("First contact overdue");
    case TodayItem::Kind::FirstContactDue:
        return tr("First contact due");
    case TodayItem::Kind::PlanMissing:
        return tr("No support plan yet");
    case TodayItem::Kind::PlanReviewDue:
        return tr("Support plan review due");
    case TodayItem::Kind::StarDue:
        return tr("Outcome Star due");
    case TodayItem::Kind::EndingSoon:
        return tr("Support ending soon");
    case TodayItem::Kind::PastMaximumDuration:
        return tr("Past the maximum length of support");
    case TodayItem::Kind::DnaWithdrawalReview:
        return tr("Withdrawal review needed after missed appointments");
    case TodayItem::Kind::WeeklyCapExceeded:
        return tr("Over the weekly hours cap");
    }
    return {};
}

void TodayModel::setRows(const QVector<Row>& rows, const QDateTime& now)
{
    beginResetModel();
    m_now = now;
    m_groups.clear();
    for (TodayItem::Kind kind : GroupOrder) {
        Group group{kind, {}};
        for (const Row& row : rows)
            if (row.item.kind == kind)
                group.rows << row;
        if (!group.rows.isEmpty())
            m_groups << group;
    }
    endResetModel();
}

int TodayModel::itemCount() const
{
    int count = 0;
    for (const Group& g : m_groups)
        count += int(g.rows.size());
    return count;
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).rows.size())
        return {};
    // A child carries its group's row plus one, so that 0 marks a group.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int TodayModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString TodayModel::whatText(const Row& row) const
{
    const TodayItem& item = row.item;
    switch (item.kind) {
    case TodayItem::Kind::FirstContactOverdue:
        return tr("Contact the person now");
    case TodayItem::Kind::FirstContactDue:
        return tr("Contact the person about their referral");
    case TodayItem::Kind::PlanMissing:
        return tr("Write and agree a support plan");
    case TodayItem::Kind::PlanReviewDue:
        return tr("Review the support plan with the person");
    case TodayItem::Kind::StarDue:
        return tr("Complete an Outcome Star assessment");
    case TodayItem::Kind::EndingSoon:
        return tr("Plan the move on, or agree an extension");
    case TodayItem::Kind::PastMaximumDuration:
        return tr("Close support, or record the extension agreed");
    case TodayItem::Kind::DnaWithdrawalReview:
        return tr("Decide whether support continues");
    case TodayItem::Kind::WeeklyCapExceeded:
        return tr("Reduce the hours, or record why more are needed");
    }
    return {};
}

QString TodayModel::dueText(const Row& row) const
{
    const TodayItem& item = row.item;
    if (item.dueAt.isValid()) {
        const qint64 minutes = m_now.secsTo(item.dueAt) / 60;
        const QString when = LocalTime::formatDateTime(item.dueAt);
        if (minutes < 0) {
            const qint64 late = -minutes;
            return late >= 60 ? tr("%1 (%2 h late)").arg(when).arg(late / 60)
                              : tr("%1 (%2 min late)").arg(when).arg(late);
        }
        return minutes >= 60 ? tr("%1 (%2 h left)").arg(when).arg(minutes / 60)
                             : tr("%1 (%2 min left)").arg(when).arg(minutes);
    }
    if (item.kind == TodayItem::Kind::WeeklyCapExceeded)
        return tr("Week of %1").arg(LocalTime::formatDate(item.dueDate));
    return LocalTime::formatDate(item.dueDate);
}

QVariant TodayModel::groupData(const Group& group, int column, int role) const
{
    if (column != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2)").arg(kindTitle(group.kind)).arg(group.rows.size());
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::DecorationRole:
        // Lateness is said by the heading and the icon together, never by colour alone.
        return QApplication::style()->standardIcon(isLate(group.kind)
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation);
    case KindRole:
        return TodayItem::code(group.kind);
    default:
        return {};
    }
}

QVariant TodayModel::rowData(const Row& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Person:
            return row.personName;
        case What:
            return whatText(row);
        case Due:
            return dueText(row);
        case Contract:
            return row.contractName;
        case KeyWorker:
            return row.item.referralId.isEmpty() ? row.keyWorkerName : tr("Not yet allocated");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == What ? whatText(row)
                              : (column == Contract ? row.contractName : QVariant());
    case ServiceUserIdRole:
        return row.item.serviceUserId;
    case KindRole:
        return TodayItem::code(row.item.kind);
    case ReferralIdRole:
        return row.item.referralId;
    case SupportPeriodIdRole:
        return row.item.supportPeriodId;
    default:
        return {};
    }
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() < m_groups.size() ? groupData(m_groups.at(index.row()), index.column(), role)
                                             : QVariant();
    const qsizetype group = qsizetype(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).rows.size())
        return {};
    return rowData(m_groups.at(group).rows.at(index.row()), index.column(), role);
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Person:
        return tr("Person");
    case What:
        return tr("What to do");
    case Due:
        return tr("Due");
    case Contract:
        return tr("Contract");
    case KeyWorker:
        return tr("Key worker");
    default:
        return {};
    }
}

} // namespace waymark
