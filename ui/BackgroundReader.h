#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace waymark {

class Database;

// Where the window's long reads run (a return over years of a large caseload, the whole team's
// caseload): on a thread of its own, with its own connection to the open file, so that the window
// keeps answering and a read can be cancelled. The connection is kept for the window's life, so
// its cache of decrypted pages stays warm from one read to the next, as the window's own does.
//
// Where no second connection can be had (the team server keeps one per window), a read runs on the
// window's own connection instead, as soon as the window is idle: slower to answer, never wrong.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    // One read asked for. cancel() stops it at its next step (the work looks at cancelled()), and
    // then its end is never reported. The work says how far it has got; the window shows it.
    class Ticket {
    public:
        // Also stops the statement under way, if the read is running: a long one need not be
        // waited for.
        void cancel();
        bool cancelled() const { return m_cancelled; }
        void setProgress(int done, int total) const
        {
            m_total = total;
            m_done = done;
        }
        int done() const { return m_done; }
        int total() const { return m_total; }

    private:
        friend class BackgroundReader;
        std::atomic<bool> m_cancelled{false}; // also what the reader's connection checks as it runs
        mutable std::atomic<int> m_done{0};
        mutable std::atomic<int> m_total{0};
        // The reader's connection while this read runs on it, set and cleared on the reader's
        // thread under the lock that cancel() holds while it interrupts: the interrupt reaches
        // this read's statement, never the next read's.
        void setRunning(const Database* database);
        std::mutex m_lock;
        const Database* m_running = nullptr;
    };
    // Runs on the reader's thread with the reader's connection. Whatever it reads it keeps in
    // what it captured; the window looks at that only once `done` is called.
    using Work = std::function<void(Database& database, const Ticket& ticket)>;

    explicit BackgroundReader(Database& database, QObject* parent = nullptr);
    // Cancels what is waiting and waits for the read under way to end.
    ~BackgroundReader() override;

    // Queues `work`; when it has run, calls `done` on `context`'s thread, unless the read was
    // cancelled or `context` is gone by then. Reads run one at a time, in the order asked for.
    std::shared_ptr<Ticket> run(Work work, QObject* context, std::function<void()> done);

    // Lets go of `value` on the reader's thread: freeing a list of tens of thousands of records
    // is itself a tenth of a second or more, which the window's thread need not spend.
    template <typename T> void dispose(T value)
    {
        run([held = std::make_shared<T>(std::move(value))](Database&, const Ticket&) { T gone = std::move(*held); },
            this, [] {});
    }

    // Whether reads run on a thread of their own (false on the team server).
    bool threaded() const { return m_thread != nullptr; }

private:
    // On the reader's thread: its own connection, once; should that fail, reads run on the
    // window's thread with the window's connection.
    void openOwnConnection();
    void runHere(const std::shared_ptr<Ticket>& ticket, const Work& work, QPointer<QObject> context,
                 const std::function<void()>& done);

    Database& m_database;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr;                  // lives on m_thread; what the reads are queued to
    std::unique_ptr<Database> m_own;              // opened, used and closed on m_thread only
    bool m_ownFailed = false;                     // the second connection could not be opened: read here instead
    std::vector<std::weak_ptr<Ticket>> m_tickets; // cancelled when the reader goes
};

} // namespace waymark
