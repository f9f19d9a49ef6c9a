#include "ui/SectionIcon.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QSet>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

const QList<SectionIcon::Picture> everyPicture = {
    SectionIcon::Picture::Today, SectionIcon::Picture::Caseload, SectionIcon::Picture::Referrals,
    SectionIcon::Picture::Diary, SectionIcon::Picture::Sessions, SectionIcon::Picture::Reports,
    SectionIcon::Picture::Admin,
};

// The colours of the picture's solid pixels, and how many pixels are drawn at all.
struct Inked {
    QSet<QRgb> solid;
    int drawn = 0;
};

Inked inkOf(const QImage& image)
{
    Inked inked;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 0)
                ++inked.drawn;
            if (pixel.alpha() == 255)
                inked.solid.insert(pixel.rgb());
        }
    return inked;
}

} // namespace

// Each section's picture is drawn, in the list's text colour, and in its selected text colour on
// the chosen row (white on the highlight, not dark on dark); no two sections look the same.
TEST(SectionIcon, EachSectionHasAPictureOfItsOwnInTheListsColours)
{
    const QPalette palette = QApplication::palette();
    QSet<QByteArray> seen;
    for (SectionIcon::Picture picture : everyPicture) {
        const QIcon icon = SectionIcon::make(picture);
        ASSERT_FALSE(icon.isNull());
        const QImage normal = icon.pixmap(QSize(20, 20), 1.0, QIcon::Normal).toImage();
        const QImage selected = icon.pixmap(QSize(20, 20), 1.0, QIcon::Selected).toImage();
        ASSERT_EQ(normal.size(), QSize(20, 20));
        const Inked normalInk = inkOf(normal);
        const Inked selectedInk = inkOf(selected);
        EXPECT_GT(normalInk.drawn, 30) << int(picture);
        EXPECT_LT(normalInk.drawn, 300) << int(picture) << ": a picture, not a filled square";
        EXPECT_EQ(normalInk.solid, QSet<QRgb>{palette.color(QPalette::Active, QPalette::Text).rgb()}) << int(picture);
        EXPECT_EQ(selectedInk.solid, QSet<QRgb>{palette.color(QPalette::Active, QPalette::HighlightedText).rgb()})
            << int(picture);
        const QImage shape = normal.convertToFormat(QImage::Format_Alpha8);
        seen.insert(QByteArray(reinterpret_cast<const char*>(shape.constBits()), int(shape.sizeInBytes())));
    }
    EXPECT_EQ(seen.size(), everyPicture.size());
}

// Sharp on a high-density screen: drawn at the screen's pixels, not a small picture enlarged.
TEST(SectionIcon, IsDrawnAtTheScreensPixelRatio)
{
    const QPixmap doubled = SectionIcon::make(SectionIcon::Picture::Diary).pixmap(QSize(20, 20), 2.0);
    EXPECT_EQ(doubled.size(), QSize(40, 40));
    EXPECT_DOUBLE_EQ(doubled.devicePixelRatio(), 2.0);
    EXPECT_GT(inkOf(doubled.toImage()).drawn, 4 * 30);
}
