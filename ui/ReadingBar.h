#pragma once

#include "ui/BackgroundReader.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace waymark {

// What a screen shows while one of its reads runs on the BackgroundReader: what is being read,
// how far it has got, and Cancel. Hidden when nothing is being read.
class ReadingBar : public QWidget {
    Q_OBJECT
public:
    explicit ReadingBar(QWidget* parent = nullptr);

    // Shows the bar for `ticket`'s read, described as `what` ("Working out the return…"); the
    // read it showed before, if any, is cancelled.
    void follow(std::shared_ptr<BackgroundReader::Ticket> ticket, const QString& what);
    // The read has ended (its result is shown): the bar goes.
    void finish();
    // The read is no longer wanted (another takes its place): cancelled, and the bar goes.
    void stop();
    bool following() const { return m_ticket != nullptr; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* bar() const { return m_bar; }

signals:
    // Cancel was pressed: the read stops at its next step and its end is never shown.
    void cancelled();

private:
    void showProgress();

    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_timer;
    std::shared_ptr<BackgroundReader::Ticket> m_ticket;
};

} // namespace waymark
