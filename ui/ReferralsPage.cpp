#include "ui/ReferralsPage.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/FirstContact.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "ui/EmptyState.h"
#include "ui/FirstContactDialog.h"
#include "ui/PageTitle.h"
#include "ui/ReadOnlyTable.h"
#include "ui/ReferralDialog.h"
#include "ui/TriageDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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
            return ReferralsPage::tr("Overdue by less than an hour");
        if (hours >= 48)
            return ReferralsPage::tr("Overdue by %1 days").arg(hours / 24);
        return hours == 1 ? ReferralsPage::tr("Overdue by 1 hour")
                          : ReferralsPage::tr("Overdue by %1 hours").arg(hours);
    }
    case FirstContact::State::Due: {
        // Rounded up: "within 46 hours" is never less time than there is.
        const qint64 minutes = (now.secsTo(FirstContact::deadline(r, contract)) + 59) / 60;
        const qint64 hours = (minutes + 59) / 60;
        if (minutes < 60)
            return ReferralsPage::tr("Due within %1 minutes").arg(minutes);
        return hours == 1 ? ReferralsPage::tr("Due within 1 hour")
                          : ReferralsPage::tr("Due within %1 hours").arg(hours);
    }
    case FirstContact::State::NotApplicable:
        break;
    }
    return ReferralsPage::tr("Not needed");
}

} // namespace

ReferralsPage::ReferralsPage(Repositories& repositories, ReferralService& service,
                             const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("referralsPage"));
    auto* title = new PageTitle(tr("Referrals"), this);
    m_table = new ReadOnlyTable({tr("Received"), tr("Person"), tr("Contract"), tr("Source"),
                                 tr("First contact (48-hour clock)"), tr("Decision")},
                                tr("Referrals"), this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_empty = new EmptyState(tr("No referrals yet"),
                             tr("Record one with \"New referral\" (Ctrl+N). Referrals for every "
                                "contract are listed here, the latest first."),
                             this);
    auto* add = new QPushButton(tr("&New referral\u2026"), this);
    add->setObjectName(QStringLiteral("newReferral"));
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Record a referral (Ctrl+N)"));
    auto* contact = new QPushButton(tr("First &contact\u2026"), this);
    contact->setObjectName(QStringLiteral("firstContact"));
    contact->setToolTip(tr("Record when the person was first contacted"));
    auto* decideButton = new QPushButton(tr("&Decide\u2026"), this);
    decideButton->setObjectName(QStringLiteral("decide"));
    decideButton->setToolTip(tr("Accept, signpost, decline or leave pending"));
    m_firstContactButton = contact;
    m_decideButton = decideButton;
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(add);
    header->addWidget(contact);
    header->addWidget(decideButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_table->item(row, 1))
            emit openServiceUser(item->data(Qt::UserRole + 1).toString());
    });
    connect(add, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    connect(contact, &QPushButton::clicked, this, &ReferralsPage::recordFirstContact);
    connect(decideButton, &QPushButton::clicked, this, &ReferralsPage::decide);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReferralsPage::updateActions);
    updateActions();
}

bool ReferralsPage::reload()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    Result<QVector<Referral>> referrals = m_repositories.referrals.all();
    // The names of the people referred, not the whole caseload.
    QSet<QString> referred;
    if (referrals)
        for (const Referral& r : referrals.value())
            referred.insert(r.serviceUserId);
    Result<QVector<ServiceUser>> people =
        referrals ? m_repositories.serviceUsers.findMany(QStringList(referred.begin(), referred.end()))
                  : Result<QVector<ServiceUser>>(referrals.error());
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
    for (const ServiceUser& person : people.value())
        names.insert(person.id, PersonName::display(person.givenName, person.familyName, person.preferredName));
    QHash<QString, QString> contractNames;
    for (const Contract& c : contracts.value())
        contractNames.insert(c.id, c.name);
    QHash<QString, Contract> contractsById;
    for (const Contract& c : contracts.value())
        contractsById.insert(c.id, c);
    const QDateTime now = m_clock.now();
    for (const Referral& r : referrals.value()) {
        m_table->addRow({LocalTime::formatDateTime(r.receivedAt), names.value(r.serviceUserId),
                         contractNames.value(r.contractId),
                         ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource))
                             .displayLabel(r.source),
                         firstContactText(r, contractsById.value(r.contractId), now),
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
    updateActions();
    return true;
}

QString ReferralsPage::selectedReferral() const
{
    const int row = m_table->currentRow();
    QTableWidgetItem* item = row >= 0 ? m_table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole + 2).toString() : QString();
}

void ReferralsPage::updateActions()
{
    const bool any = !selectedReferral().isEmpty();
    m_firstContactButton->setEnabled(any);
    m_decideButton->setEnabled(any && m_service.mayDecide());
    if (!m_service.mayDecide())
        m_decideButton->setToolTip(tr("A team leader decides referrals and allocates the key worker"));
}

bool ReferralsPage::newReferral()
{
    ReferralDialog dialog(m_repositories, m_service, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    selectReferral(dialog.referralId());
    return true;
}

bool ReferralsPage::recordFirstContact()
{
    Result<std::optional<Referral>> referral = m_repositories.referrals.find(selectedReferral());
    if (!referral || !referral->has_value())
        return false;
    FirstContactDialog dialog(m_service, m_clock, **referral, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString id = (*referral)->id;
    reload();
    selectReferral(id);
    return true;
}

bool ReferralsPage::decide()
{
    Result<std::optional<Referral>> referral = m_repositories.referrals.find(selectedReferral());
    if (!referral || !referral->has_value())
        return false;
    TriageDialog dialog(m_repositories, m_service, m_clock, **referral, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString id = (*referral)->id;
    reload();
    selectReferral(id);
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
