#pragma once

#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"
#include "core/storage/KeyRing.h"

#include <QByteArray>

namespace waymark {

// Who may sign in to an encrypted database: an account per member of staff, each with its own
// passphrase wrapping the database key (KeyRing). Only an administrator, who is signed in and so
// holds the key, can add one; each change is in the audit trail. On a team server the accounts
// are the server's own sign-ins, whose passwords the server keeps: an administrator gives one to a
// member of staff (ServerSignInRepository), and the server lets it use Waymark's tables.
class AccountService {
public:
    // `databaseKey` is the key the administrator signed in with; it is wiped when this goes.
    AccountService(ServiceContext context, QString databasePath, QByteArray databaseKey);
    ~AccountService();
    AccountService(const AccountService&) = delete;
    AccountService& operator=(const AccountService&) = delete;

    // Whether accounts can be kept here at all (an encrypted database, and its key in hand, or a
    // team server).
    bool available() const;
    // The accounts are a team server's sign-ins: their passwords are the server's, not Waymark's.
    bool onServer() const;
    Result<QVector<KeyRing::Account>> accounts() const;
    // A sign-in for a member of staff, or a new passphrase for an existing sign-in (the same
    // name; it keeps its staff record). A name that is someone else's is refused. The passphrase
    // must pass PassphraseRules. On a team server there is no passphrase (empty): `user` is a
    // sign-in the server's administrator made, and it is given to the member of staff.
    Status add(const QString& user, const QString& passphrase, const QString& staffId, bool administrator = false);
    // Nobody signs in as `user` any more. The last administrator's account stays.
    Status remove(const QString& user);

private:
    Status addOnServer(const QString& user, const QString& staffId, bool administrator);
    Status removeOnServer(const QString& user);
    enum class AuditWrite { OnItsOwn, InThisTransaction };
    Status audit(const QString& action, const QString& detail);
    Status audit(const QString& action, AuditWrite write, const QString& detail);

    ServiceContext m_context;
    QString m_databasePath;
    QByteArray m_key;
};

} // namespace waymark
