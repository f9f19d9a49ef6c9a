#include "core/storage/WriteBehind.h"

#include <algorithm>

namespace waymark {

WriteBehind::WriteBehind(qsizetype room)
    : m_room(std::max<qsizetype>(room, 1))
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

void WriteBehind::post(std::function<Status()> write, qsizetype weight)
{
    weight = std::max<qsizetype>(weight, 0);
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(
            lock, [this, weight] { return weight == 0 || m_waitingWeight == 0 || m_waitingWeight + weight <= m_room; });
        if (!m_failure)
            return; // nothing more is written after a failure
        m_writes.push_back({std::move(write), weight});
        m_waitingWeight += weight;
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
        std::function<Status()> write = std::move(m_writes.front().write);
        m_waitingWeight -= m_writes.front().weight;
        m_writes.pop_front();
        m_busy = true;
        lock.unlock();
        m_changed.notify_all(); // room for another
        Status done = write();
        write = nullptr; // what it held let go of here, unless the caller keeps a share of it
        lock.lock();
        m_busy = false;
        if (!done && m_failure) {
            m_failure = done;
            m_writes.clear();
            m_waitingWeight = 0;
        }
        m_changed.notify_all();
    }
}

} // namespace waymark
