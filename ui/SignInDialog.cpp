#include "ui/SignInDialog.h"

#include "ui/StartupWarmUp.h"
#include "ui/StatusColours.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace waymark {

namespace {

// Long enough for the dialog to have been painted; far shorter than typing a passphrase.
constexpr int WarmUpAfterMs = 100;

} // namespace

SignInDialog::SignInDialog(const QString& databasePath, KeyRing ring, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_ring(std::move(ring))
    , m_name(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(nullptr)
{
    setObjectName(QStringLiteral("signIn"));
    setWindowTitle(tr("Sign in to Waymark"));
    setMinimumWidth(460);
    auto* intro = new QLabel(tr("<b>%1</b> is encrypted. Sign in with your name and passphrase.")
                                 .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setToolTip(QDir::toNativeSeparators(databasePath));
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setText(QSettings().value(QStringLiteral("signIn/lastUser")).toString());
    m_name->setPlaceholderText(tr("Empty for the administrator"));
    m_passphrase->setObjectName(QStringLiteral("signInPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(StatusColours::errorStyle(m_message));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (trySignIn())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (m_name->text().isEmpty() ? m_name : m_passphrase)->setFocus();
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Once the dialog is up and while the passphrase is typed, what the window will draw first
    // (its fonts' letters and figures, plain and bold) is made ready, so that it opens sooner
    // once the key is derived.
    if (!std::exchange(m_warmedUp, true))
        QTimer::singleShot(WarmUpAfterMs, this, [] { StartupWarmUp::onWindowThread(); });
}

QString SignInDialog::user() const
{
    const KeyRing::Account* account = m_ring.account(m_name->text().trimmed());
    return account ? account->user : m_name->text().trimmed();
}

bool SignInDialog::trySignIn()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QByteArray> key = m_ring.signIn(m_databasePath, m_name->text().trimmed(), m_passphrase->text(),
                                           QDateTime::currentDateTimeUtc());
    QApplication::restoreOverrideCursor();
    m_passphrase->clear();
    if (!key) {
        // A name that is not an account may be a passphrase typed in the wrong box: not kept.
        m_failedNames << (m_ring.account(m_name->text().trimmed()) ? m_name->text().trimmed() : tr("(a name not on record)"));
        m_message->setText(key.error().message);
        m_passphrase->setFocus();
        return false;
    }
    m_key = key.value();
    m_message->clear();
    QSettings().setValue(QStringLiteral("signIn/lastUser"), m_name->text().trimmed());
    return true;
}

} // namespace waymark
