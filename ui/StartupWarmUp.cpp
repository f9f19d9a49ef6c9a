#include "ui/StartupWarmUp.h"

#include <QFontDatabase>
#include <QImageReader>
#include <QThreadPool>

namespace waymark {

void StartupWarmUp::begin(const QString& imageFile)
{
    QThreadPool::globalInstance()->start([imageFile] {
        QFontDatabase::families();
        QImageReader reader(imageFile);
        reader.setDecideFormatFromContent(true); // as QIcon reads a file: every plugin is asked
        reader.format();
    });
}

} // namespace waymark
