#include "ui/IdleWatcher.h"

#include <QApplication>
#include <QDBusConnection>
#include <QEvent>
#include <QSettings>

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

bool IdleWatcher::watchSystemSleep()
{
    bool any = false;
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        any |= system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                              QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                              SLOT(onPrepareForSleep(bool)));
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected())
        any |= session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                               QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                               SLOT(onScreenSaverActive(bool)));
    return any;
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
