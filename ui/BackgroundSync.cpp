#include "ui/BackgroundSync.h"

#include "core/storage/Database.h"

#include <QThread>

namespace waymark {

BackgroundSync::BackgroundSync(const Database& laptop, const Clock& clock, QString actor, QString address,
                               QVector<SignedInUser> users, QObject* parent)
    : QObject(parent)
    , m_laptop(laptop)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_address(std::move(address))
    , m_users(std::move(users))
{
}

BackgroundSync::~BackgroundSync()
{
    if (m_thread) {
        m_stopping = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundSync::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    // QThread::finished comes from the worker; connected to this object, it is delivered on the
    // thread this object lives on, after run() has set the result.
    connect(m_thread, &QThread::finished, this, &BackgroundSync::finished);
    m_thread->start();
}

bool BackgroundSync::running() const
{
    return m_thread && !m_thread->isFinished();
}

void BackgroundSync::run()
{
    // Runs on the worker thread: the connection is opened here, used here and closed here.
    Result<std::unique_ptr<Database>> laptop = m_laptop.openAnother();
    if (!laptop) {
        m_result =
            Error{tr("Nothing was synced; this laptop's records are as they were. %1").arg(laptop.error().message), {}};
        return;
    }
    SyncOptions options;
    options.progress = [this](const QString& phase, int done, int total) {
        emit progressed(phase, done, total);
        return !m_stopping.load();
    };
    m_result = SyncService(*laptop.value(), m_clock, m_actor).syncWith(m_address, m_users, options);
}

} // namespace waymark
