#include "core/storage/AutomaticBackups.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(AutomaticBackups, KeepTheLastFewEncryptedAndVerified)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.db"));
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    options.key = KeyRing::newDatabaseKey();
    auto db = Database::open(path, options);
    ASSERT_TRUE(db);
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO waymark_meta (key, value) VALUES ('probe', 'Alexandra Tester')")));
    const QDateTime start(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC);
    for (int i = 0; i < 7; ++i) {
        Result<QString> taken = AutomaticBackups::take(*db.value(), start.addSecs(60 * i), 5);
        ASSERT_TRUE(taken) << taken.error().message.toStdString();
    }
    const QStringList kept = AutomaticBackups::existing(path);
    ASSERT_EQ(kept.size(), 5);
    EXPECT_TRUE(kept.first().endsWith(QStringLiteral("team.db.20261123-150600.bak"))) << kept.first().toStdString();
    EXPECT_TRUE(kept.last().endsWith(QStringLiteral("team.db.20261123-150200.bak"))) << kept.last().toStdString();
    for (const QString& copy : kept) {
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains("Alexandra")) << copy.toStdString();
        EXPECT_TRUE(db.value()->verifyCopy(copy).ok());
    }
}
