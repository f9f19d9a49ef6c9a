#pragma once

#include "core/domain/Result.h"

#include <QString>

class QSqlDatabase;

namespace waymark {

// Where a team server (PostgreSQL) is: what `--db postgresql://user@host:port/database` says.
// The password, when the URL carries one, is used to connect and never shown; without one,
// PostgreSQL's own ways apply (PGPASSWORD, ~/.pgpass).
class ServerAddress {
public:
    // "postgresql://" or "postgres://", as libpq spells it.
    static bool isServerUrl(const QString& text);
    // Refused, in words, when the URL is not one a server can be reached by.
    static Result<ServerAddress> parse(const QString& url);

    // The URL without its password, for messages and the window's title.
    QString shown() const;
    // Sets host, port, user, password and database on a QPSQL connection (not yet opened).
    void applyTo(QSqlDatabase& db) const;
    // Whether the server signs this address's user in with `password` (a connection of its own,
    // closed at once): how a locked window on the team server is unlocked.
    Status checkPassword(const QString& password) const;

    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& user() const { return m_user; }
    const QString& database() const { return m_database; }

private:
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
};

} // namespace waymark
