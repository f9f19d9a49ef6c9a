#include "docs/shots/Settling.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace waymark::Settling {

void settle(int milliseconds)
{
    // A loop of its own rather than processEvents() in a busy loop: the process sleeps until
    // something happens, and timers (the readers' answers) fire as in the app.
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool waitFor(const std::function<bool()>& done, int timeoutMilliseconds)
{
    const QDeadlineTimer deadline(timeoutMilliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        settle(20);
    }
    return true;
}

} // namespace waymark::Settling
