#pragma once

#include "core/domain/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace waymark {

// Writes handed over are done on a thread of its own, one after another in the order given,
// while the caller goes on: how a large import reads and checks the next records on one core
// while SQLite writes the last ones on the other. The caller keeps to its side: nothing it does
// while writes are waiting may use the connection they write with, so it calls wait() first.
//
// After a write fails, the writes still waiting are let go of unrun and the failure is what
// wait() says (and failed() tells) until the end.
class WriteBehind {
public:
    // At most `waiting` writes wait their turn; post() blocks until there is room, so that the
    // records waiting to be written hold a bounded amount of memory.
    explicit WriteBehind(int waiting = 1);
    ~WriteBehind(); // waits for the writes under way
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    void post(std::function<Status()> write);
    // Returns once every write posted has been done, with the first failure if one failed.
    Status wait();
    // Whether a write has failed so far, without waiting.
    bool failed() const;

private:
    void run();

    const std::size_t m_waiting;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<Status()>> m_writes;
    bool m_busy = false;
    bool m_stopping = false;
    Status m_failure;
    std::thread m_thread;
};

} // namespace waymark
