#include "tests/app/CliRunner.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/PdfText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;
using test::cli;
using test::CliRun;

namespace {

QJsonObject read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

TEST(CliSubjectAccess, ThePersonGetsTheirRecordsAsJsonAndPdfWithOtherPeoplesNamesTakenOut)
{
    qputenv("WAYMARK_PASSPHRASE", "a long test passphrase");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sar.db"));
    ASSERT_EQ(cli({u"--db"_qs, db, u"init"_qs}).status, 0);
    QJsonObject doc = test::smallCaseload();
    // Jo's note about Lexi mentions Bartholomew, who also comes to the service.
    doc.insert(QStringLiteral("notes"),
               QJsonArray{QJsonObject{{u"id"_qs, u"n-1"_qs},
                                      {u"support_period_id"_qs, u"sp-1"_qs},
                                      {u"written_at"_qs, u"2026-06-29T10:45:00Z"_qs},
                                      {u"author_id"_qs, u"kw-1"_qs},
                                      {u"text"_qs, u"Lexi came with Bartholomew; Sample's flat is near hers. Lexi's rent is paid."_qs}}});
    QFile in(dir.filePath(QStringLiteral("in.json")));
    ASSERT_TRUE(in.open(QIODevice::WriteOnly));
    in.write(QJsonDocument(doc).toJson());
    in.close();
    ASSERT_EQ(cli({u"--db"_qs, db, u"import"_qs, in.fileName()}).status, 0);

    const QString json = dir.filePath(QStringLiteral("lexi.json"));
    CliRun exported = cli({u"--db"_qs, db, u"export"_qs, json, u"--service-user"_qs, u"su-1"_qs});
    ASSERT_EQ(exported.status, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(u"2 mention(s)"_qs)) << exported.out.toStdString();

    const QJsonObject out = read(json);
    const QString note = out.value(u"notes"_qs).toArray().at(0).toObject().value(u"text"_qs).toString();
    EXPECT_EQ(note, QStringLiteral("Lexi came with [name removed]; [name removed]'s flat is near hers. Lexi's rent is paid."));
    // Her own record is whole, and the staff who worked with her are named.
    EXPECT_EQ(out.value(u"service_users"_qs).toArray().at(0).toObject().value(u"given_name"_qs).toString(), QStringLiteral("Alexandra"));
    EXPECT_EQ(out.value(u"service_users"_qs).toArray().size(), 1);

    const QString pdf = dir.filePath(QStringLiteral("lexi.pdf"));
    ASSERT_TRUE(QFile::exists(pdf));
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(u"The records we hold about you"_qs)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Alexandra"_qs));
    EXPECT_TRUE(text.contains(u"Jo Marsh"_qs));
    EXPECT_TRUE(text.contains(u"[name removed]"_qs));
    EXPECT_FALSE(text.contains(u"Bartholomew"_qs));
    EXPECT_FALSE(text.contains(u"Sample"_qs));
    EXPECT_TRUE(text.contains(u"Who has looked at your records"_qs));
    qunsetenv("WAYMARK_PASSPHRASE");
}
