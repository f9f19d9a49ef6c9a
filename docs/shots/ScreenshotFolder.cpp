#include "docs/shots/ScreenshotFolder.h"

#include "docs/shots/Settling.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace waymark {

namespace {

// Whether every pixel of the picture is the same colour: what a screen that failed to draw
// (or drew only its background) looks like.
bool isOneColour(const QImage& image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb first = pixels.pixel(0, 0);
    for (int y = 0; y < pixels.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x)
            if (line[x] != first)
                return false;
    }
    return true;
}

} // namespace

ScreenshotFolder::ScreenshotFolder(const QString& path)
    : m_dir(path)
{
    m_usable = QDir().mkpath(path) && QFileInfo(path).isWritable();
}

void ScreenshotFolder::save(QWidget* widget, const QString& name)
{
    const QString file = m_dir.filePath(name + QStringLiteral(".png"));
    // A picture from an earlier run must not pass for this one.
    QFile::remove(file);
    if (!widget) {
        problem(QStringLiteral("%1: the screen was not there to take").arg(name));
        return;
    }
    if (!widget->isVisible())
        widget->show();
    Settling::settle();
    const QPixmap picture = widget->grab();
    if (picture.isNull() || picture.width() < 2 || picture.height() < 2) {
        problem(QStringLiteral("%1: nothing was drawn").arg(name));
        return;
    }
    if (isOneColour(picture.toImage())) {
        problem(QStringLiteral("%1: the picture is a single colour").arg(name));
        return;
    }
    // Quality 0 is PNG's strongest compression: the same picture, smaller in the repository.
    if (!picture.save(file, "PNG", 0)) {
        problem(QStringLiteral("%1: could not write %2").arg(name, file));
        return;
    }
    m_saved << name;
}

void ScreenshotFolder::problem(const QString& what)
{
    m_problems << what;
}

bool ScreenshotFolder::expect(bool holds, const QString& what)
{
    if (!holds)
        problem(what);
    return holds;
}

} // namespace waymark
