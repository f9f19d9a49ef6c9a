#include "core/storage/AutomaticBackups.h"

#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace waymark::AutomaticBackups {

QString folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList existing(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    QDir dir(folderFor(databasePath));
    // The names sort by time: waymark.db.20261123-150700.bak.
    QStringList names = dir.entryList({info.fileName() + QStringLiteral(".*.bak")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& name : names)
        name = dir.filePath(name);
    return names;
}

Result<QString> take(const Database& database, const QDateTime& now, int kept)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("AutomaticBackups", "The backup folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1.%2.bak").arg(QFileInfo(database.path()).fileName(), now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QFile::remove(target);
    if (Status s = database.backupTo(target); !s)
        return s.error();
    if (KeyRing::existsFor(database.path())) {
        QFile::remove(KeyRing::pathFor(target));
        if (!QFile::copy(KeyRing::pathFor(database.path()), KeyRing::pathFor(target)))
            return Error{QCoreApplication::translate("AutomaticBackups", "The backup's keys could not be copied beside it."), {}};
    }
    const QStringList all = existing(database.path());
    for (qsizetype i = kept; i < all.size(); ++i) {
        QFile::remove(all.at(i));
        QFile::remove(KeyRing::pathFor(all.at(i)));
    }
    return target;
}

} // namespace waymark::AutomaticBackups
