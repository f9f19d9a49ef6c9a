#include "ui/StaffAdminView.h"

#include "core/domain/ReferenceCodes.h"
#include "core/services/AccountService.h"
#include "core/services/StaffService.h"
#include "core/storage/Repositories.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"
#include "ui/FormDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/ReadOnlyTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace waymark {

StaffAdminView::StaffAdminView(Repositories& repositories, StaffService& staff, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_staff(staff)
    , m_table(new ReadOnlyTable({tr("Name"), tr("Role"), tr("Active"), tr("Signs in as")}, tr("Staff"), this))
    , m_add(new QPushButton(tr("&Add member of staff\u2026"), this))
    , m_edit(new QPushButton(tr("Chan&ge\u2026"), this))
    , m_signIn(new QPushButton(tr("Give a &sign-in\u2026"), this))
    , m_removeSignIn(new QPushButton(tr("&Remove sign-in"), this))
{
    setObjectName(QStringLiteral("staffAdmin"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_add->setObjectName(QStringLiteral("addStaff"));
    m_edit->setObjectName(QStringLiteral("editStaff"));
    m_signIn->setObjectName(QStringLiteral("giveSignIn"));
    m_removeSignIn->setObjectName(QStringLiteral("removeSignIn"));
    m_edit->setToolTip(tr("A new role, or someone leaving (their name stays on what they recorded)"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_signIn, m_removeSignIn})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("A key worker sees their own caseload; a team leader the whole team, the returns and "
                                "plan sign-off; an administrator also this screen. Each person signs in with their "
                                "own passphrase."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    auto* lockRow = new QHBoxLayout;
    auto* lockAfter = new QSpinBox(this);
    lockAfter->setObjectName(QStringLiteral("lockAfterMinutes"));
    lockAfter->setRange(1, IdleWatcher::LongestMinutes);
    lockAfter->setSuffix(tr(" minutes"));
    lockAfter->setValue(IdleWatcher::configuredMinutes());
    lockAfter->setAccessibleName(tr("Lock after this long without use"));
    auto* lockLabel = new QLabel(tr("&Lock Waymark on this computer after"), this);
    lockLabel->setBuddy(lockAfter);
    lockRow->addWidget(lockLabel);
    lockRow->addWidget(lockAfter);
    lockRow->addWidget(new QLabel(tr("without use (and always when it sleeps); Ctrl+L locks it at once."), this));
    lockRow->addStretch(1);
    layout->addLayout(lockRow);
    connect(lockAfter, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(QStringLiteral("security/lockAfterMinutes"), minutes);
        emit lockAfterChanged(minutes);
    });

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffAdminView::updateActions);
    connect(m_add, &QPushButton::clicked, this, [this] {
        std::unique_ptr<FormDialog> form(staffForm(Staff{QString(), QString(), QStringLiteral("key_worker"), true}));
        if (form->exec() == QDialog::Accepted)
            reload();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (std::optional<Staff> s = selected()) {
            std::unique_ptr<FormDialog> form(staffForm(*s));
            if (form->exec() == QDialog::Accepted)
                reload();
        }
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { m_edit->click(); });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (std::optional<Staff> s = selected()) {
            std::unique_ptr<FormDialog> form(signInForm(*s));
            if (form && form->exec() == QDialog::Accepted)
                reload();
        }
    });
    connect(m_removeSignIn, &QPushButton::clicked, this, [this] { removeSignIn(); });
    updateActions();
}

void StaffAdminView::setAccounts(AccountService* accounts)
{
    m_accounts = accounts;
    reload();
}

QString StaffAdminView::signInOf(const QString& staffId) const
{
    return m_signIns.value(staffId);
}

bool StaffAdminView::reload()
{
    const std::optional<Staff> was = selected();
    m_table->setRowCount(0);
    m_rows.clear();
    m_signIns.clear();
    if (m_accounts && m_accounts->available())
        if (Result<QVector<KeyRing::Account>> accounts = m_accounts->accounts())
            for (const KeyRing::Account& a : accounts.value())
                if (!a.staffId.isEmpty())
                    m_signIns.insert(a.staffId, a.user);
    Result<QVector<Staff>> staff = m_repositories.staff.all();
    if (!staff)
        return false;
    const CodeList& roles = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::StaffRole));
    for (const Staff& s : staff.value()) {
        m_rows << s;
        m_table->addRow({s.name, roles.displayLabel(s.role), s.active ? tr("Yes") : tr("No (left)"),
                         signInOf(s.id).isEmpty() ? tr("No sign-in") : signInOf(s.id)});
    }
    m_table->finish();
    if (was)
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == was->id)
                m_table->selectRow(row);
    updateActions();
    return true;
}

std::optional<Staff> StaffAdminView::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_rows.at(row);
}

void StaffAdminView::updateActions()
{
    const std::optional<Staff> s = selected();
    const bool accounts = m_accounts && m_accounts->available();
    m_edit->setEnabled(s.has_value());
    // A team server's passwords are the server's: a sign-in there is given once, never reset here.
    const bool server = accounts && m_accounts->onServer();
    m_signIn->setEnabled(s.has_value() && accounts && s->active && !(server && !signInOf(s->id).isEmpty()));
    m_signIn->setText(s && !signInOf(s->id).isEmpty() ? tr("New &passphrase\u2026") : tr("Give a &sign-in\u2026"));
    m_removeSignIn->setEnabled(s.has_value() && accounts && !signInOf(s->id).isEmpty());
    if (!accounts)
        m_signIn->setToolTip(tr("This database is not encrypted (a demo): nobody signs in to it."));
    else if (server)
        m_signIn->setToolTip(tr("Give the selected person the team server sign-in its administrator made for them"));
    else
        m_signIn->setToolTip(tr("The name and passphrase the selected person signs in with"));
}

FormDialog* StaffAdminView::staffForm(const Staff& staff)
{
    auto* dialog = new FormDialog(staff.id.isEmpty() ? tr("Add member of staff") : tr("Change member of staff"),
                                  tr("Their role decides what they see. Someone who leaves is marked so rather than "
                                     "removed: their name stays on what they recorded, and they no longer sign in."),
                                  tr("&Save"), this);
    dialog->setObjectName(QStringLiteral("staffForm"));
    auto* name = new QLineEdit(staff.name, dialog);
    name->setObjectName(QStringLiteral("staffName"));
    name->setMaxLength(200);
    auto* role = new QComboBox(dialog);
    role->setObjectName(QStringLiteral("staffRole"));
    FormChoices::fillCodes(role, ReferenceCodes::StaffRole, false);
    FormChoices::select(role, staff.role);
    auto* active = new QCheckBox(tr("Works here now"), dialog);
    active->setObjectName(QStringLiteral("staffActive"));
    active->setChecked(staff.active);
    dialog->messages()->addRow(dialog->form(), tr("&Name:"), name, QStringLiteral("name"));
    dialog->messages()->addRow(dialog->form(), tr("&Role:"), role, QStringLiteral("role"));
    dialog->messages()->addRow(dialog->form(), QString(), active, QStringLiteral("active"));
    dialog->setSave(
        [this, staff, name, role, active]() -> Status {
            Staff changed = staff;
            changed.name = name->text();
            changed.role = FormChoices::code(role);
            changed.active = active->isChecked();
            Result<QString> saved = m_staff.save(changed);
            if (!saved)
                return saved.error();
            // Someone who has left no longer signs in.
            if (!changed.active && m_accounts && !signInOf(changed.id).isEmpty())
                return m_accounts->remove(signInOf(changed.id));
            return {};
        },
        [this] { return m_staff.problems(); });
    return dialog;
}

FormDialog* StaffAdminView::signInForm(const Staff& staff)
{
    if (!m_accounts || !m_accounts->available())
        return nullptr;
    const QString existing = signInOf(staff.id);
    if (m_accounts->onServer())
        return serverSignInForm(staff);
    auto* dialog = new FormDialog(existing.isEmpty() ? tr("Give %1 a sign-in").arg(staff.name)
                                                     : tr("New passphrase for %1").arg(staff.name),
                                  tr("Choose the name they sign in with and a first passphrase of at least 12 "
                                     "characters (a few words are easiest to remember), and give it to them in "
                                     "person. Nobody, not even the administrator, can read it back."),
                                  existing.isEmpty() ? tr("&Give sign-in") : tr("&Set passphrase"), this);
    dialog->setObjectName(QStringLiteral("signInForm"));
    auto* user = new QLineEdit(existing.isEmpty() ? staff.name.section(QLatin1Char(' '), 0, 0).toLower() : existing, dialog);
    user->setObjectName(QStringLiteral("signInName"));
    user->setReadOnly(!existing.isEmpty());
    user->setMaxLength(100);
    auto* passphrase = new QLineEdit(dialog);
    passphrase->setObjectName(QStringLiteral("newPassphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    auto* again = new QLineEdit(dialog);
    again->setObjectName(QStringLiteral("newPassphraseAgain"));
    again->setEchoMode(QLineEdit::Password);
    dialog->messages()->addRow(dialog->form(), tr("Signs in &as:"), user, QStringLiteral("user"));
    dialog->messages()->addRow(dialog->form(), tr("&Passphrase:"), passphrase, QStringLiteral("passphrase"));
    dialog->messages()->addRow(dialog->form(), tr("&Again:"), again, QStringLiteral("again"));
    dialog->setSave(
        [this, staff, user, passphrase, again]() -> Status {
            if (passphrase->text() != again->text())
                return Error{tr("The two passphrases differ: type the same one twice."), {}};
            Status added = m_accounts->add(user->text(), passphrase->text(), staff.id);
            passphrase->clear();
            again->clear();
            return added;
        },
        [] { return FieldProblems{}; });
    return dialog;
}

FormDialog* StaffAdminView::serverSignInForm(const Staff& staff)
{
    auto* dialog = new FormDialog(tr("Give %1 a sign-in").arg(staff.name),
                                  tr("On the team server, people sign in with the server's own sign-in, which its "
                                     "administrator makes with a password (createuser --pwprompt NAME). Type that "
                                     "name: Waymark gives it %1's record, so it sees what their role sees.")
                                      .arg(staff.name),
                                  tr("&Give sign-in"), this);
    dialog->setObjectName(QStringLiteral("signInForm"));
    auto* user = new QLineEdit(staff.name.section(QLatin1Char(' '), 0, 0).toLower(), dialog);
    user->setObjectName(QStringLiteral("signInName"));
    user->setMaxLength(63); // PostgreSQL's longest name
    dialog->messages()->addRow(dialog->form(), tr("&Server sign-in:"), user, QStringLiteral("user"));
    dialog->setSave([this, staff, user]() -> Status { return m_accounts->add(user->text(), QString(), staff.id); },
                    [] { return FieldProblems{}; });
    return dialog;
}

bool StaffAdminView::removeSignIn(bool ask)
{
    const std::optional<Staff> s = selected();
    if (!s || !m_accounts || signInOf(s->id).isEmpty())
        return false;
    if (ask && QMessageBox::question(this, tr("Remove sign-in"),
                                     tr("%1 will no longer be able to sign in as \"%2\". Their records stay.")
                                         .arg(s->name, signInOf(s->id)))
                   != QMessageBox::Yes)
        return false;
    if (Status removed = m_accounts->remove(signInOf(s->id)); !removed) {
        QMessageBox::warning(this, tr("Remove sign-in"), removed.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace waymark
