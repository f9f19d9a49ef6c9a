#include "core/storage/AutomaticBackups.h"

#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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
    // Only this database's own copies, named by their moment: waymark.db.20261123-150700.bak
    // (with -2, -3 for more in one second). The names sort by time.
    const QRegularExpression ours(QStringLiteral("^%1\\.\\d{8}-\\d{6}(-\\d+)?\\.bak$")
                                      .arg(QRegularExpression::escape(info.fileName())));
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (ours.match(name).hasMatch())
            names << dir.filePath(name);
    return names;
}

Result<QString> take(const Database& database, const QDateTime& now, int kept)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("AutomaticBackups", "The backup folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    // Only its owner may look in the folder or read the copies (a demo's copies are plain).
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stem = QDir(folder).filePath(
        QStringLiteral("%1.%2").arg(QFileInfo(database.path()).fileName(), now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString target = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1.bak").arg(n);
    if (Status s = database.backupTo(target); !s)
        return s.error();
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (KeyRing::existsFor(database.path())) {
        QFile::remove(KeyRing::pathFor(target));
        if (!QFile::copy(KeyRing::pathFor(database.path()), KeyRing::pathFor(target)))
            return Error{QCoreApplication::translate("AutomaticBackups", "The backup's keys could not be copied beside it."), {}};
    }
    const QStringList all = existing(database.path());
    for (qsizetype i = kept; i < all.size(); ++i) {
        if (all.at(i) == target)
            continue; // never the copy just taken (a clock set back sorts it last)
        QFile::remove(all.at(i));
        QFile::remove(KeyRing::pathFor(all.at(i)));
    }
    return target;
}

} // namespace waymark::AutomaticBackups
