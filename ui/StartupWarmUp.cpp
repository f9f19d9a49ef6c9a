#include "ui/StartupWarmUp.h"

#include "core/storage/SqlCipherDriver.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
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

} // namespace waymark
