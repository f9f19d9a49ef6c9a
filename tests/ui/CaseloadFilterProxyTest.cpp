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
