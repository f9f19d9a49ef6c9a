#include "core/interchange/Importer.h"
#include "core/interchange/StarTemplateFile.h"
#include "core/storage/Repositories.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;

TEST(StarTemplateFile, WrittenThenReadBackUnchangedAndImportableAsInterchange)
{
    test::TestDatabase db;
    const StarTemplate wellbeing = Repositories(db.db()).stars.findTemplate(QStringLiteral("waymark-wellbeing"))->value();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("star.json"));
    ASSERT_TRUE(StarTemplateFile::write(path, {wellbeing}, db.clock().now()).ok());
    Result<QVector<StarTemplate>> read = StarTemplateFile::read(path);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->first().areas.size(), wellbeing.areas.size());
    EXPECT_EQ(read->first().areas.at(2).name, wellbeing.areas.at(2).name);
    EXPECT_EQ(read->first().stages.size(), wellbeing.stages.size());
    // The file is an interchange document: the importer takes it as it is.
    test::TestDatabase other(false);
    EXPECT_TRUE(Importer(other.db(), other.clock())
                    .importObject(StarTemplateFile::toJson({wellbeing}, db.clock().now()), QStringLiteral("star"), QStringLiteral("test"))
                    .ok());
}

TEST(StarTemplateFile, EveryProblemIsReportedWithItsPath)
{
    QJsonObject doc{{QStringLiteral("star_templates"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("licensed")},
                                            {QStringLiteral("name"), QStringLiteral("Licensed")},
                                            {QStringLiteral("scale_min"), 1},
                                            {QStringLiteral("scale_max"), 10},
                                            {QStringLiteral("areas"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("a")}, {QStringLiteral("name"), QStringLiteral("A")}},
                                                                                 QJsonObject{{QStringLiteral("key"), QStringLiteral("a")}, {QStringLiteral("name"), QStringLiteral("B")}}}},
                                            {QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("from"), 1}, {QStringLiteral("to"), 6}, {QStringLiteral("name"), QStringLiteral("Low")}},
                                                                                  QJsonObject{{QStringLiteral("from"), 6}, {QStringLiteral("to"), 10}, {QStringLiteral("name"), QStringLiteral("High")}}}}}}}};
    Result<QVector<StarTemplate>> read = StarTemplateFile::fromJson(doc);
    ASSERT_FALSE(read.ok());
    const QStringList details = read.error().details;
    ASSERT_EQ(details.size(), 2) << details.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(details.at(0).startsWith(QStringLiteral("star_templates[0].areas[1].key: ")));
    EXPECT_TRUE(details.at(1).startsWith(QStringLiteral("star_templates[0].stages: ")));
    EXPECT_FALSE(StarTemplateFile::fromJson(QJsonObject{}).ok());
}
