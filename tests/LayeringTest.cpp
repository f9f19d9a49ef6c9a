// The arrows only point down (DESIGN.md): nothing in core/ includes a QtWidgets or QtPrintSupport
// header, and core/domain and core/rules include no Qt Sql either.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

QSet<QString> headersOf(const QString& module)
{
    QSet<QString> names{module};
    const QString dir = QLibraryInfo::path(QLibraryInfo::HeadersPath) + QLatin1Char('/') + module;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext()) {
        it.next();
        names.insert(it.fileName());
        names.insert(module + QLatin1Char('/') + it.fileName());
    }
    return names;
}

// "file:line: #include <X>" for every include of a forbidden header under `folder`.
QStringList offences(const QString& folder, const QSet<QString>& forbidden)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QStringList found;
    QDirIterator it(QStringLiteral(WAYMARK_SOURCE_DIR) + QLatin1Char('/') + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            const QRegularExpressionMatch m = include.match(text);
            if (m.hasMatch() && forbidden.contains(m.captured(1)))
                found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
        }
    }
    return found;
}

} // namespace

TEST(Layering, CoreIncludesNoWidgetsOrPrinting)
{
    QSet<QString> forbidden = headersOf(QStringLiteral("QtWidgets"));
    forbidden += headersOf(QStringLiteral("QtPrintSupport"));
    ASSERT_GT(forbidden.size(), 100) << "the Qt headers were not found, so nothing was checked";
    const QStringList found = offences(QStringLiteral("core"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Layering, DomainAndRulesIncludeNoSql)
{
    const QSet<QString> forbidden = headersOf(QStringLiteral("QtSql"));
    ASSERT_GT(forbidden.size(), 10);
    QStringList found = offences(QStringLiteral("core/domain"), forbidden);
    found += offences(QStringLiteral("core/rules"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Layering, OnlyStorageRunsSql)
{
    const QSet<QString> forbidden = headersOf(QStringLiteral("QtSql"));
    QStringList found;
    for (const char* folder : {"core/domain", "core/rules", "core/reports", "core/interchange", "ui", "app"})
        found += offences(QString::fromLatin1(folder), forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}
