#include "tests/app/CliRunner.h"
#include "tests/server/ServerDatabase.h"
#include "tests/support/InterchangeFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using test::cli;

TEST(CliOnTheServer, InitImportExportAndCheckWorkAsOnAFile)
{
    test::ServerDatabase server;
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("small.json"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QFile file(in);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(test::smallCaseload()).toJson());
    file.close();

    const test::CliRun init = cli({QStringLiteral("--db"), server.url(), QStringLiteral("init")});
    ASSERT_EQ(init.status, CliApplication::Ok) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("ready at postgresql://"))) << init.out.toStdString();
    const test::CliRun imported = cli({QStringLiteral("--db"), server.url(), QStringLiteral("import"), in});
    ASSERT_EQ(imported.status, CliApplication::Ok) << imported.err.toStdString();
    const test::CliRun exported = cli({QStringLiteral("--db"), server.url(), QStringLiteral("export"), out});
    ASSERT_EQ(exported.status, CliApplication::Ok) << exported.err.toStdString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("Alexandra"));
    const test::CliRun check = cli({QStringLiteral("--db"), server.url(), QStringLiteral("check")});
    EXPECT_EQ(check.status, CliApplication::Ok) << check.err.toStdString();

    // A backup is the server's business.
    const test::CliRun backup = cli({QStringLiteral("--db"), server.url(), QStringLiteral("backup"), dir.filePath(QStringLiteral("b.db"))});
    EXPECT_EQ(backup.status, CliApplication::UserError);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << backup.err.toStdString();
}
