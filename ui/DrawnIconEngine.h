#pragma once

#include <QIconEngine>

namespace waymark {

// An icon drawn by code as it is painted, not read from an image file: a subclass says how in
// paint(), and its pixmaps are drawn at the screen's own pixels, so that it is sharp on a
// high-density screen and no file is read or decoded (SectionIcon, StatusIcon).
class DrawnIconEngine : public QIconEngine {
public:
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    // `size` in the screen's own pixels (QIcon::pixmap asks for the logical size times `scale`):
    // drawn at those, then marked as `scale` pixels to each of the window's.
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
};

} // namespace waymark
