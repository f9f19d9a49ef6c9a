#include "core/storage/ParallelReader.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

#include <future>

namespace waymark {

namespace {

// The second connection's read ended (a ROLLBACK, if one is open) and the caller's stop flag let go.
void endReadOn(Database* second)
{
    second->endAnyOpenTransaction();
    second->stopWhen(nullptr);
}

} // namespace

ParallelReader::ParallelReader(const Database& first)
    : m_first(first)
{
    m_thread = std::thread([this] {
        // A connection belongs to the thread that opens it: opened, used and closed here.
        Result<std::unique_ptr<Database>> second = m_first.openAnother();
        // As much as the window's reader keeps: a Camden return's stars at 50,000 people are
        // more pages than 64 MB, and with that it took 400 ms rather than 240 to 290.
        if (second)
            second.value()->setCacheMegabytes(Database::ReaderCacheMegabytes);
        for (;;) {
            std::function<void(Database*)> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_closing || !m_jobs.empty(); });
                if (m_jobs.empty())
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job(second ? second.value().get() : nullptr);
        }
    });
}

ParallelReader::~ParallelReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void ParallelReader::post(std::function<void(Database*)> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

bool ParallelReader::attach(Database& first)
{
    m_attached = false;
    // Taken before the second read begins: reading it begins `first`'s read, if it had not.
    const std::optional<qint64> before = first.dataVersion();
    // Shared: the thread may still be in set_value() when get() here has returned.
    auto begun = std::make_shared<std::promise<bool>>();
    std::future<bool> reading = begun->get_future();
    post([begun, stop = first.stopFlag()](Database* second) {
        bool ok = false;
        if (second) {
            second->endAnyOpenTransaction(); // one an earlier read could not end
            second->stopWhen(stop);
            ok = second->beginReading() && second->dataVersion().has_value();
            if (!ok)
                endReadOn(second);
        }
        begun->set_value(ok);
    });
    const bool secondReads = reading.get();
    if (!before || !secondReads) {
        if (secondReads)
            endRead();
        return false; // `first` reads on as it was, alone
    }
    // Begun again only when the ending and the beginning both took: a ROLLBACK refused (another
    // statement still running) keeps the old state, and its version would seem unchanged.
    auto* handle = static_cast<sqlite3*>(first.sqliteHandle());
    first.endReading();
    const bool ended = handle && sqlite3_get_autocommit(handle) != 0;
    const bool begunAgain = ended && first.beginReading();
    const std::optional<qint64> after = begunAgain ? first.dataVersion() : std::nullopt;
    m_attached = after && *before == *after && sqlite3_get_autocommit(handle) == 0;
    // Whatever happened, `first` is left reading one state, as its caller began it.
    if (handle && sqlite3_get_autocommit(handle) != 0)
        first.beginReading();
    if (!m_attached)
        endRead();
    return m_attached;
}

void ParallelReader::endRead()
{
    // Waited for: the second connection lets go of the caller's stop flag before it may go.
    auto ended = std::make_shared<std::promise<void>>();
    std::future<void> done = ended->get_future();
    post([ended](Database* second) {
        endReadOn(second);
        ended->set_value();
    });
    done.get();
}

void ParallelReader::run(std::function<Status(Database&)> work)
{
    if (!m_attached || m_running)
        return;
    m_running = true;
    m_done.reset();
    post([this, work = std::move(work)](Database* second) {
        Status status = work(*second);
        endReadOn(second);
        {
            std::lock_guard lock(m_mutex);
            m_done = std::move(status);
        }
        m_doneWake.notify_one();
    });
}

Status ParallelReader::wait()
{
    // Only after run(), as KpiReport calls it: without, a programming mistake, not a message for people.
    if (!m_running)
        return Error{QStringLiteral("ParallelReader::wait() without run()"), {}};
    std::unique_lock lock(m_mutex);
    m_doneWake.wait(lock, [this] { return m_done.has_value(); });
    m_running = false;
    ++m_readsDone;
    m_attached = false;
    return *std::exchange(m_done, std::nullopt);
}

} // namespace waymark
