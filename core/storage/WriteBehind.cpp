#include "core/storage/WriteBehind.h"

namespace waymark {

WriteBehind::WriteBehind(int waiting)
    : m_waiting(std::size_t(std::max(waiting, 1)))
    , m_thread([this] { run(); })
{
}

WriteBehind::~WriteBehind()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_writes.empty() && !m_busy; });
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void WriteBehind::post(std::function<Status()> write)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_writes.size() < m_waiting; });
        if (!m_failure)
            return; // nothing more is written after a failure
        m_writes.push_back(std::move(write));
    }
    m_changed.notify_all();
}

Status WriteBehind::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_writes.empty() && !m_busy; });
    return m_failure;
}

bool WriteBehind::failed() const
{
    const std::lock_guard lock(m_mutex);
    return !m_failure;
}

void WriteBehind::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_writes.empty(); });
        if (m_writes.empty())
            return; // stopping, with nothing left
        std::function<Status()> write = std::move(m_writes.front());
        m_writes.pop_front();
        m_busy = true;
        lock.unlock();
        m_changed.notify_all(); // room for another
        Status done = write();
        write = nullptr; // what it held (the records written) let go of here, not on the caller's time
        lock.lock();
        m_busy = false;
        if (!done && m_failure) {
            m_failure = done;
            m_writes.clear();
        }
        m_changed.notify_all();
    }
}

} // namespace waymark
