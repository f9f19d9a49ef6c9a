#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QStringList>

namespace waymark {

class Database;

// The copies the app takes of its database when it closes: in a "backups" folder beside the
// database, named by the moment (UTC), encrypted like it (its keys beside each), verified after
// writing, and only the last few kept.
namespace AutomaticBackups {

inline constexpr int Kept = 5;

QString folderFor(const QString& databasePath);
// Takes one at `now` and removes the oldest beyond `kept`; returns the new copy's path.
Result<QString> take(const Database& database, const QDateTime& now, int kept = Kept);
// The copies there are, the newest first.
QStringList existing(const QString& databasePath);

} // namespace AutomaticBackups
} // namespace waymark
