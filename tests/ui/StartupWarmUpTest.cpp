#include "ui/StartupWarmUp.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QPixmapCache>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// A picture for the windows' icon, saved in `dir`, all of one colour.
QString savedIcon(const QTemporaryDir& dir, int side)
{
    const QString picture = dir.filePath(QStringLiteral("icon.png"));
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    return image.save(picture, "PNG") ? picture : QString();
}

// How many of the picture's pixels are dark: the strokes of text drawn dark on light.
int darkPixels(const QImage& picture)
{
    int dark = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            dark += qGray(picture.pixel(x, y)) < 128 ? 1 : 0;
    return dark;
}

} // namespace

// The start's warm-up runs beside the window being made (app/gui/main.cpp): the window's fonts
// and icons come out the same whichever thread reaches Qt's font list and image plugins first.
TEST(StartupWarmUp, TheWindowIsMadeWhileItRunsWithItsFontsAndIcons)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString picture = savedIcon(dir, 64);
    ASSERT_FALSE(picture.isEmpty());

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

// Signing in without the dialog (the start benchmark), the window's thread makes the style and
// the fonts' glyphs while the key is derived, beside the pool's warm-up: the text drawn after it
// is there, heavier in bold, and comes out the same each time.
TEST(StartupWarmUp, TextDrawnAfterTheWindowsThreadsHeadStartIsWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString picture = savedIcon(dir, 16);
    ASSERT_FALSE(picture.isEmpty());

    const auto drawn = [](bool bold) {
        QLineEdit edit(QStringLiteral("Caseload: Amira O'Neill-Smith, 0123456789"));
        QFont font = edit.font();
        font.setBold(bold);
        edit.setFont(font);
        edit.resize(420, 32);
        return edit.grab().toImage();
    };
    StartupWarmUp::begin(picture);
    StartupWarmUp::onWindowThread();
    const QImage plain = drawn(false);
    const QImage bold = drawn(true);
    EXPECT_TRUE(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(0); // the windows' icon, handed to the application
    QApplication::setWindowIcon(QIcon());

    // 41 characters of some 16 dark pixels each (653 in all here): text left out or drawn blank
    // falls below three quarters of that.
    EXPECT_GT(darkPixels(plain), 41 * 12);
    EXPECT_GT(darkPixels(bold), darkPixels(plain));
    QPixmapCache::clear();
    EXPECT_EQ(plain, drawn(false));
    EXPECT_EQ(bold, drawn(true));
}
