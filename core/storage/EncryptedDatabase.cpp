#include "core/storage/EncryptedDatabase.h"

#include "core/storage/KeyRing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

} // namespace waymark::EncryptedDatabase
