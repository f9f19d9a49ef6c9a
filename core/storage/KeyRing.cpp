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

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KeyRing", text);
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
    const QByteArray secret = passphrase.toUtf8();
    QByteArray out(KeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(out.data()), KeyBytes, secret.constData(),
                      static_cast<unsigned long long>(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                      opsLimit, size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return out;
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
    a.nonce = QByteArray(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(a.nonce.data(), size_t(a.nonce.size()));
    a.wrappedKey = QByteArray(KeyBytes + int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(a.wrappedKey.data()),
                          reinterpret_cast<const unsigned char*>(databaseKey.constData()), KeyBytes,
                          reinterpret_cast<const unsigned char*>(a.nonce.constData()),
                          reinterpret_cast<const unsigned char*>(wrapping.constData()));
    wipe(wrapping);
    for (Account& existing : m_accounts)
        if (existing.user.compare(a.user, Qt::CaseInsensitive) == 0) {
            existing = a;
            return {};
        }
    m_accounts << a;
    return {};
}

Result<QByteArray> KeyRing::unlock(const QString& user, const QString& passphrase) const
{
    if (!sodiumReady())
        return Error{tr("The encryption library could not start."), {}};
    const Account* a = account(user);
    // The same words for an unknown name and a wrong passphrase: neither gives the other away.
    const Error refused{tr("The name or passphrase is not right."), {}};
    if (!a)
        return refused;
    QByteArray wrapping = derive(passphrase, a->salt, a->opsLimit, a->memLimit);
    if (wrapping.isEmpty())
        return refused;
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const int rc = a->wrappedKey.size() == KeyBytes + int(crypto_secretbox_MACBYTES) && a->nonce.size() == crypto_secretbox_NONCEBYTES
                       ? crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(key.data()),
                                                    reinterpret_cast<const unsigned char*>(a->wrappedKey.constData()),
                                                    static_cast<unsigned long long>(a->wrappedKey.size()),
                                                    reinterpret_cast<const unsigned char*>(a->nonce.constData()),
                                                    reinterpret_cast<const unsigned char*>(wrapping.constData()))
                       : -1;
    wipe(wrapping);
    if (rc != 0) {
        wipe(key);
        return refused;
    }
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
        a.opsLimit = quint64(o.value(QStringLiteral("ops_limit")).toDouble());
        a.memLimit = quint64(o.value(QStringLiteral("mem_limit")).toDouble());
        a.nonce = unb64(o.value(QStringLiteral("nonce")));
        a.wrappedKey = unb64(o.value(QStringLiteral("wrapped_key")));
        if (a.user.isEmpty() || a.salt.size() != crypto_pwhash_SALTBYTES || a.opsLimit == 0 || a.memLimit == 0)
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
                                {QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305")},
                                {QStringLiteral("nonce"), b64(a.nonce)},
                                {QStringLiteral("wrapped_key"), b64(a.wrappedKey)}};
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark-keys")},
                                                       {QStringLiteral("version"), 1},
                                                       {QStringLiteral("accounts"), accounts}})
                                 .toJson();
    const QString path = pathFor(databasePath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("The keys could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace waymark
