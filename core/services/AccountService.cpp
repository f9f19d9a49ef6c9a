#include "core/services/AccountService.h"

#include "core/domain/Clock.h"
#include "core/rules/AccessPolicy.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/ServerSignInRepository.h"
#include "core/storage/StaffRepository.h"

#include <QObject>

namespace waymark {

AccountService::AccountService(ServiceContext context, QString databasePath, QByteArray databaseKey)
    : m_context(std::move(context))
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(databaseKey))
{
}

AccountService::~AccountService()
{
    m_key.fill('\0');
}

bool AccountService::available() const
{
    return onServer() || (!m_key.isEmpty() && KeyRing::existsFor(m_databasePath));
}

bool AccountService::onServer() const
{
    return m_context.database.isServer();
}

Result<QVector<KeyRing::Account>> AccountService::accounts() const
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("seeing the sign-in accounts")), {}};
    if (onServer()) {
        Result<QVector<ServerSignIn>> given = ServerSignInRepository(m_context.database).all();
        if (!given)
            return given.error();
        QVector<KeyRing::Account> accounts;
        for (const ServerSignIn& signIn : given.value()) {
            KeyRing::Account account;
            account.user = signIn.login;
            account.staffId = signIn.staffId;
            account.administrator = signIn.administrator;
            accounts << account;
        }
        return accounts;
    }
    if (!KeyRing::existsFor(m_databasePath))
        return QVector<KeyRing::Account>();
    Result<KeyRing> ring = KeyRing::load(m_databasePath);
    if (!ring)
        return ring.error();
    return ring->accounts();
}

Status AccountService::add(const QString& user, const QString& passphrase, const QString& staffId, bool administrator)
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("giving someone a sign-in")), {}};
    if (onServer()) {
        if (!passphrase.isEmpty())
            return Error{QObject::tr("On a team server the password is the server's own: its administrator sets it "
                                     "(ALTER ROLE ... PASSWORD), and Waymark never sees it."),
                         {}};
        return addOnServer(user.trimmed(), staffId, administrator);
    }
    if (!available())
        return Error{QObject::tr("This database is not encrypted, so nobody signs in to it: a demo database is open to "
                                 "whoever has the file."),
                     {}};
    Result<KeyRing> ring = KeyRing::load(m_databasePath);
    if (!ring)
        return ring.error();
    KeyRing keys = ring.value();
    const KeyRing::Account* existing = user.trimmed().isEmpty() ? nullptr : keys.account(user.trimmed());
    const bool replacing = existing != nullptr;
    QString forStaff = staffId;
    bool asAdministrator = administrator;
    if (existing) {
        // The same name again is a new passphrase for that account, never a take-over of it.
        if (!staffId.isEmpty() && existing->staffId != staffId)
            return Error{QObject::tr("\"%1\" is already someone else's sign-in: choose another name.").arg(existing->user), {}};
        forStaff = existing->staffId;
        asAdministrator = existing->administrator || administrator;
    }
    if (Status s = keys.addAccount(user, passphrase, m_key, forStaff, asAdministrator); !s)
        return s;
    // The trail first: an account that cannot be recorded is not made.
    if (Status s = audit(replacing ? QStringLiteral("account_passphrase_set") : QStringLiteral("account_added"),
                         user.trimmed() + (forStaff.isEmpty() ? QString() : QStringLiteral(" (staff %1)").arg(forStaff))
                             + (asAdministrator ? QStringLiteral(", administrator") : QString()));
        !s)
        return s;
    return keys.save(m_databasePath);
}

Status AccountService::remove(const QString& user)
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("removing a sign-in")), {}};
    if (onServer())
        return removeOnServer(user.trimmed());
    Result<KeyRing> ring = KeyRing::load(m_databasePath);
    if (!ring)
        return ring.error();
    KeyRing keys = ring.value();
    if (Status s = keys.removeAccount(user); !s)
        return s;
    if (Status s = audit(QStringLiteral("account_removed"), user); !s)
        return s;
    return keys.save(m_databasePath);
}

Status AccountService::addOnServer(const QString& user, const QString& staffId, bool administrator)
{
    ServerSignInRepository signIns(m_context.database);
    if (user.isEmpty())
        return Error{QObject::tr("Type the name of the sign-in the team server's administrator made for them."), {}};
    Result<bool> exists = signIns.loginExists(user);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{QObject::tr("The team server has no sign-in \"%1\". Its administrator makes it first (for "
                                 "example createuser --pwprompt %1), then it can be given here.")
                         .arg(user),
                     {}};
    Result<std::optional<ServerSignIn>> existing = signIns.find(user);
    if (!existing)
        return existing.error();
    if (staffId.isEmpty() && !administrator && !(existing->has_value() && !(*existing)->staffId.isEmpty()))
        return Error{QObject::tr("Give the sign-in to a member of staff (their record says what they see), or as an "
                                 "administrator's."),
                     {}};
    // Whoever Waymark treats as an administrator (their staff role says so) may give sign-ins on
    // the server too.
    bool asAdministrator = administrator;
    if (!staffId.isEmpty()) {
        Result<std::optional<Staff>> staff = StaffRepository(m_context.database).find(staffId);
        if (!staff)
            return staff.error();
        if (!staff->has_value())
            return Error{QObject::tr("There is no member of staff with id \"%1\".").arg(staffId), {}};
        asAdministrator = asAdministrator || AccessPolicy::roleFor((*staff)->role, false) == Role::Administrator;
    }
    ServerSignIn signIn{user, staffId, asAdministrator, m_context.clock.now().toUTC(), m_context.actor};
    if (existing->has_value()) {
        // The same name again keeps its staff record, as an encrypted file's accounts do.
        if (!staffId.isEmpty() && !(*existing)->staffId.isEmpty() && (*existing)->staffId != staffId)
            return Error{QObject::tr("\"%1\" is already someone else's sign-in: choose another name.").arg(user), {}};
        if (signIn.staffId.isEmpty())
            signIn.staffId = (*existing)->staffId;
        signIn.administrator = (*existing)->administrator || administrator;
    }
    return m_context.database.inTransaction([&]() -> Status {
        if (Status s = signIns.give(signIn); !s)
            return s;
        return audit(QStringLiteral("account_added"), AuditWrite::InThisTransaction,
                     user + (signIn.staffId.isEmpty() ? QString() : QStringLiteral(" (staff %1)").arg(signIn.staffId))
                         + (signIn.administrator ? QStringLiteral(", administrator") : QString())
                         + QStringLiteral(", team server sign-in"));
    });
}

Status AccountService::removeOnServer(const QString& user)
{
    ServerSignInRepository signIns(m_context.database);
    Result<QVector<ServerSignIn>> given = signIns.all();
    if (!given)
        return given.error();
    const auto found = std::find_if(given->cbegin(), given->cend(), [&](const ServerSignIn& s) { return s.login == user; });
    if (found == given->cend())
        return Error{QObject::tr("There is no account \"%1\".").arg(user), {}};
    const auto administrators = std::count_if(given->cbegin(), given->cend(), [](const ServerSignIn& s) { return s.administrator; });
    if (found->administrator && administrators == 1)
        return Error{QObject::tr("\"%1\" is the only administrator: give someone else an administrator's account first.")
                         .arg(user),
                     {}};
    return m_context.database.inTransaction([&]() -> Status {
        if (Status s = signIns.take(user); !s)
            return s;
        // Taking back what an administrator granted takes what they passed on too: everyone still
        // given a sign-in has it again, from whoever is removing this one.
        if (Status s = signIns.grantAgain(); !s)
            return s;
        return audit(QStringLiteral("account_removed"), AuditWrite::InThisTransaction,
                     user + QStringLiteral(", team server sign-in"));
    });
}

Status AccountService::audit(const QString& action, const QString& detail)
{
    return audit(action, AuditWrite::OnItsOwn, detail);
}

Status AccountService::audit(const QString& action, AuditWrite write, const QString& detail)
{
    AuditEntry entry;
    entry.at = m_context.clock.now();
    entry.actor = m_context.actor;
    entry.action = action;
    entry.detail = detail;
    AuditTrail trail(m_context.database);
    return write == AuditWrite::InThisTransaction ? trail.append(entry) : trail.record(entry);
}

} // namespace waymark
