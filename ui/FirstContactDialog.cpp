#include "ui/FirstContactDialog.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/services/ReferralService.h"
#include "ui/FieldMessages.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/StatusColours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

FirstContactDialog::FirstContactDialog(ReferralService& service, const Clock& clock,
                                       const Referral& referral, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_referral(referral)
    , m_messages(new FieldMessages(this))
    , m_when(new LondonDateTimeEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("firstContactDialog"));
    setWindowTitle(tr("First contact"));
    auto* intro = new QLabel(tr("When did you first speak to the person about this referral? It was "
                                "received %1.")
                                 .arg(LocalTime::formatDateTime(referral.receivedAt)),
                             this);
    intro->setWordWrap(true);
    m_when->setObjectName(QStringLiteral("firstContactAt"));
    m_when->setMoment(clock.now());
    auto* form = new QFormLayout;
    m_messages->addRow(form, tr("First &contact:"), m_when, QStringLiteral("first_contact_at"));
    m_summary->setStyleSheet(StatusColours::errorStyle(m_summary));
    m_summary->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record first contact"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstContactDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void FirstContactDialog::accept()
{
    const QDateTime at = m_when->moment();
    if (!at.isValid()) {
        m_messages->show({FieldProblem{QStringLiteral("first_contact_at"),
                                       tr("That time does not exist in London: the clocks went forward.")}});
        return;
    }
    Status done = m_service.recordFirstContact(m_referral.id, at);
    if (done) {
        QDialog::accept();
        return;
    }
    m_messages->show(m_service.problems());
    m_summary->setText(done.error().message);
    m_summary->show();
}

} // namespace waymark
