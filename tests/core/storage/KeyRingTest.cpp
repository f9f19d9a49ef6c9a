#include "core/storage/KeyRing.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

const QString Passphrase = QStringLiteral("seven quiet herons");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

TEST(KeyRing, UnwrapsTheKeyForTheRightPassphraseOnly)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    const QByteArray key = KeyRing::newDatabaseKey();
    ASSERT_EQ(key.size(), 32);
    EXPECT_NE(KeyRing::newDatabaseKey(), key);
    KeyRing ring;
    ASSERT_TRUE(ring.addAccount(QStringLiteral("admin"), Passphrase, key, {}, true).ok());
    EXPECT_FALSE(ring.addAccount(QStringLiteral("jo"), QStringLiteral("short"), key).ok());
    ASSERT_TRUE(ring.save(db).ok());
    // Only its owner may read the file, and it holds no key in the clear.
    EXPECT_EQ(QFile::permissions(KeyRing::pathFor(db)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile file(KeyRing::pathFor(db));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_FALSE(text.contains(key.toHex()));
    EXPECT_FALSE(text.contains(key.toBase64()));

    Result<KeyRing> loaded = KeyRing::load(db);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->unlock({}, Passphrase).value(), key); // empty name: the administrator
    EXPECT_EQ(loaded->unlock(QStringLiteral("ADMIN"), Passphrase).value(), key);
    const Result<QByteArray> wrong = loaded->unlock(QStringLiteral("admin"), QStringLiteral("seven quiet heron"));
    ASSERT_FALSE(wrong);
    const Result<QByteArray> stranger = loaded->unlock(QStringLiteral("mallory"), Passphrase);
    ASSERT_FALSE(stranger);
    EXPECT_EQ(wrong.error().message, stranger.error().message);
}

TEST(KeyRing, AnEditedAccountNoLongerOpens)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    KeyRing ring;
    ASSERT_TRUE(ring.addAccount(QStringLiteral("jo"), Passphrase, KeyRing::newDatabaseKey()).ok());
    ASSERT_TRUE(ring.save(db).ok());
    // Making Jo an administrator in the file breaks the key's seal.
    QJsonObject o = readJson(KeyRing::pathFor(db));
    QJsonArray accounts = o.value(QStringLiteral("accounts")).toArray();
    QJsonObject jo = accounts.at(0).toObject();
    jo.insert(QStringLiteral("administrator"), true);
    accounts[0] = jo;
    o.insert(QStringLiteral("accounts"), accounts);
    writeJson(KeyRing::pathFor(db), o);
    Result<KeyRing> loaded = KeyRing::load(db);
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->unlock(QStringLiteral("jo"), Passphrase));
    // Limits that would hang a sign-in mark the file as damaged.
    jo.insert(QStringLiteral("administrator"), false);
    jo.insert(QStringLiteral("ops_limit"), 4e9);
    accounts[0] = jo;
    o.insert(QStringLiteral("accounts"), accounts);
    writeJson(KeyRing::pathFor(db), o);
    const Result<KeyRing> damaged = KeyRing::load(db);
    ASSERT_FALSE(damaged);
    EXPECT_TRUE(damaged.error().message.contains(QStringLiteral("damaged"))) << damaged.error().message.toStdString();
    writeJson(KeyRing::pathFor(db), QJsonObject{{QStringLiteral("format"), QStringLiteral("something-else")}});
    EXPECT_FALSE(KeyRing::load(db));
}

TEST(KeyRing, APlainFileInPlaceOfAnEncryptedOneIsRefused)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    Database::Options plain;
    plain.mode = Database::Open::CreateIfMissing;
    ASSERT_TRUE(Database::open(db, plain));
    Database::Options keyed;
    keyed.key = KeyRing::newDatabaseKey();
    const auto opened = Database::open(db, keyed);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("is not encrypted, though it has keys"))) << opened.error().message.toStdString();
}

TEST(KeyRing, TenWrongPassphrasesInARowLockTheAccountForAWhile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    const QByteArray key = KeyRing::newDatabaseKey();
    KeyRing ring;
    ASSERT_TRUE(ring.addAccount(QStringLiteral("jo"), Passphrase, key).ok());
    ASSERT_TRUE(ring.save(db).ok());
    const QDateTime now(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC);
    // Nine wrong, then the right one: the count starts again.
    for (int i = 0; i < 9; ++i)
        EXPECT_FALSE(ring.signIn(db, QStringLiteral("jo"), QStringLiteral("wrong passphrase %1").arg(i), now));
    EXPECT_TRUE(ring.signIn(db, QStringLiteral("jo"), Passphrase, now));
    for (int i = 0; i < 10; ++i)
        EXPECT_FALSE(ring.signIn(db, QStringLiteral("jo"), QStringLiteral("wrong passphrase %1").arg(i), now));
    // Locked, even for the right passphrase, and the lock is in the file for the next program.
    Result<KeyRing> loaded = KeyRing::load(db);
    ASSERT_TRUE(loaded);
    KeyRing reloaded = loaded.value();
    const Result<QByteArray> locked = reloaded.signIn(db, QStringLiteral("jo"), Passphrase, now.addSecs(60));
    ASSERT_FALSE(locked);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked"))) << locked.error().message.toStdString();
    // After the lock's time, the right passphrase opens it again.
    EXPECT_EQ(reloaded.signIn(db, QStringLiteral("jo"), Passphrase, now.addSecs(16 * 60)).value(), key);
}
