#include "ui/DeletedRecordsView.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/services/DeletedRecordService.h"
#include "ui/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int ListRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

} // namespace

QString DeletedRecordsView::kindOf(const QString& list)
{
    static const QHash<QString, const char*> kinds{
        {QStringLiteral("service_users"), QT_TR_NOOP("Person")},
        {QStringLiteral("referrals"), QT_TR_NOOP("Referral")},
        {QStringLiteral("support_periods"), QT_TR_NOOP("Support period")},
        {QStringLiteral("appointments"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("hospital_stays"), QT_TR_NOOP("Hospital stay")},
        {QStringLiteral("star_assessments"), QT_TR_NOOP("Outcome Star")},
        {QStringLiteral("support_plans"), QT_TR_NOOP("Support plan")},
        {QStringLiteral("goals"), QT_TR_NOOP("Goal")},
        {QStringLiteral("reviews"), QT_TR_NOOP("Plan review")},
        {QStringLiteral("withdrawal_reviews"), QT_TR_NOOP("Withdrawal review")},
        {QStringLiteral("x_risk_assessments"), QT_TR_NOOP("Risk assessment")},
        {QStringLiteral("complaints"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("incidents"), QT_TR_NOOP("Incident")},
        {QStringLiteral("notes"), QT_TR_NOOP("Case note")},
    };
    const char* kind = kinds.value(list);
    return kind ? tr(kind) : list;
}

DeletedRecordsView::DeletedRecordsView(DeletedRecordService& records, QWidget* parent)
    : QWidget(parent)
    , m_records(records)
    , m_table(new ReadOnlyTable({tr("Deleted"), tr("By"), tr("What"), tr("Person"), tr("Details")}, tr("Deleted records"),
                                this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("deletedRecords"));
    m_table->setObjectName(QStringLiteral("deletedRecordsTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_restore->setObjectName(QStringLiteral("restoreRecord"));
    m_restore->setToolTip(tr("Puts the selected record back where it was; the audit trail keeps that you did"));
    m_status->setObjectName(QStringLiteral("deletedRecordsStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Nothing in Waymark is erased. A record deleted because it was entered by mistake leaves "
                                "every list and return but stays here, with its history, until you restore it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_restore);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    m_restore->setEnabled(false);
}

bool DeletedRecordsView::reload()
{
    m_table->setRowCount(0);
    Result<QVector<DeletedRecord>> deleted = m_records.deleted();
    if (!deleted) {
        m_status->setText(deleted.error().message);
        return false;
    }
    for (const DeletedRecord& r : deleted.value()) {
        const QString person = r.serviceUserId.isEmpty()
                                   ? QString()
                                   : PersonName::display(r.givenName, r.familyName, r.preferredName);
        m_table->addRow({LocalTime::formatDateTime(r.deletedAt), r.deletedBy, kindOf(r.list), person, r.summary},
                        {LocalTime::isoDateTimeUtc(r.deletedAt)});
        // The record rides on its first cell, so sorting never mixes rows up.
        QTableWidgetItem* first = m_table->item(m_table->rowCount() - 1, 0);
        first->setData(ListRole, r.list);
        first->setData(IdRole, r.id);
    }
    m_table->finish();
    m_status->setText(deleted->isEmpty() ? tr("No deleted records.")
                                         : tr("Deleted records: %1. Choose one to restore it.").arg(deleted->size()));
    m_restore->setEnabled(false);
    return true;
}

bool DeletedRecordsView::restoreSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const QTableWidgetItem* first = m_table->item(selected.first()->row(), 0);
    const QString list = first->data(ListRole).toString();
    const QString what = kindOf(list);
    if (Status s = m_records.restore(list, first->data(IdRole).toString()); !s) {
        m_status->setText(s.error().message);
        return false;
    }
    reload();
    m_status->setText(tr("%1 restored.").arg(what));
    return true;
}

} // namespace waymark
