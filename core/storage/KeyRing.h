#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace waymark {

// The keys that open an encrypted database. The database key is 32 random bytes; it is never
// stored as it is, only wrapped, once per staff account, by a key derived from that person's
// passphrase with Argon2id (libsodium). The wrapped keys live beside the database in
// "<database>.keys" (the database itself cannot hold them: it is encrypted with what they
// unlock). Forgetting every passphrase loses the data: that is the point.
class KeyRing {
public:
    struct Account {
        QString user;    // what the person signs in as
        QString staffId; // their staff record, when there is one
        bool administrator = false;
        QByteArray salt;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray nonce;
        QByteArray wrappedKey;
        int failures = 0;       // wrong passphrases in a row
        QDateTime lockedUntil;  // UTC; invalid when not locked
    };

    // Wrong passphrases in a row that lock an account, and for how long.
    static constexpr int FailuresBeforeLock = 10;
    static constexpr int LockMinutes = 15;

    static QString pathFor(const QString& databasePath);
    static bool existsFor(const QString& databasePath);
    // Refused with a clear message: a missing, damaged or foreign file.
    static Result<KeyRing> load(const QString& databasePath);
    // Written whole or not at all.
    Status save(const QString& databasePath) const;

    // 32 bytes from the system's random source.
    static QByteArray newDatabaseKey();

    // Adds (or replaces) an account whose passphrase unwraps `databaseKey`. The passphrase must
    // pass PassphraseRules.
    Status addAccount(const QString& user, const QString& passphrase, const QByteArray& databaseKey,
                      const QString& staffId = {}, bool administrator = false);
    // Nobody signs in as `user` any more. Refused for an unknown name and for the last
    // administrator (someone must be able to add accounts).
    Status removeAccount(const QString& user);
    // The database key, for the right passphrase. `user` empty: the first administrator (the one
    // `init` made). A wrong passphrase says so and nothing more.
    Result<QByteArray> unlock(const QString& user, const QString& passphrase) const;
    // A sign-in: unlock, counting wrong passphrases in the keys file beside `databasePath`;
    // the tenth in a row locks the account for LockMinutes, and a right one clears the count.
    Result<QByteArray> signIn(const QString& databasePath, const QString& user, const QString& passphrase,
                              const QDateTime& now);

    const QVector<Account>& accounts() const { return m_accounts; }
    const Account* account(const QString& user) const;

private:
    QVector<Account> m_accounts;
};

} // namespace waymark
