#include "core/storage/KeyRing.h"
#include "tests/app/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using test::cli;
using test::CliRun;
using test::fileContains;

TEST(CliEncrypt, APlainDatabaseBecomesEncryptedWithNothingLostAndNoNameLeftInTheFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("old.db"));
    qunsetenv("WAYMARK_PASSPHRASE");
    // A plain file, as "demo" (and init before encryption) made them.
    ASSERT_EQ(cli({u"--db"_qs, db, u"demo"_qs, u"--people"_qs, u"20"_qs}).status, 0);
    ASSERT_EQ(cli({u"--db"_qs, db, u"export"_qs, dir.filePath(u"before.json"_qs)}).status, 0);
    QFile before(dir.filePath(u"before.json"_qs));
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray beforeJson = before.readAll();
    // A family name from the data, to look for in the raw file.
    const qsizetype at = beforeJson.indexOf("\"family_name\": \"");
    ASSERT_GT(at, 0);
    const QByteArray name = beforeJson.mid(at + 16, beforeJson.indexOf('"', at + 16) - at - 16);
    ASSERT_TRUE(fileContains(db, name)) << name.toStdString();

    qputenv("WAYMARK_PASSPHRASE", "a short one");
    EXPECT_EQ(cli({u"--db"_qs, db, u"encrypt"_qs}).status, 1); // the passphrase rules still hold
    EXPECT_FALSE(KeyRing::existsFor(db));
    qputenv("WAYMARK_PASSPHRASE", "the new administrator passphrase");
    CliRun encrypted = cli({u"--db"_qs, db, u"encrypt"_qs});
    ASSERT_EQ(encrypted.status, 0) << encrypted.err.toStdString();
    EXPECT_TRUE(KeyRing::existsFor(db));
    EXPECT_FALSE(fileContains(db, name));
    EXPECT_FALSE(QFile::exists(db + u".plain-being-removed"_qs));
    EXPECT_EQ(cli({u"--db"_qs, db, u"encrypt"_qs}).status, 1); // once is enough

    // Everything is still there, opened with the passphrase.
    EXPECT_EQ(cli({u"--db"_qs, db, u"check"_qs}).status, 0);
    ASSERT_EQ(cli({u"--db"_qs, db, u"export"_qs, dir.filePath(u"after.json"_qs)}).status, 0);
    QFile after(dir.filePath(u"after.json"_qs));
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    QByteArray afterJson = after.readAll();
    // The exports differ only in when they were made.
    auto withoutTime = [](QByteArray json) {
        const qsizetype t = json.indexOf("\"exported_at\"");
        return t < 0 ? json : json.left(t) + json.mid(json.indexOf('\n', t));
    };
    EXPECT_EQ(withoutTime(beforeJson), withoutTime(afterJson));
    qunsetenv("WAYMARK_PASSPHRASE");
    EXPECT_EQ(cli({u"--db"_qs, db, u"check"_qs}).status, 1);
}
