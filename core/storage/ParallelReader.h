#pragma once

#include "core/domain/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace waymark {

class Database;

// A second connection to a database file, on a thread of its own, reading the same committed
// state as the first: a long report reads two things at once, on two cores, and its figures are
// still true of one moment whatever is saved meanwhile. The connection is opened when first
// needed and kept, with the pages it has decrypted, until the first connection closes
// (Database::parallelReader()).
//
// SQLite 3.15 (Debian's SQLCipher) cannot share a read's snapshot between connections, so the
// state is checked to be the same instead: the first connection's data version is taken, the
// second begins its read, then the first begins its read again and takes its version again. The
// same version means nothing was committed from the first read's start to the second's, so both
// read one state; another means something was, and the second is not used (attach()).
//
// Used from the first connection's thread, one read at a time: attach(), run(), wait().
class ParallelReader {
public:
    // Nothing is opened until attach(). `first` is a file, not a team server.
    explicit ParallelReader(const Database& first);
    // Waits for any work given, then closes the second connection on its thread.
    ~ParallelReader();
    ParallelReader(const ParallelReader&) = delete;
    ParallelReader& operator=(const ParallelReader&) = delete;

    // Begins a read on the second connection, then `first`'s read transaction again (`first`
    // must be inside one of its caller's own, Database::beginReading). True when the two now
    // read the same state. False when the second could not begin (`first` then reads on as it
    // was), or when something was committed since `first`'s read began or it could not begin
    // again: what `first` read before may then be out of date. The second then reads nothing.
    bool attach(Database& first);
    // Runs `work` on the second connection, on its thread, after attach() said true; the result
    // with wait(), which ends the second's read. Once for each attach().
    void run(std::function<Status(Database&)> work);
    Status wait();
    // How many works run() has had done on the second connection.
    int readsDone() const { return m_readsDone; }

private:
    // Runs `job` on the thread, with the second connection (null when it could not be opened).
    void post(std::function<void(Database*)> job);
    void endRead();

    const Database& m_first;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(Database*)>> m_jobs;
    bool m_closing = false;
    bool m_attached = false;
    // run()'s result, set on the thread; wait() waits for it.
    std::optional<Status> m_done;
    std::condition_variable m_doneWake;
    bool m_running = false;
    int m_readsDone = 0;
    std::thread m_thread;
};

} // namespace waymark
