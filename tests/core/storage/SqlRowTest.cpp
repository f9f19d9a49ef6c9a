#include "core/storage/SqlRow.h"
#include "core/storage/SqlValues.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace waymark;

// A row read by name follows its query from row to row, and a name is found by its text, not
// by where the caller kept it.
TEST(SqlRow, ReadsEachRowByNameAndFindsANameByItsTextWhereverItIsKept)
{
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT 'first' AS word, 1 AS number, NULL AS nothing "
                                      "UNION ALL SELECT 'second', 2, NULL ORDER BY number")));
    const SqlRow row(q);
    QStringList words;
    QList<int> numbers;
    char name[16];
    while (q.next()) {
        // The same buffer asked for two different columns in turn.
        std::strcpy(name, "word");
        words << row.value(name).toString();
        std::strcpy(name, "number");
        numbers << row.value(name).toInt();
        EXPECT_EQ(SqlValues::integer(row, "nothing"), std::nullopt);
        EXPECT_FALSE(row.value("no_such_column").isValid());
        EXPECT_EQ(SqlValues::text(row, "word"), words.last());
    }
    EXPECT_EQ(words, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    EXPECT_EQ(numbers, (QList<int>{1, 2}));
}

// Names asked for in the order of the last row are found first; asked for in another order, or
// some left out, each is still its own column's value.
TEST(SqlRow, NamesAskedForInAnyOrderAreEachTheirOwnColumn)
{
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT 1 AS a, 2 AS b, 3 AS c UNION ALL SELECT 10, 20, 30 "
                                      "UNION ALL SELECT 100, 200, 300 ORDER BY a")));
    const SqlRow row(q);
    QStringList read;
    const QList<QList<const char*>> orders = {{"a", "b", "c"}, {"c", "a", "b"}, {"b", "b", "a"}};
    for (const QList<const char*>& order : orders) {
        ASSERT_TRUE(q.next());
        QStringList values;
        for (const char* name : order)
            values << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(row.value(name).toInt());
        read << values.join(QLatin1Char(' '));
    }
    EXPECT_EQ(read, (QStringList{QStringLiteral("a=1 b=2 c=3"), QStringLiteral("c=30 a=10 b=20"),
                                 QStringLiteral("b=200 b=200 a=100")}));
}

// A streamed row (Repository::forEachRow's) reads text from SQLite itself: the same text, null
// and empty as the driver's values, numbers as their text, and the bytes of each value as UTF-8.
TEST(SqlRow, AStreamedRowReadsTheSameTextAsTheDriversValues)
{
    test::TestDatabase t;
    const QString sql =
        QStringLiteral("SELECT 'Zoë Ōkubo 😀' AS word, 42 AS number, NULL AS nothing, '' AS empty, 2.5 AS real "
                       "UNION ALL SELECT 'plain', -7, NULL, '', 0.25");
    QSqlQuery byValue(t.db().connection());
    byValue.setForwardOnly(true);
    ASSERT_TRUE(byValue.exec(sql));
    QSqlQuery streamed(t.db().connection());
    streamed.setForwardOnly(true);
    ASSERT_TRUE(streamed.exec(sql));
    const SqlRow plain(byValue);
    const SqlRow row(streamed, SqlRow::Streamed::Yes);
    int rows = 0;
    while (byValue.next()) {
        ASSERT_TRUE(streamed.next());
        ++rows;
        for (const char* column : {"word", "number", "nothing", "empty", "real"}) {
            const QString expected = plain.value(column).toString();
            const QString got = row.text(column);
            EXPECT_EQ(got, expected) << column;
            EXPECT_EQ(got.isNull(), expected.isNull()) << column;
        }
        EXPECT_EQ(row.utf8("word"), byValue.value(0).toString().toUtf8());
        EXPECT_EQ(row.utf8("number"), byValue.value(1).toString().toUtf8());
        EXPECT_TRUE(row.utf8("nothing").isEmpty());
        EXPECT_TRUE(row.text("no_such_column").isNull());
    }
    EXPECT_FALSE(streamed.next());
    EXPECT_EQ(rows, 2);
    // A row not streamed reads the same through the driver's values.
    QSqlQuery again(t.db().connection());
    ASSERT_TRUE(again.exec(sql));
    const SqlRow notStreamed(again);
    ASSERT_TRUE(again.next());
    EXPECT_EQ(notStreamed.text("word"), QStringLiteral("Zoë Ōkubo 😀"));
    EXPECT_EQ(notStreamed.utf8("word"), QStringLiteral("Zoë Ōkubo 😀").toUtf8());
}

// A column read as kept text is each row's own value, made once for a run of the same: null,
// empty and the same text again are each told apart.
TEST(SqlRow, KeptTextIsEachRowsOwnValue)
{
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    q.setForwardOnly(true);
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT 1 AS n, 'sp-1' AS period UNION ALL SELECT 2, 'sp-1' UNION ALL SELECT 3, NULL UNION ALL "
                       "SELECT 4, '' UNION ALL SELECT 5, NULL UNION ALL SELECT 6, 'sp-2' UNION ALL SELECT 7, 'sp-2' "
                       "UNION ALL SELECT 8, 'sp-1' ORDER BY n")));
    const SqlRow row(q, SqlRow::Streamed::Yes);
    SqlRow::Kept kept;
    QStringList read;
    QList<bool> nulls;
    const QString* first = nullptr;
    while (q.next()) {
        const QString& period = row.text("period", kept);
        read << period;
        nulls << period.isNull();
        if (!first) {
            first = &period;
        } else if (read.size() == 2) { // the same text again is the same string, not made again
            EXPECT_EQ(period.constData(), read.first().constData());
        }
    }
    EXPECT_EQ(read, (QStringList{QStringLiteral("sp-1"), QStringLiteral("sp-1"), QString(), QString(QLatin1String("")),
                                 QString(), QStringLiteral("sp-2"), QStringLiteral("sp-2"), QStringLiteral("sp-1")}));
    EXPECT_EQ(nulls, (QList<bool>{false, false, true, false, true, false, false, false}));
}
