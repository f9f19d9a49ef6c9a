#pragma once

#include "core/domain/Result.h"
#include "core/domain/SignedInUser.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace waymark {

// waymark-cli: parses the command line of spec/interchange.md and calls core. Exit status 0 on
// success, 1 on an error the user can fix (the message on stderr says what and where), 2 on
// wrong usage.
class CliApplication {
public:
    CliApplication(QTextStream& out, QTextStream& err);

    int run(const QStringList& arguments);

    static constexpr int Ok = 0;
    static constexpr int UserError = 1;
    static constexpr int UsageError = 2;

private:
    struct Invocation {
        QString databasePath;
        QString user;           // --user: who signs in to an encrypted database
        QString passphraseFile; // --passphrase-file
        QString command;
        QStringList positional;
        QHash<QString, QString> options;
    };

    int usage(const QString& problem);
    // Puts an access (an export, print, report or backup) in the audit trail, as whoever signed in.
    Status audit(const Invocation& call, Database& database, const QString& action, const QString& serviceUserId,
                 const QString& detail) const;
    QString actor(const Invocation& call) const;
    // Who signed in, with the role their staff record gives (a plain demo file has no accounts:
    // whoever runs the command works as its administrator).
    Result<SignedInUser> signedInUser(const Invocation& call, Database& database) const;
    // An exit status when the role of whoever signed in does not allow `what` (nothing is read
    // or written then); nothing when it does.
    std::optional<int> refuseUnless(const Invocation& call, Database& database, bool (*allowed)(Role),
                                    const QString& what);
    // For restore, whose database may be too damaged to open: the account in the keys file
    // beside `path` must be an administrator's.
    std::optional<int> refuseUnlessAdministratorAccount(const Invocation& call, const QString& path);
    // The passphrase from --passphrase-file, else WAYMARK_PASSPHRASE; an error when neither.
    Result<QString> readPassphrase(const Invocation& call) const;
    // The database, unlocked with the passphrase when it is encrypted.
    Result<std::unique_ptr<Database>> openDatabase(const Invocation& call, Database::Options options = {},
                                                   QByteArray* keyOut = nullptr) const;
    int fail(const QString& message, const QStringList& details = {});
    int runInit(const Invocation& call);
    // The seed contracts and star in a database init made or found.
    int initialise(const Invocation& call, Database& database, bool created);
    int runDemo(const Invocation& call);
    int runImport(const Invocation& call);
    int runImportSheet(const Invocation& call);
    int runExport(const Invocation& call);
    // export --service-user: the redacted JSON and its readable PDF beside it.
    int exportSubjectAccess(const Invocation& call, Database& database, const QString& person, const QString& target);
    int runBackup(const Invocation& call);
    int runRestore(const Invocation& call);
    int runCheck(const Invocation& call);
    int runSync(const Invocation& call);
    int runToday(const Invocation& call);
    int runPrint(const Invocation& call);
    int runReport(const Invocation& call);
    // account list|add|remove: who may sign in (administrator only).
    int runAccount(const Invocation& call);
    // encrypt: a plain database made before encryption, encrypted in place.
    int runEncrypt(const Invocation& call);
    // report kpi and report outputs: a return as JSON, CSV, XLSX or PDF.
    int runReturn(const Invocation& call, bool kpi);
    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace waymark
