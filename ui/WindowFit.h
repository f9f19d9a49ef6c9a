#pragma once

class QWidget;

namespace waymark {

// Sizing a dialog to what it shows now, so that a message added under a field is never cut off.
namespace WindowFit {

// Makes `dialog` as tall as its contents need at its present width, up to the height of the screen
// it is on. QWidget::adjustSize stops at two thirds of the screen (400 pixels on an 800 x 600
// screen, under 500 on a laptop's), and below that word-wrapped messages were given one line.
void toContents(QWidget* dialog);
// The same once the present event is handled, so that whatever the caller shows after (a
// summary line above the form) is counted too. Only for a dialog: a page inside the main window
// is never resized by a message.
void toContentsSoon(QWidget* window);

} // namespace WindowFit
} // namespace waymark
