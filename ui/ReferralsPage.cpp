#include "ui/ReferralsPage.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/storage/Repositories.h"
#include "ui/EmptyState.h"
#include "ui/ReadOnlyTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

ReferralsPage::ReferralsPage(Repositories& repositories, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
{
    setObjectName(QStringLiteral("referralsPage"));
    auto* title = new QLabel(tr("Referrals"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_table = new ReadOnlyTable({tr("Received"), tr("Person"), tr("Contract"), tr("Source"),
                                 tr("First contact"), tr("Decision")},
                                tr("Referrals"), this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_empty = new EmptyState(tr("No referrals yet"),
                             tr("Referrals imported or recorded for either contract are listed "
                                "here, the latest first."),
                             this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_table->item(row, 1))
            emit openServiceUser(item->data(Qt::UserRole + 1).toString());
    });
}

bool ReferralsPage::reload()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    Result<QVector<Referral>> referrals = m_repositories.referrals.all();
    Result<QVector<CaseloadEntry>> people = m_repositories.caseload.entries(QDateTime());
    Result<QVector<Contract>> contracts = m_repositories.contracts.all();
    if (!referrals || !people || !contracts) {
        m_empty->setText(tr("The referrals could not be read"),
                         !referrals ? referrals.error().message
                                    : (!people ? people.error().message : contracts.error().message));
        m_table->hide();
        m_empty->show();
        return false;
    }
    QHash<QString, QString> names;
    for (const CaseloadEntry& e : people.value())
        names.insert(e.serviceUserId, PersonName::display(e.givenName, e.familyName, e.preferredName));
    QHash<QString, QString> contractNames;
    for (const Contract& c : contracts.value())
        contractNames.insert(c.id, c.name);
    for (const Referral& r : referrals.value()) {
        m_table->addRow({LocalTime::formatDateTime(r.receivedAt), names.value(r.serviceUserId),
                         contractNames.value(r.contractId),
                         ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource))
                             .displayLabel(r.source),
                         r.firstContactAt.isValid() ? LocalTime::formatDateTime(r.firstContactAt)
                                                    : tr("Not yet"),
                         ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralDecision))
                             .displayLabel(r.decision)},
                        {LocalTime::isoDateTimeUtc(r.receivedAt), {}, {}, {},
                         LocalTime::isoDateTimeUtc(r.firstContactAt)});
        m_table->item(m_table->rowCount() - 1, 1)->setData(Qt::UserRole + 1, r.serviceUserId);
        m_table->item(m_table->rowCount() - 1, 0)->setData(Qt::UserRole + 2, r.id);
    }
    m_table->finish();
    m_table->setSortingEnabled(true);
    m_table->setVisible(m_table->rowCount() > 0);
    m_empty->setVisible(m_table->rowCount() == 0);
    return true;
}

bool ReferralsPage::selectReferral(const QString& referralId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, 0);
        if (item && item->data(Qt::UserRole + 2).toString() == referralId) {
            m_table->setCurrentCell(row, 0);
            m_table->scrollToItem(item);
            m_table->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace waymark
