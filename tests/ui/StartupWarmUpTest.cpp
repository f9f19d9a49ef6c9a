#include "ui/StartupWarmUp.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

// The start's warm-up runs beside the window being made (app/gui/main.cpp): the window's fonts
// and icons come out the same whichever thread reaches Qt's font list and image plugins first.
TEST(StartupWarmUp, TheWindowIsMadeWhileItRunsWithItsFontsAndIcons)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString picture = dir.filePath(QStringLiteral("icon.png"));
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    ASSERT_TRUE(image.save(picture, "PNG"));

    StartupWarmUp::begin(picture);
    QLineEdit edit(QStringLiteral("Find a person"));
    const QIcon standard = QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon);
    const QIcon fromFile(picture);
    EXPECT_GT(edit.fontMetrics().horizontalAdvance(edit.text()), 0);
    EXPECT_FALSE(standard.pixmap(20).isNull());
    EXPECT_EQ(fromFile.pixmap(64).toImage().pixelColor(10, 10), QColor(Qt::darkCyan));
    EXPECT_TRUE(QThreadPool::globalInstance()->waitForDone(10000));
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
    // The windows' icon, read on the pool thread, is given to the application on its own.
    EXPECT_TRUE(QTest::qWaitFor([] { return !QApplication::windowIcon().isNull(); }, 5000));
    EXPECT_EQ(QApplication::windowIcon().pixmap(32).toImage().pixelColor(16, 16), QColor(Qt::darkCyan));
    QApplication::setWindowIcon(QIcon());
}
