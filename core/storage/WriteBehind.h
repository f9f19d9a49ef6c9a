#pragma once

#include "core/domain/Result.h"

#include <QtGlobal>

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
    // Writes waiting their turn weigh at most `room` together (a write's weight is what it is
    // given, such as the records it writes); post() blocks until there is room, so that the
    // records waiting hold a bounded amount of memory. A write heavier than the room waits
    // alone; one that weighs nothing (a list's indexes made again) never waits for room, so a
    // small list after a large one is checked while the large one's last writes are done.
    explicit WriteBehind(qsizetype room = 1);
    ~WriteBehind(); // waits for the writes under way
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    void post(std::function<Status()> write, qsizetype weight = 1);
    // Returns once every write posted has been done, with the first failure if one failed.
    Status wait();
    // Whether a write has failed so far, without waiting.
    bool failed() const;

private:
    void run();

    struct Waiting {
        std::function<Status()> write;
        qsizetype weight = 0;
    };

    const qsizetype m_room;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Waiting> m_writes;
    qsizetype m_waitingWeight = 0;
    bool m_busy = false;
    bool m_stopping = false;
    Status m_failure;
    std::thread m_thread;
};

} // namespace waymark
