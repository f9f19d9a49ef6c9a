#pragma once

#include <QString>

namespace waymark::test {

// A sign-in of its own on the test server (a PostgreSQL login with no rights yet), made for one
// test and dropped after it. Declare it before the databases it is used on: a login goes only
// once nothing is granted to it.
class ServerLogin {
public:
    ServerLogin();
    ~ServerLogin();
    ServerLogin(const ServerLogin&) = delete;
    ServerLogin& operator=(const ServerLogin&) = delete;

    const QString& name() const { return m_name; }

private:
    QString m_name;
};

} // namespace waymark::test
