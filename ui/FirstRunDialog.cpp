#include "ui/FirstRunDialog.h"

#include "core/rules/PassphraseRules.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_organisation(new QLineEdit(this))
    , m_administrator(new QLineEdit(QStringLiteral("admin"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("firstRun"));
    setWindowTitle(tr("Welcome to Waymark"));
    setMinimumWidth(520);
    auto* intro = new QLabel(tr("Waymark keeps its records encrypted on this computer. Set up your organisation and "
                                "the administrator who adds staff and contracts. Choose a passphrase of at least %1 "
                                "characters that you will remember: without it nobody, not even Waymark, can open the "
                                "records.")
                                 .arg(PassphraseRules::MinimumLength),
                             this);
    intro->setWordWrap(true);
    auto* where = new QLabel(tr("The database will be %1").arg(QDir::toNativeSeparators(databasePath)), this);
    where->setWordWrap(true);
    where->setEnabled(false);
    m_organisation->setObjectName(QStringLiteral("firstRunOrganisation"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_administrator->setObjectName(QStringLiteral("firstRunAdministrator"));
    m_administrator->setAccessibleName(tr("Administrator's name"));
    for (QLineEdit* edit : {m_passphrase, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("firstRunPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setObjectName(QStringLiteral("firstRunRepeat"));
    m_repeat->setAccessibleName(tr("Passphrase again"));
    m_message->setObjectName(QStringLiteral("firstRunMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Administrator's &name:"), m_administrator);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase &again:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create the database"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("firstRunCreate"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_organisation, m_administrator, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_organisation->setFocus();
    check();
}

QString FirstRunDialog::organisation() const
{
    return m_organisation->text().simplified();
}

QString FirstRunDialog::administrator() const
{
    return m_administrator->text().trimmed();
}

QString FirstRunDialog::passphrase() const
{
    return m_passphrase->text();
}

void FirstRunDialog::check()
{
    // Says what is still needed, one thing at a time, and only then lets the database be made.
    QString problem;
    if (organisation().isEmpty())
        problem = tr("Type the organisation's name.");
    else if (administrator().isEmpty())
        problem = tr("Type the name the administrator signs in with.");
    else if (const std::optional<QString> weak = PassphraseRules::problem(passphrase()))
        problem = *weak;
    else if (m_repeat->text() != passphrase())
        problem = m_repeat->text().isEmpty() ? tr("Type the passphrase again.") : tr("The two passphrases differ.");
    m_message->setText(problem);
    m_create->setEnabled(problem.isEmpty());
}

} // namespace waymark
