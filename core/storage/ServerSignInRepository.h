#pragma once

#include "core/domain/ServerSignIn.h"
#include "core/storage/Repository.h"

namespace waymark {

// The team server's sign-ins given to staff (x_server_sign_ins), and the server's own grants that
// let each of them use Waymark's tables. Only for a team server: a laptop's file has nobody here.
class ServerSignInRepository : public Repository {
public:
    using Repository::Repository;

    // Whom the server signed this connection in as.
    Result<QString> currentLogin() const;
    Result<std::optional<ServerSignIn>> find(const QString& login) const;
    Result<QVector<ServerSignIn>> all() const;
    // Whether the server has a sign-in of that name that may log in (made by its administrator).
    Result<bool> loginExists(const QString& login) const;

    // Gives (or gives again) `signIn`, and lets its login read and write Waymark's tables; only an
    // administrator's login may change who signs in. Run inside a transaction.
    Status give(const ServerSignIn& signIn);
    // Every given sign-in's grants again, for tables a newer Waymark's migrations made since.
    Status grantAgain();
    // The login no longer opens Waymark, and its grants on Waymark's tables are taken back.
    Status take(const QString& login);

private:
    // Lets the sign-in's login read and write Waymark's tables (nothing on a laptop's file).
    Status grant(const ServerSignIn& signIn);
    // The schema Waymark's tables are in, whose grants a sign-in is given.
    Result<QString> schemaName() const;
    Status run(const QString& sql, const QVariantList& binds, const QString& failure);
};

} // namespace waymark
