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
