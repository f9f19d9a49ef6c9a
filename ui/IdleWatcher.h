#pragma once

#include <QObject>
#include <QTimer>

namespace waymark {

// Says when the person at the computer has stopped using Waymark for a while (no key, mouse or
// touch in any of its windows), and when the computer is about to sleep or its screen locks, so
// that what is on screen can be hidden (issue 7).
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    // The idle time people choose in preferences, in minutes (QSettings "security/lockAfterMinutes").
    static constexpr int DefaultMinutes = 5;
    static constexpr int LongestMinutes = 60;
    static int configuredMinutes();

    explicit IdleWatcher(int idleMilliseconds, QObject* parent = nullptr);

    void setIdleMilliseconds(int milliseconds);
    int idleMilliseconds() const { return m_timer.interval(); }
    // Listens on the system bus for logind's PrepareForSleep and on the session bus for the
    // screen saver, from when the buses answer (watchingSystemSleep says so).
    void watchSystemSleep();
    // Starts counting again, as input does.
    void restart();

signals:
    void idle();
    void sleeping();
    // Whether either bus is listened to, once watchSystemSleep has heard from them: false when
    // neither is there (a test, or a computer without them).
    void watchingSystemSleep(bool listening);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private slots:
    void onPrepareForSleep(bool goingToSleep);
    void onScreenSaverActive(bool active);

private:
    struct Buses {
        bool system = false;
        bool session = false;
    };
    void listen(Buses buses);

    QTimer m_timer;
};

} // namespace waymark
