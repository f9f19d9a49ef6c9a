#include "ui/IdleWatcher.h"

#include <QApplication>
#include <QDBusConnection>
#include <QEvent>
#include <QFutureWatcher>
#include <QPromise>
#include <QSettings>
#include <QThreadPool>

#include <memory>

namespace waymark {

int IdleWatcher::configuredMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QStringLiteral("security/lockAfterMinutes"), DefaultMinutes).toInt(&ok);
    // Never off: an unattended laptop must lock. A value out of range means the default.
    return ok && minutes >= 1 && minutes <= LongestMinutes ? minutes : DefaultMinutes;
}

IdleWatcher::IdleWatcher(int idleMilliseconds, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    qApp->installEventFilter(this);
    m_timer.start();
}

void IdleWatcher::setIdleMilliseconds(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    restart();
}

void IdleWatcher::restart()
{
    m_timer.start();
}

void IdleWatcher::watchSystemSleep()
{
    // Connecting to a bus waits for the bus to answer, some milliseconds at every start: done on
    // a pool thread, so that the window is made and shown meanwhile. Which buses are there comes
    // back to this watcher's thread, where the signals are listened for; a watcher gone by then
    // takes its QFutureWatcher with it, and nothing is listened for.
    auto promise = std::make_shared<QPromise<Buses>>();
    auto* answer = new QFutureWatcher<Buses>(this);
    connect(answer, &QFutureWatcherBase::finished, this, [this, answer] {
        // (No answer only if the pool dropped the task unfinished: then nothing is listened to.)
        listen(answer->future().resultCount() > 0 ? answer->result() : Buses{});
        answer->deleteLater();
    });
    answer->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise] {
        promise->addResult(
            Buses{QDBusConnection::systemBus().isConnected(), QDBusConnection::sessionBus().isConnected()});
        promise->finish();
    });
}

void IdleWatcher::listen(Buses buses)
{
    bool any = false;
    if (buses.system)
        any |= QDBusConnection::systemBus().connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
            SLOT(onPrepareForSleep(bool)));
    if (buses.session)
        any |= QDBusConnection::sessionBus().connect(
            QString(), QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool)));
    emit watchingSystemSleep(any);
}

void IdleWatcher::onPrepareForSleep(bool goingToSleep)
{
    if (goingToSleep)
        emit sleeping();
}

void IdleWatcher::onScreenSaverActive(bool active)
{
    if (active)
        emit sleeping();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace waymark
