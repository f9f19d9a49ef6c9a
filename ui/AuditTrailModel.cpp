#include "ui/AuditTrailModel.h"

#include "core/domain/LocalTime.h"

namespace waymark {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setEntries(const QVector<AuditEntry>& entries, bool append)
{
    if (append) {
        if (entries.isEmpty())
            return;
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
        m_entries += entries;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditTrailModel::actionText(const QString& action)
{
    static const QHash<QString, const char*> words = {
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("changed"), QT_TR_NOOP("Changed")},
        {QStringLiteral("imported"), QT_TR_NOOP("Imported")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("viewed"), QT_TR_NOOP("Opened the record")},
        {QStringLiteral("printed"), QT_TR_NOOP("Printed")},
        {QStringLiteral("exported"), QT_TR_NOOP("Exported")},
        {QStringLiteral("reported"), QT_TR_NOOP("Ran a report")},
        {QStringLiteral("backed_up"), QT_TR_NOOP("Backed up")},
        {QStringLiteral("restored"), QT_TR_NOOP("Restored a backup")},
        {QStringLiteral("signed_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("Sign-in refused")},
        {QStringLiteral("account_added"), QT_TR_NOOP("Sign-in given")},
        {QStringLiteral("account_passphrase_set"), QT_TR_NOOP("New passphrase set")},
        {QStringLiteral("account_removed"), QT_TR_NOOP("Sign-in removed")},
        {QStringLiteral("anonymised"), QT_TR_NOOP("Anonymised")},
        {QStringLiteral("removed_from_laptop"), QT_TR_NOOP("Left this laptop's caseloads")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd() ? action : tr(it.value());
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == Before || index.column() == After || index.column() == Detail))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return LocalTime::formatDateTime(e.at);
    case Who:
        return e.actor;
    case What:
        return actionText(e.action);
    case Person:
        return e.serviceUserId.isEmpty() ? QString() : m_names.value(e.serviceUserId, e.serviceUserId);
    case Record:
        return e.table.isEmpty() ? QString() : e.table + QStringLiteral(" ") + e.recordId;
    case Field:
        return e.field;
    case Before:
    case After:
    case Detail:
        // Taken out when the person was anonymised (the retention review).
        if (e.valuesErased)
            return tr("(removed)");
        return index.column() == Before ? e.before : index.column() == After ? e.after : e.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const headers[] = {QT_TR_NOOP("When"),   QT_TR_NOOP("Who"),    QT_TR_NOOP("What"),
                                          QT_TR_NOOP("Person"), QT_TR_NOOP("Record"), QT_TR_NOOP("Field"),
                                          QT_TR_NOOP("Before"), QT_TR_NOOP("After"),  QT_TR_NOOP("Detail")};
    return section >= 0 && section < ColumnCount ? tr(headers[section]) : QVariant();
}

} // namespace waymark
