// The Caseload page's search keeps each row's words to match a key against: it finds what the
// list shows in any column, ignoring case, sorts as the list sorts, and never answers from the
// words of a list read before.
#include "ui/CaseloadFilterProxy.h"
#include "ui/CaseloadModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

CaseloadEntry entry(const char* id, const char* given, const char* family, const char* keyWorker, const char* contract)
{
    CaseloadEntry e;
    e.serviceUserId = QString::fromLatin1(id);
    e.givenName = QString::fromLatin1(given);
    e.familyName = QString::fromLatin1(family);
    e.keyWorkerName = QString::fromLatin1(keyWorker);
    e.contractName = QString::fromLatin1(contract);
    e.supportPeriodId = e.serviceUserId + QStringLiteral("-p");
    e.startDate = QDate(2026, 3, 2);
    return e;
}

QStringList shown(const CaseloadFilterProxy& proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(CaseloadModel::ServiceUserIdRole).toString();
    return ids;
}

} // namespace

TEST(CaseloadFilterProxy, FindsAnyShownColumnIgnoringCaseAndSortsByName)
{
    CaseloadModel model;
    CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntries({entry("su-1", "Zara", "Patel", "Jo Smith", "Floating support"),
                      entry("su-2", "Ben", "Adams", "Sam Okafor", "Day services"),
                      entry("su-3", "Amir", "Patel", "Jo Smith", "Day services")},
                     QDate(2026, 7, 1));
    proxy.sort(CaseloadModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(shown(proxy), (QStringList{QStringLiteral("su-2"), QStringLiteral("su-3"), QStringLiteral("su-1")}));

    proxy.setSearchText(QStringLiteral("pat"));
    EXPECT_EQ(shown(proxy), (QStringList{QStringLiteral("su-3"), QStringLiteral("su-1")}));
    proxy.setSearchText(QStringLiteral("  OKAFOR "));
    EXPECT_EQ(shown(proxy), QStringList{QStringLiteral("su-2")});
    proxy.setSearchText(QStringLiteral("day serv"));
    EXPECT_EQ(shown(proxy), (QStringList{QStringLiteral("su-2"), QStringLiteral("su-3")}));
    proxy.setSearchText(QStringLiteral("nobody"));
    EXPECT_TRUE(shown(proxy).isEmpty());
    proxy.setSearchText({});
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.sort(CaseloadModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(shown(proxy), (QStringList{QStringLiteral("su-1"), QStringLiteral("su-3"), QStringLiteral("su-2")}));
}

TEST(CaseloadFilterProxy, ACaseloadReadAgainIsSearchedAsItIsNow)
{
    CaseloadModel model;
    CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setEntries({entry("su-1", "Zara", "Patel", "Jo Smith", "Floating support")}, QDate(2026, 7, 1));
    proxy.setSearchText(QStringLiteral("patel"));
    ASSERT_EQ(proxy.rowCount(), 1);
    // Zara changes her family name; the list is read again with the search still typed.
    model.setEntries({entry("su-1", "Zara", "Khan", "Jo Smith", "Floating support"),
                      entry("su-9", "Omar", "Patel", "Jo Smith", "Floating support")},
                     QDate(2026, 7, 1));
    EXPECT_EQ(shown(proxy), QStringList{QStringLiteral("su-9")});
    proxy.setSearchText(QStringLiteral("khan"));
    EXPECT_EQ(shown(proxy), QStringList{QStringLiteral("su-1")});
}

// Sorted on any column, either way, rows come in the order Qt's own proxy gives them, rows with
// equal keys (two people with one key worker) included.
TEST(CaseloadFilterProxy, SortsEveryColumnAsQtsOwnProxyDoes)
{
    CaseloadModel model;
    model.setEntries({entry("su-1", "Zara", "Patel", "Jo Smith", "Floating support"),
                      entry("su-2", "Ben", "Adams", "Sam Okafor", "Day services"),
                      entry("su-3", "Amir", "Patel", "Jo Smith", "Day services"),
                      entry("su-4", "ben", "adams", "jo smith", "Floating support"),
                      entry("su-5", "Cara", "Ng", "Sam Okafor", "Day services")},
                     QDate(2026, 7, 1));
    CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QSortFilterProxyModel reference;
    reference.setSortRole(CaseloadModel::SortRole);
    reference.setSortCaseSensitivity(Qt::CaseInsensitive);
    reference.setSourceModel(&model);
    const auto ids = [](const QAbstractItemModel& m) {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, 0).data(CaseloadModel::ServiceUserIdRole).toString();
        return out;
    };
    for (int column = 0; column < model.columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            reference.sort(column, order);
            EXPECT_EQ(ids(proxy), ids(reference))
                << "column " << column << (order == Qt::AscendingOrder ? " up" : " down");
        }
    }
}

// What the reader's thread works out with the rows (keep) is taken instead of the proxy working it
// out again, and answers exactly as what it would have worked out: the same rows for a search,
// in the same order on every column.
TEST(CaseloadFilterProxy, WhatIsWorkedOutWithTheRowsAnswersAsWhatItWorksOutItself)
{
    const QVector<CaseloadEntry> entries{entry("su-1", "Zara", "Patel", "Jo Smith", "Floating support"),
                                         entry("su-2", "Ben", "Adams", "Sam Okafor", "Day services"),
                                         entry("su-3", "Amir", "Patel", "Jo Smith", "Day services"),
                                         entry("su-4", "ben", "adams", "jo smith", "Floating support"),
                                         entry("su-5", "Cara", "Ng", "Sam Okafor", "Day services")};
    const QDate today(2026, 7, 1);
    CaseloadModel worked;
    CaseloadFilterProxy itself;
    itself.setSourceModel(&worked);
    itself.sort(CaseloadModel::Name, Qt::AscendingOrder);
    worked.setEntries(entries, today);
    CaseloadModel handed;
    CaseloadFilterProxy adopted;
    adopted.setSourceModel(&handed);
    adopted.sort(CaseloadModel::Name, Qt::AscendingOrder);
    CaseloadFilterProxy::Kept kept = CaseloadFilterProxy::keep(entries, today, CaseloadModel::Name);
    ASSERT_EQ(kept.words.size(), entries.size());
    EXPECT_TRUE(kept.words.at(0).contains("zara patel")) << kept.words.at(0).toStdString();
    adopted.adopt(std::move(kept));
    handed.setEntries(entries, today);
    EXPECT_EQ(shown(adopted), shown(itself));
    EXPECT_EQ(shown(adopted).first(), QStringLiteral("su-2"));
    for (const QString& search :
         {QStringLiteral("jo smith"), QStringLiteral("DAY"), QStringLiteral("patel"), QStringLiteral("nobody")}) {
        itself.setSearchText(search);
        adopted.setSearchText(search);
        EXPECT_EQ(shown(adopted), shown(itself)) << search.toStdString();
    }
    itself.setSearchText(QString());
    adopted.setSearchText(QString());
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            itself.sort(column, order);
            adopted.sort(column, order);
            EXPECT_EQ(shown(adopted), shown(itself)) << "column " << column;
        }
    // And it is what is searched: handed words the rows do not show, it finds by them.
    CaseloadFilterProxy::Kept marked = CaseloadFilterProxy::keep(entries, today, CaseloadModel::Name);
    marked.words[2] = QByteArrayLiteral("marked\n");
    adopted.adopt(std::move(marked));
    handed.setEntries(entries, today);
    adopted.setSearchText(QStringLiteral("marked"));
    EXPECT_EQ(shown(adopted), QStringList{QStringLiteral("su-3")});
}
