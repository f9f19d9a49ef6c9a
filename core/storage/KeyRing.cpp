#include "core/storage/KeyRing.h"

#include "core/rules/PassphraseRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::KeyRing", text);
}

constexpr int KeyBytes = 32;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The key that wraps the database key, derived from the passphrase; wiped by the caller.
QByteArray derive(const QString& passphrase, const QByteArray& salt, quint64 opsLimit, quint64 memLimit)
{
    QByteArray secret = passphrase.toUtf8();
    QByteArray out(KeyBytes, Qt::Uninitialized);
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char*>(out.data()), KeyBytes, secret.constData(),
                                 static_cast<unsigned long long>(secret.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit, size_t(memLimit),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (rc != 0)
        return {};
    return out;
}

// What the wrapped key is bound to, so that an account's name or role cannot be edited in the
// file without the key failing to unwrap.
QByteArray associatedData(const KeyRing::Account& a)
{
    return a.user.toLower().toUtf8() + '\0' + (a.administrator ? "1" : "0") + '\0' + a.staffId.toUtf8();
}

bool withinLimits(quint64 ops, quint64 mem)
{
    return ops >= crypto_pwhash_OPSLIMIT_MIN && ops <= crypto_pwhash_OPSLIMIT_SENSITIVE && mem >= crypto_pwhash_MEMLIMIT_MIN
           && mem <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

// A whole, non-negative number from JSON, or 0.
quint64 count(const QJsonValue& value)
{
    const double d = value.toDouble(-1);
    return d >= 0 && d <= 9007199254740992.0 && d == double(quint64(d)) ? quint64(d) : 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

QString KeyRing::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

bool KeyRing::existsFor(const QString& databasePath)
{
    return QFile::exists(pathFor(databasePath));
}

QByteArray KeyRing::newDatabaseKey()
{
    if (!sodiumReady())
        return {};
    QByteArray key(KeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), KeyBytes);
    return key;
}

const KeyRing::Account* KeyRing::account(const QString& user) const
{
    for (const Account& a : m_accounts)
        if (user.isEmpty() ? a.administrator : a.user.compare(user, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

Status KeyRing::addAccount(const QString& user, const QString& passphrase, const QByteArray& databaseKey,
                           const QString& staffId, bool administrator)
{
    if (!sodiumReady())
        return Error{tr("The encryption library could not start."), {}};
    if (user.trimmed().isEmpty())
        return Error{tr("An account needs a name to sign in with."), {}};
    if (const std::optional<QString> why = PassphraseRules::problem(passphrase))
        return Error{*why, {}};
    if (databaseKey.size() != KeyBytes)
        return Error{tr("The database key is not 32 bytes."), {}};
    Account a;
    a.user = user.trimmed();
    a.staffId = staffId;
    a.administrator = administrator;
    a.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(a.salt.data(), size_t(a.salt.size()));
    // Interactive limits (2 passes over 64 MiB): about a fifth of a second to sign in here, and
    // the same for every guess an attacker makes. Kept per account so they can be raised later.
    a.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    a.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray wrapping = derive(passphrase, a.salt, a.opsLimit, a.memLimit);
    if (wrapping.isEmpty())
        return Error{tr("There is not enough memory to protect the passphrase."), {}};
    a.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(a.nonce.data(), size_t(a.nonce.size()));
    a.wrappedKey = QByteArray(KeyBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    const QByteArray bound = associatedData(a);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(a.wrappedKey.data()), nullptr,
        reinterpret_cast<const unsigned char*>(databaseKey.constData()), KeyBytes,
        reinterpret_cast<const unsigned char*>(bound.constData()), static_cast<unsigned long long>(bound.size()), nullptr,
        reinterpret_cast<const unsigned char*>(a.nonce.constData()), reinterpret_cast<const unsigned char*>(wrapping.constData()));
    wipe(wrapping);
    for (Account& existing : m_accounts)
        if (existing.user.compare(a.user, Qt::CaseInsensitive) == 0) {
            existing = a;
            return {};
        }
    m_accounts << a;
    return {};
}

Status KeyRing::removeAccount(const QString& user)
{
    const Account* found = user.trimmed().isEmpty() ? nullptr : account(user.trimmed());
    if (!found)
        return Error{tr("There is no account \"%1\".").arg(user), {}};
    if (found->administrator) {
        const auto administrators = std::count_if(m_accounts.cbegin(), m_accounts.cend(),
                                                  [](const Account& a) { return a.administrator; });
        if (administrators <= 1)
            return Error{tr("\"%1\" is the only administrator: give someone else an administrator's account first.")
                             .arg(found->user),
                         {}};
    }
    const QString name = found->user;
    m_accounts.erase(std::remove_if(m_accounts.begin(), m_accounts.end(),
                                    [&](const Account& a) { return a.user == name; }),
                     m_accounts.end());
    return {};
}

Result<QByteArray> KeyRing::unlock(const QString& user, const QString& passphrase) const
{
    if (!sodiumReady())
        return Error{tr("The encryption library could not start."), {}};
    const Account* a = account(user);
    // The same words, and the same time, for an unknown name and a wrong passphrase: neither
    // gives the other away.
    const Error refused{tr("The name or passphrase is not right."), {}};
    if (!a) {
        static const QByteArray decoySalt(crypto_pwhash_SALTBYTES, 'w');
        QByteArray decoy = derive(passphrase, decoySalt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
        wipe(decoy);
        return refused;
    }
    QByteArray wrapping = derive(passphrase, a->salt, a->opsLimit, a->memLimit);
    if (wrapping.isEmpty())
        return refused;
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const QByteArray bound = associatedData(*a);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char*>(key.data()), &length, nullptr,
        reinterpret_cast<const unsigned char*>(a->wrappedKey.constData()), static_cast<unsigned long long>(a->wrappedKey.size()),
        reinterpret_cast<const unsigned char*>(bound.constData()), static_cast<unsigned long long>(bound.size()),
        reinterpret_cast<const unsigned char*>(a->nonce.constData()), reinterpret_cast<const unsigned char*>(wrapping.constData()));
    wipe(wrapping);
    if (rc != 0 || length != KeyBytes) {
        wipe(key);
        return refused;
    }
    return key;
}

Result<QByteArray> KeyRing::signIn(const QString& databasePath, const QString& user, const QString& passphrase,
                                   const QDateTime& now)
{
    Account* a = nullptr;
    for (Account& candidate : m_accounts)
        if (&candidate == account(user))
            a = &candidate;
    if (a && a->lockedUntil.isValid() && a->lockedUntil > now)
        return Error{tr("This account is locked after %1 wrong passphrases in a row; try again after %2 (UTC), or ask "
                        "the administrator.")
                         .arg(FailuresBeforeLock)
                         .arg(a->lockedUntil.toString(QStringLiteral("HH:mm"))),
                     {}};
    Result<QByteArray> key = unlock(user, passphrase);
    if (!a)
        return key;
    const int failuresBefore = a->failures;
    const bool wasLocked = a->lockedUntil.isValid();
    if (key) {
        a->failures = 0;
        a->lockedUntil = QDateTime();
    } else if (++a->failures >= FailuresBeforeLock) {
        a->failures = 0;
        a->lockedUntil = now.toUTC().addSecs(60 * LockMinutes);
    }
    if (a->failures != failuresBefore || a->lockedUntil.isValid() != wasLocked)
        if (Status s = save(databasePath); !s)
            return s.error();
    return key;
}

Result<KeyRing> KeyRing::load(const QString& databasePath)
{
    const QString path = pathFor(databasePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The keys of %1 cannot be read (%2): without them the database cannot be opened.")
                         .arg(QDir::toNativeSeparators(databasePath), file.errorString()),
                     {}};
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parse);
    const QJsonObject root = document.object();
    const Error damaged{tr("%1 is damaged or is not a Waymark key file; it was left untouched.").arg(QDir::toNativeSeparators(path)),
                        {}};
    if (parse.error != QJsonParseError::NoError || root.value(QStringLiteral("format")) != QStringLiteral("waymark-keys")
        || root.value(QStringLiteral("version")).toInt() != 1)
        return damaged;
    KeyRing ring;
    for (const QJsonValue& value : root.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject o = value.toObject();
        Account a;
        a.user = o.value(QStringLiteral("user")).toString();
        a.staffId = o.value(QStringLiteral("staff_id")).toString();
        a.administrator = o.value(QStringLiteral("administrator")).toBool();
        a.salt = unb64(o.value(QStringLiteral("salt")));
        a.opsLimit = count(o.value(QStringLiteral("ops_limit")));
        a.memLimit = count(o.value(QStringLiteral("mem_limit")));
        a.nonce = unb64(o.value(QStringLiteral("nonce")));
        a.wrappedKey = unb64(o.value(QStringLiteral("wrapped_key")));
        a.failures = int(count(o.value(QStringLiteral("failures"))));
        a.lockedUntil = QDateTime::fromString(o.value(QStringLiteral("locked_until")).toString(), Qt::ISODate);
        // Limits out of range would hang a sign-in (or fail it): such a file is damaged.
        if (a.user.isEmpty() || a.salt.size() != crypto_pwhash_SALTBYTES || !withinLimits(a.opsLimit, a.memLimit)
            || a.nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
            || a.wrappedKey.size() != KeyBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
            return damaged;
        ring.m_accounts << a;
    }
    if (ring.m_accounts.isEmpty())
        return damaged;
    return ring;
}

Status KeyRing::save(const QString& databasePath) const
{
    QJsonArray accounts;
    for (const Account& a : m_accounts)
        accounts << QJsonObject{{QStringLiteral("user"), a.user},
                                {QStringLiteral("staff_id"), a.staffId},
                                {QStringLiteral("administrator"), a.administrator},
                                {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                                {QStringLiteral("salt"), b64(a.salt)},
                                {QStringLiteral("ops_limit"), double(a.opsLimit)},
                                {QStringLiteral("mem_limit"), double(a.memLimit)},
                                {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                                {QStringLiteral("nonce"), b64(a.nonce)},
                                {QStringLiteral("wrapped_key"), b64(a.wrappedKey)},
                                {QStringLiteral("failures"), a.failures},
                                {QStringLiteral("locked_until"), a.lockedUntil.isValid()
                                                                     ? QJsonValue(a.lockedUntil.toUTC().toString(Qt::ISODate))
                                                                     : QJsonValue(QJsonValue::Null)}};
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark-keys")},
                                                       {QStringLiteral("version"), 1},
                                                       {QStringLiteral("accounts"), accounts}})
                                 .toJson();
    const QString path = pathFor(databasePath);
    QSaveFile file(path);
    // Only its owner may read it, from the moment it exists.
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("The keys could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace waymark
