#include "core/storage/EncryptedDatabase.h"

#include "core/storage/KeyRing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace waymark::EncryptedDatabase {

Result<std::unique_ptr<Database>> create(const QString& path, const QString& administrator, const QString& passphrase,
                                         Database::Options options)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        return Error{QCoreApplication::translate("EncryptedDatabase", "%1 already exists; nothing was changed.").arg(shown), {}};
    if (KeyRing::existsFor(path))
        return Error{QCoreApplication::translate("EncryptedDatabase",
                                                 "There are keys at %1 but no database beside them: if the database "
                                                 "was moved, move its keys with it. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(KeyRing::pathFor(path))),
                     {}};
    KeyRing ring;
    options.mode = Database::Open::CreateIfMissing;
    options.key = KeyRing::newDatabaseKey();
    if (Status s = ring.addAccount(administrator, passphrase, options.key, {}, true); !s)
        return s.error();
    auto database = Database::open(path, options);
    options.key.fill('\0');
    if (!database)
        return database.error();
    if (Status s = ring.save(path); !s) {
        database.value().reset();
        // Without its keys the new file could never be opened: take it away again.
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        return s.error();
    }
    return database;
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::EncryptedDatabase", text);
}

// Overwrites a file before removing it, so the plain pages do not stay readable in the free space
// of most file systems (a copy-on-write file system or an SSD may still keep old blocks).
void overwriteAndRemove(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
        file.flush();
        // On to the disk before the name goes: otherwise the zeros may never be written.
        ::fsync(file.handle());
        file.close();
    }
    QFile::remove(path);
}

} // namespace

Status encryptExisting(const QString& path, const QString& administrator, const QString& passphrase)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (KeyRing::existsFor(path))
        return Error{tr("%1 is already encrypted (its keys are beside it). Nothing was changed.").arg(shown), {}};
    if (!QFileInfo(path).exists())
        return Error{tr("There is no database at %1.").arg(shown), {}};
    QByteArray key = KeyRing::newDatabaseKey();
    KeyRing ring;
    if (Status s = ring.addAccount(administrator, passphrase, key, {}, true); !s) {
        key.fill('\0');
        return s;
    }
    const QString staged = path + QStringLiteral(".encrypting");
    // Opening an older file upgrades it, keeping a plain copy first: those copies go too.
    const QFileInfo info(path);
    const QStringList upgradeCopies = QStringList{info.fileName() + QStringLiteral(".before-schema-*")};
    const QSet<QString> copiesBefore = [&] {
        const QStringList names = info.dir().entryList(upgradeCopies, QDir::Files);
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    for (const char* suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(staged + QString::fromLatin1(suffix));
    {
        auto plain = Database::open(path);
        if (!plain) {
            key.fill('\0');
            return plain.error();
        }
        // Nobody else may be writing while the copy is made.
        if (Status s = plain.value()->holdExclusively(); !s) {
            key.fill('\0');
            return s;
        }
        QSqlDatabase connection = plain.value()->connection();
        connection.rollback();
        Status exported = plain.value()->exportEncrypted(staged, key);
        if (!exported) {
            key.fill('\0');
            return exported;
        }
    }
    // Another program writing after the plain file was let go would be lost: it is caught below.
    const QFileInfo closed(path);
    const QDateTime closedAt = closed.lastModified();
    const qint64 closedSize = closed.size();
    // The copy is checked before anything else happens: it opens with the key, and SQLite, the
    // foreign keys and the audit trail all find it whole.
    {
        Database::Options options;
        options.key = key;
        auto copy = Database::open(staged, options);
        options.key.fill('\0');
        Result<QStringList> problems = copy ? copy.value()->problems() : Result<QStringList>(copy.error());
        if (!problems || !problems->isEmpty()) {
            copy = Error{QString(), {}};
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(staged + QString::fromLatin1(suffix));
            key.fill('\0');
            return Error{tr("The encrypted copy of %1 did not check out (%2); the database is as it was.")
                             .arg(shown, problems ? problems->join(QStringLiteral("; ")) : problems.error().message),
                         {}};
        }
    }
    key.fill('\0');
    if (Status s = ring.save(staged); !s) {
        QFile::remove(staged);
        return s;
    }
    const QFileInfo now(path);
    if ((QFileInfo::exists(path + QStringLiteral("-wal")) && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        || now.lastModified() != closedAt || now.size() != closedSize) {
        for (const char* suffix : {"", ".keys"})
            QFile::remove(staged + QString::fromLatin1(suffix));
        return Error{tr("%1 is in use by another program; close it and try again. Nothing was changed.").arg(shown), {}};
    }
    // Into place: the plain file aside, the encrypted one and its keys where it was.
    const QString aside = path + QStringLiteral(".plain-being-removed");
    QFile::remove(aside);
    if (!QFile::rename(path, aside))
        return Error{tr("%1 could not be moved aside; nothing was changed.").arg(shown), {}};
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    if (!QFile::rename(staged, path) || !QFile::rename(KeyRing::pathFor(staged), KeyRing::pathFor(path))) {
        QFile::remove(path);
        QFile::remove(KeyRing::pathFor(path));
        QFile::rename(aside, path);
        return Error{tr("The encrypted copy could not take the place of %1; the plain database is back as it was.").arg(shown),
                     {}};
    }
    overwriteAndRemove(aside);
    for (const QString& name : info.dir().entryList(upgradeCopies, QDir::Files))
        if (!copiesBefore.contains(name))
            overwriteAndRemove(info.dir().filePath(name));
    return {};
}

} // namespace waymark::EncryptedDatabase
