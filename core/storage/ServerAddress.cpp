#include "core/storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

namespace waymark {

bool ServerAddress::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://jo@server.example.org/waymark");
    if (!isServerUrl(url) || !parsed.isValid())
        return Error{QObject::tr("\"%1\" is not a server address. Write it as %2.").arg(url, example), {}};
    ServerAddress a;
    a.m_host = parsed.host();
    a.m_port = parsed.port(5432);
    a.m_user = parsed.userName();
    a.m_password = parsed.password();
    a.m_database = parsed.path().mid(1);
    if (a.m_host.isEmpty())
        return Error{QObject::tr("The server address %1 names no server. Write it as %2.").arg(a.shown(), example), {}};
    if (a.m_database.isEmpty() || a.m_database.contains(QLatin1Char('/')))
        return Error{QObject::tr("The server address %1 names no database. Write it as %2.").arg(a.shown(), example), {}};
    if (a.m_user.isEmpty())
        return Error{QObject::tr("The server address %1 names no one to sign in as. Write it as %2.").arg(a.shown(), example),
                     {}};
    return a;
}

QString ServerAddress::shown() const
{
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        out += m_user + QLatin1Char('@');
    out += m_host;
    if (m_port != 5432)
        out += QLatin1Char(':') + QString::number(m_port);
    return out + QLatin1Char('/') + m_database;
}

void ServerAddress::applyTo(QSqlDatabase& db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_database);
    // A server that is down is said to be so in seconds, not after the system's long wait.
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
}

Status ServerAddress::checkPassword(const QString& password) const
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("waymark-check-%1").arg(counter.fetchAndAddRelaxed(1));
    QString refused;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        ServerAddress with = *this;
        with.m_password = password;
        with.applyTo(db);
        if (!db.open())
            refused = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (refused.isEmpty())
        return {};
    if (refused.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return Error{QObject::tr("The team server did not take that password for %1.").arg(m_user), {}};
    return Error{QObject::tr("The team server could not be reached to check the password: %1").arg(refused.trimmed()), {}};
}

} // namespace waymark
