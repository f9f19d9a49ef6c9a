#pragma once

#include "core/domain/Result.h"
#include "core/domain/SignedInUser.h"
#include "core/services/SyncService.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <optional>

class QThread;

namespace waymark {

class Clock;
class Database;

// One sync of a laptop's database with the team server, run on a thread of its own with its own
// connection to the laptop's file, so that the window keeps answering (and Stop works) however
// long the server takes. Its progress and its end arrive as signals on the thread that made it.
class BackgroundSync : public QObject {
    Q_OBJECT
public:
    BackgroundSync(const Database& laptop, const Clock& clock, QString actor, QString address,
                   QVector<SignedInUser> users, QObject* parent = nullptr);
    // Asks the sync to stop and waits for it: what it committed stays committed.
    ~BackgroundSync() override;

    void start();
    // Stops between two batches (or during a pull, which then keeps nothing of itself).
    void stop() { m_stopping = true; }
    bool running() const;
    // Once finished() has been emitted.
    const std::optional<Result<SyncReport>>& result() const { return m_result; }

signals:
    void progressed(const QString& phase, int done, int total);
    void finished();

private:
    void run();

    const Database& m_laptop;
    const Clock& m_clock;
    QString m_actor;
    QString m_address;
    QVector<SignedInUser> m_users;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_stopping{false};
    std::optional<Result<SyncReport>> m_result;
};

} // namespace waymark
