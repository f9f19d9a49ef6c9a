#include "ui/WindowFit.h"

#include <QDialog>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace waymark::WindowFit {

void toContents(QWidget* dialog)
{
    QLayout* layout = dialog ? dialog->layout() : nullptr;
    if (!layout)
        return;
    layout->activate();
    const int width = std::max(dialog->width(), layout->totalMinimumSize().width());
    int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    if (const QScreen* screen = dialog->screen()) {
        // The title bar and frame the window system adds are outside the widget's own height.
        const int frame = std::max(0, dialog->frameGeometry().height() - dialog->geometry().height());
        height = std::min(height, screen->availableGeometry().height() - frame);
    }
    dialog->resize(width, std::max(height, layout->totalMinimumSize().height()));
}

void toContentsSoon(QWidget* window)
{
    auto* dialog = qobject_cast<QDialog*>(window);
    if (!dialog)
        return;
    QTimer::singleShot(0, dialog, [guard = QPointer<QDialog>(dialog)]() {
        if (guard)
            toContents(guard);
    });
}

} // namespace waymark::WindowFit
