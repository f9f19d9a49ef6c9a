#include "ui/StartupWarmUp.h"

#include "core/storage/SqlCipherDriver.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QThreadPool>

namespace waymark {

void StartupWarmUp::begin(const QString& windowIcon)
{
    QThreadPool::globalInstance()->start([windowIcon] {
        QFontDatabase::families();
        SqlCipherDriver::prepareCryptography();
        QImageReader probe(windowIcon);
        probe.setDecideFormatFromContent(true); // as QIcon reads a file: every plugin is asked
        probe.format();
        // A picture is read on any thread; a pixmap is made on the application's.
        QImage picture(windowIcon);
        picture.convertTo(QImage::Format_ARGB32_Premultiplied);
        if (!picture.isNull())
            QMetaObject::invokeMethod(
                qApp, [picture] { QApplication::setWindowIcon(QIcon(QPixmap::fromImage(picture))); },
                Qt::QueuedConnection);
    });
}

void StartupWarmUp::onWindowThread()
{
    QApplication::style();
    // Each font's engine (kept per thread) and its glyphs (kept with the engine), as the window's
    // lists and labels draw them: on an opaque image, as a window is (where the desktop smooths
    // text by subpixels, only an opaque one draws them so), at the screens' scale.
    QImage scratch(8, 8, QImage::Format_RGB32);
    scratch.setDevicePixelRatio(qApp->devicePixelRatio());
    QPainter painter(&scratch);
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,.:;()'-/&");
    QFont font = QApplication::font();
    for (const bool bold : {false, true}) {
        font.setBold(bold);
        painter.setFont(font);
        painter.drawText(0, 8, letters);
    }
}

} // namespace waymark
