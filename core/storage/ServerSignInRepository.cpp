#include "core/storage/ServerSignInRepository.h"

#include "core/domain/LocalTime.h"
#include "core/storage/SqlValues.h"

namespace waymark {

namespace {

ServerSignIn toSignIn(const SqlRow& q)
{
    using namespace SqlValues;
    return ServerSignIn{text(q, "login"), text(q, "staff_id"), flag(q, "administrator").value_or(false),
                        dateTime(q, "given_at"), text(q, "given_by")};
}

// A name as an SQL identifier, for the statements (GRANT, REVOKE) that take no bound values. Qt's
// driver would split a name with a dot in it, which a login may have.
QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

const QString Columns =
    QStringLiteral("SELECT login, staff_id, administrator, given_at, given_by FROM x_server_sign_ins");

} // namespace

Result<QString> ServerSignInRepository::currentLogin() const
{
    Result<std::optional<QString>> login = fetchOne<QString>(QStringLiteral("SELECT session_user"), {},
                                                             [](const SqlRow& q) { return q.value(0).toString(); });
    if (!login)
        return login.error();
    return login->value_or(QString());
}

Result<std::optional<ServerSignIn>> ServerSignInRepository::find(const QString& login) const
{
    return fetchOne<ServerSignIn>(Columns + QStringLiteral(" WHERE login = ?"), {login}, toSignIn);
}

Result<QVector<ServerSignIn>> ServerSignInRepository::all() const
{
    return fetch<ServerSignIn>(Columns + QStringLiteral(" ORDER BY login"), {}, toSignIn);
}

Result<bool> ServerSignInRepository::loginExists(const QString& login) const
{
    Result<QVector<int>> found = fetch<int>(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
                                            {login}, [](const SqlRow&) { return 1; });
    if (!found)
        return found.error();
    return !found->isEmpty();
}

Status ServerSignInRepository::give(const ServerSignIn& signIn)
{
    const QString failure = QObject::tr("Giving the sign-in failed");
    if (Status s =
            run(QStringLiteral("INSERT INTO x_server_sign_ins (login, staff_id, administrator, given_at, given_by) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET staff_id = "
                               "excluded.staff_id, administrator = excluded.administrator, given_at = "
                               "excluded.given_at, given_by = excluded.given_by"),
                {signIn.login, signIn.staffId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : signIn.staffId,
                 signIn.administrator ? 1 : 0, LocalTime::isoDateTimeUtc(signIn.givenAt), signIn.givenBy},
                failure);
        !s)
        return s;
    return grant(signIn);
}

Status ServerSignInRepository::grantAgain()
{
    Result<QVector<ServerSignIn>> given = all();
    if (!given)
        return given.error();
    for (const ServerSignIn& signIn : given.value())
        if (Status s = grant(signIn); !s)
            return s;
    return {};
}

Status ServerSignInRepository::grant(const ServerSignIn& signIn)
{
    if (!m_database.isServer())
        return {};
    const QString failure = QObject::tr("Giving the sign-in failed");
    Result<QString> schema = schemaName();
    if (!schema)
        return schema.error();
    const QString in = identifier(schema.value());
    const QString to = identifier(signIn.login);
    // An administrator gives sign-ins too, and a grant passes on only with its grant option.
    const QString passOn = signIn.administrator ? QStringLiteral(" WITH GRANT OPTION") : QString();
    QStringList grants{
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(in, to) + passOn,
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(in, to) + passOn,
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(in, to) + passOn,
    };
    // Only an administrator changes who signs in, or anyone's role (and so what they see), on the
    // server as in Waymark.
    if (!signIn.administrator)
        for (const char* table : {"x_server_sign_ins", "staff"})
            grants << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2 CASCADE").arg(QLatin1String(table), to);
    for (const QString& sql : grants)
        if (Status s = run(sql, {}, failure); !s)
            return s;
    return {};
}

Status ServerSignInRepository::take(const QString& login)
{
    const QString failure = QObject::tr("Removing the sign-in failed");
    if (Status s = run(QStringLiteral("DELETE FROM x_server_sign_ins WHERE login = ?"), {login}, failure); !s)
        return s;
    if (!m_database.isServer())
        return {};
    Result<QString> schema = schemaName();
    if (!schema)
        return schema.error();
    const QString in = identifier(schema.value());
    const QString from = identifier(login);
    // CASCADE: what an administrator passed on goes with them.
    for (const QString& sql : {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2 CASCADE").arg(in, from),
                               QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2 CASCADE").arg(in, from),
                               QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2 CASCADE").arg(in, from)})
        if (Status s = run(sql, {}, failure); !s)
            return s;
    return {};
}

Result<QString> ServerSignInRepository::schemaName() const
{
    Result<std::optional<QString>> schema = fetchOne<QString>(QStringLiteral("SELECT current_schema()"), {},
                                                              [](const SqlRow& q) { return q.value(0).toString(); });
    if (!schema)
        return schema.error();
    return schema->value_or(QStringLiteral("public"));
}

Status ServerSignInRepository::run(const QString& sql, const QVariantList& binds, const QString& failure)
{
    QSqlQuery q(m_database.connection());
    bool done = false;
    if (binds.isEmpty()) {
        // GRANT and REVOKE cannot be prepared.
        done = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        done = q.exec();
    }
    if (!done)
        return Error{m_database.describe(failure, q.lastError().text()), {}};
    return {};
}

} // namespace waymark
