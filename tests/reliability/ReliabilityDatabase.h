#pragma once

#include "core/domain/Result.h"
#include "core/storage/Database.h"

#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace waymark::reliability {

// A database for the reliability tests, made as `waymark-cli init` makes one (encrypted, with
// its administrator) or as a plain demo file is, in a folder of its own; and the checks made
// on it after each crash: `waymark-cli check` as a separate program, then what it holds, read
// through the app's own repositories.
class ReliabilityDatabase {
public:
    enum class Kind { Plain, Encrypted };

    // The passphrase of every encrypted test database.
    static QString passphrase() { return QStringLiteral("a long test passphrase"); }

    // In a new temporary folder, or in `folder` (a small file system of the test's own).
    explicit ReliabilityDatabase(Kind kind, const QString& folder = {});

    Status create();
    Kind kind() const { return m_kind; }
    const QString& path() const { return m_path; }
    QString folder() const;
    // What a writer or waymark-cli needs to sign in (the passphrase, for an encrypted file).
    QProcessEnvironment environment() const;

    // Opened as the app opens it (signed in once; the key is kept for the next opens, so that
    // a hundred checks do not cost a hundred Argon2id derivations).
    Result<std::unique_ptr<Database>> open();

    struct CheckOutcome {
        bool sound = false;
        QString output; // what waymark-cli said, for a failure message
    };
    // `waymark-cli --db PATH check`: SQLite's integrity and foreign key checks and the audit
    // trail's hash chain, from a separate process, as the first to open the file after a crash.
    CheckOutcome check() const;

    // Ids of the live referrals and people in `database`, as the app reads them.
    static Result<QSet<QString>> referralIds(Database& database);
    static Result<QSet<QString>> serviceUserIds(Database& database);
    // Rows whose id matches `pattern` (SQL GLOB, which the primary key and record id indexes
    // answer) in `table`, and in the change log and audit trail by record id.
    static Result<int> rowsMatching(Database& database, const QString& table,
                                    const QString& pattern);
    static Result<int> changeLogRowsMatching(Database& database, const QString& pattern);
    static Result<int> auditEntriesMatching(Database& database, const QString& pattern);

private:
    static Result<int> count(Database& database, const QString& sql, const QString& pattern);

    Kind m_kind;
    QTemporaryDir m_temporary;
    QString m_path;
    QByteArray m_key;
};

} // namespace waymark::reliability
