#include "tests/server/ServerLogin.h"

#include "tests/server/ServerDatabase.h"

#include <QUuid>

#include <gtest/gtest.h>

namespace waymark::test {

ServerLogin::ServerLogin()
    : m_name(QStringLiteral("kw_") + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    const QString failure = ServerDatabase::runOnServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_name));
    if (!failure.isEmpty())
        ADD_FAILURE() << "could not make a sign-in on the test server: " << failure.toStdString();
}

ServerLogin::~ServerLogin()
{
    ServerDatabase::runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
}

} // namespace waymark::test
