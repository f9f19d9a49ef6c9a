#pragma once

#include <QString>

namespace waymark::test {

// A database of its own on the test server that ctest started (tests/server/pg-server), made
// empty for one test and dropped after it.
class ServerDatabase {
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // postgresql://waymark@127.0.0.1:PORT/NAME
    QString url() const { return m_url; }
    // The server's address with another database, or empty when the server is not running.
    static QString serverUrl(const QString& database = QStringLiteral("waymark"));
    // Runs SQL on the server's own database as the test role (making or dropping a sign-in).
    static QString runOnServer(const QString& sql);
    // Runs SQL on this database as the test role, outside Waymark: for setting up what a test
    // needs (someone else's table, a newer schema). Empty on success, else the error.
    QString run(const QString& sql) const;
    // This database's address as another of the server's sign-ins.
    QString urlAs(const QString& login) const;
    // Runs SQL on this database signed in as `login`: what that sign-in may do outside Waymark.
    QString runAs(const QString& login, const QString& sql) const;

private:
    QString m_name;
    QString m_url;
};

} // namespace waymark::test
