#include "tests/server/ServerDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

namespace waymark::test {

namespace {

// Runs one statement on `database` through a connection of its own.
QString runOn(const QString& url, const QString& sql)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test-server-%1").arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl u(url);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                failure = q.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

QString ServerDatabase::serverUrl(const QString& database)
{
    QFile file(qEnvironmentVariable("WAYMARK_TEST_SERVER_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QUrl url(QString::fromUtf8(file.readAll()).trimmed());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

ServerDatabase::ServerDatabase()
    : m_name(QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    const QString server = serverUrl();
    if (server.isEmpty()) {
        ADD_FAILURE() << "the test server is not running: ctest starts it (TeamServer.Start); by hand, "
                         "tests/server/pg-server start DIR and WAYMARK_TEST_SERVER_URL_FILE=DIR/url";
        return;
    }
    const QString failure = runOn(server, QStringLiteral("CREATE DATABASE %1").arg(m_name));
    if (!failure.isEmpty()) {
        ADD_FAILURE() << "could not make a database on the test server: " << failure.toStdString();
        return;
    }
    m_url = serverUrl(m_name);
}

ServerDatabase::~ServerDatabase()
{
    if (!m_url.isEmpty())
        runOn(serverUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString ServerDatabase::run(const QString& sql) const
{
    return runOn(m_url, sql);
}

QString ServerDatabase::runOnServer(const QString& sql)
{
    const QString server = serverUrl();
    return server.isEmpty() ? QStringLiteral("the test server is not running") : runOn(server, sql);
}

QString ServerDatabase::urlAs(const QString& login) const
{
    QUrl url(m_url);
    url.setUserName(login);
    return url.toString();
}

QString ServerDatabase::runAs(const QString& login, const QString& sql) const
{
    return runOn(urlAs(login), sql);
}

} // namespace waymark::test
