#include "ui/StatusIcon.h"

#include "core/domain/CaseloadEntry.h"
#include "ui/CaseloadModel.h"
#include "ui/StatusColours.h"

#include <QImage>
#include <QPixmap>
#include <QSet>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

const QList<CaseStatus> everyStatus = {CaseStatus::Referred, CaseStatus::Starting, CaseStatus::Open, CaseStatus::Closed,
                                       CaseStatus::NoSupport};

// How many of the picture's pixels are the badge's colour, and how many white (its mark).
struct Painted {
    int badge = 0;
    int mark = 0;
};

Painted paintedIn(const QImage& image, const QColor& badge)
{
    Painted painted;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 255)
                continue;
            if (pixel.rgb() == badge.rgb())
                ++painted.badge;
            else if (pixel.rgb() == QColor(Qt::white).rgb())
                ++painted.mark;
        }
    return painted;
}

} // namespace

// Each status is a badge in its colour with a white mark on it, the mark readable on the badge,
// and no two statuses alike but closed and never in support, which the list has always shown
// with the same cross (the word beside it tells them apart).
TEST(StatusIcon, EachStatusIsABadgeInItsColourWithAMarkOfItsOwn)
{
    QSet<QByteArray> seen;
    for (CaseStatus status : everyStatus) {
        const QIcon icon = StatusIcon::make(status);
        ASSERT_FALSE(icon.isNull());
        const QImage image = icon.pixmap(QSize(16, 16), 1.0).toImage();
        ASSERT_EQ(image.size(), QSize(16, 16));
        const Painted painted = paintedIn(image, StatusIcon::colour(status));
        EXPECT_GT(painted.badge, 80) << int(status);
        EXPECT_GT(painted.mark, 4) << int(status);
        EXPECT_GE(StatusColours::contrast(StatusIcon::colour(status), Qt::white), 4.5) << int(status);
        const QImage shape = image.convertToFormat(QImage::Format_ARGB32);
        seen.insert(QByteArray(reinterpret_cast<const char*>(shape.constBits()), int(shape.sizeInBytes())));
    }
    EXPECT_EQ(seen.size(), everyStatus.size() - 1);
}

TEST(StatusIcon, IsDrawnAtTheScreensPixelRatio)
{
    const QPixmap doubled = StatusIcon::make(CaseStatus::Open).pixmap(QSize(16, 16), 2.0);
    EXPECT_EQ(doubled.size(), QSize(32, 32));
    EXPECT_DOUBLE_EQ(doubled.devicePixelRatio(), 2.0);
    EXPECT_GT(paintedIn(doubled.toImage(), StatusIcon::colour(CaseStatus::Open)).badge, 4 * 80);
}

// The list's status column shows the picture of each person's status, beside its word.
TEST(StatusIcon, TheCaseloadShowsEachPersonsStatusPicture)
{
    const QDate today(2026, 6, 1);
    CaseloadEntry open;
    open.serviceUserId = QStringLiteral("p-1");
    open.familyName = QStringLiteral("Open");
    open.supportPeriodId = QStringLiteral("sp-1");
    open.startDate = QDate(2026, 1, 1);
    CaseloadEntry closed = open;
    closed.serviceUserId = QStringLiteral("p-2");
    closed.supportPeriodId = QStringLiteral("sp-2");
    closed.endDate = QDate(2026, 3, 1);
    CaseloadModel model;
    model.setEntries({open, closed}, today);
    for (int row = 0; row < 2; ++row) {
        const CaseStatus status = caseStatus(model.entries().at(row), today);
        const QIcon icon = model.data(model.index(row, CaseloadModel::Status), Qt::DecorationRole).value<QIcon>();
        ASSERT_FALSE(icon.isNull()) << row;
        const Painted painted = paintedIn(icon.pixmap(QSize(16, 16), 1.0).toImage(), StatusIcon::colour(status));
        EXPECT_GT(painted.badge, 80) << row;
    }
    EXPECT_NE(caseStatus(model.entries().at(0), today), caseStatus(model.entries().at(1), today));
}
