#pragma once

#include "core/domain/Staff.h"

#include <QWidget>

class QPushButton;

namespace waymark {

struct Repositories;
class AccountService;
class FormDialog;
class ReadOnlyTable;
class StaffService;

// The staff list and who of them may sign in, for the administrator: a new member of staff, a
// change of role or someone leaving, and a sign-in (or a new passphrase) for each. A plain demo
// database has no sign-ins: those buttons say so.
class StaffAdminView : public QWidget {
    Q_OBJECT
public:
    StaffAdminView(Repositories& repositories, StaffService& staff, QWidget* parent = nullptr);

    // Where sign-ins are kept; none (or one not available) for a plain database.
    void setAccounts(AccountService* accounts);
    bool reload();

    ReadOnlyTable* table() const { return m_table; }
    // The forms, made but not shown: a member of staff (empty id: a new one), and a sign-in for
    // the selected member of staff.
    FormDialog* staffForm(const Staff& staff);
    FormDialog* signInForm(const Staff& staff);
    FormDialog* serverSignInForm(const Staff& staff);
    // The member of staff selected, if any.
    std::optional<Staff> selected() const;
    // Takes the selected person's sign-in away, after asking.
    bool removeSignIn(bool ask = true);

signals:
    // The idle time after which Waymark locks on this computer was changed (minutes).
    void lockAfterChanged(int minutes);

private:
    void updateActions();
    QString signInOf(const QString& staffId) const;

    Repositories& m_repositories;
    StaffService& m_staff;
    AccountService* m_accounts = nullptr;
    ReadOnlyTable* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_signIn;
    QPushButton* m_removeSignIn;
    QVector<Staff> m_rows;
    QHash<QString, QString> m_signIns; // staff id -> sign-in name
};

} // namespace waymark
