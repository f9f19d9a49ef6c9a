#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace waymark {

// Opens a dialog the way a person does: `open` presses the button, and the dialog runs modally
// as it does in the app. Once it is on screen `use` gets it (to fill it in and take its picture);
// then it is closed without saving, so the demo caseload stays as it was for the next picture.
// Whatever else comes up instead (another dialog, a message) is closed too, never left waiting.
// Returns whether a `Dialog` came up.
template <typename Dialog> bool whileOpen(const std::function<void()>& open, const std::function<void(Dialog&)>& use)
{
    bool reached = false;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        watch.stop();
        if (auto* dialog = qobject_cast<Dialog*>(modal)) {
            reached = true;
            use(*dialog);
        }
        if (auto* any = qobject_cast<QDialog*>(modal))
            any->reject();
        else
            modal->close();
    });
    watch.start();
    open();
    watch.stop();
    return reached;
}

} // namespace waymark
