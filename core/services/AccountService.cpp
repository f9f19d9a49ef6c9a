#include "core/services/AccountService.h"

#include "core/domain/Clock.h"
#include "core/rules/AccessPolicy.h"
#include "core/storage/AuditTrail.h"

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
    return !m_key.isEmpty() && KeyRing::existsFor(m_databasePath);
}

Result<QVector<KeyRing::Account>> AccountService::accounts() const
{
    if (!AccessPolicy::mayAdminister(m_context.role))
        return Error{AccessPolicy::refusal(QObject::tr("seeing the sign-in accounts")), {}};
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

Status AccountService::audit(const QString& action, const QString& detail)
{
    AuditEntry entry;
    entry.at = m_context.clock.now();
    entry.actor = m_context.actor;
    entry.action = action;
    entry.detail = detail;
    return AuditTrail(m_context.database).record(entry);
}

} // namespace waymark
