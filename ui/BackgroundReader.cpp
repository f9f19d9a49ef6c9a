#include "ui/BackgroundReader.h"

#include "core/storage/Database.h"

#include <QThread>

namespace waymark {

void BackgroundReader::Ticket::cancel()
{
    const std::lock_guard<std::mutex> hold(m_lock);
    m_cancelled = true;
    if (m_running)
        m_running->interrupt();
}

void BackgroundReader::Ticket::setRunning(const Database* database)
{
    const std::lock_guard<std::mutex> hold(m_lock);
    m_running = database;
}

BackgroundReader::BackgroundReader(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (database.isServer())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("waymark-reader"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // Its connection opened at once, while the window that asks for the first read is still being
    // made (a few milliseconds of opening and keying), rather than when that read comes.
    QMetaObject::invokeMethod(
        m_worker, [this] { openOwnConnection(); }, Qt::QueuedConnection);
}

void BackgroundReader::openOwnConnection()
{
    if (m_own || m_ownFailed)
        return;
    Result<std::unique_ptr<Database>> opened = m_database.openAnother();
    if (opened) {
        m_own = std::move(opened.value());
        m_own->setCacheMegabytes(Database::ReaderCacheMegabytes);
    } else
        m_ownFailed = true;
}

BackgroundReader::~BackgroundReader()
{
    for (const std::weak_ptr<Ticket>& waiting : m_tickets)
        if (std::shared_ptr<Ticket> ticket = waiting.lock())
            ticket->cancel();
    if (!m_thread)
        return;
    // The reads still queued are cancelled and pass at once; the one under way has its statement
    // interrupted. The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_own.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

std::shared_ptr<BackgroundReader::Ticket> BackgroundReader::run(Work work, QObject* context, std::function<void()> done)
{
    auto ticket = std::make_shared<Ticket>();
    std::erase_if(m_tickets, [](const std::weak_ptr<Ticket>& t) { return t.expired(); });
    m_tickets.push_back(ticket);
    QPointer<QObject> receiver(context);
    if (!m_thread) {
        QMetaObject::invokeMethod(
            this, [this, ticket, work, receiver, done] { runHere(ticket, work, receiver, done); },
            Qt::QueuedConnection);
        return ticket;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, ticket, work = std::move(work), receiver, done = std::move(done)] {
            // On the reader's thread.
            if (ticket->cancelled())
                return;
            openOwnConnection();
            if (!m_own) {
                QMetaObject::invokeMethod(
                    this, [this, ticket, work, receiver, done] { runHere(ticket, work, receiver, done); },
                    Qt::QueuedConnection);
                return;
            }
            ticket->setRunning(m_own.get());
            // Once cancelled, each statement of the read stops as it runs, and any it starts after
            // fails at once, so the reader is free for the next read without waiting for the rest.
            m_own->stopWhen(&ticket->m_cancelled);
            if (!ticket->cancelled())
                work(*m_own, *ticket);
            m_own->stopWhen(nullptr);
            ticket->setRunning(nullptr);
            // A read interrupted inside its own transaction may not have ended it: a snapshot
            // kept open would show every later read the database as it was.
            m_own->endAnyOpenTransaction();
            // Back on the window's thread: `receiver` is looked at there, where it may be deleted.
            QMetaObject::invokeMethod(
                this,
                [ticket, receiver, done] {
                    if (!ticket->cancelled() && receiver)
                        done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

void BackgroundReader::runHere(const std::shared_ptr<Ticket>& ticket, const Work& work, QPointer<QObject> context,
                               const std::function<void()>& done)
{
    if (ticket->cancelled() || !context)
        return;
    work(m_database, *ticket);
    if (!ticket->cancelled() && context)
        done();
}

} // namespace waymark
