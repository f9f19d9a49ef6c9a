#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace waymark::reliability {

// A writer (or waymark-cli) run as a separate process, so that it can be killed with SIGKILL
// exactly as a power cut or the out-of-memory killer would, and whatever it acknowledged on
// standard output before it died read back afterwards.
class WriterProcess {
public:
    WriterProcess(QString program, QStringList arguments, QProcessEnvironment environment);
    ~WriterProcess();
    WriterProcess(const WriterProcess&) = delete;
    WriterProcess& operator=(const WriterProcess&) = delete;

    bool start();
    // Waits until the process has said `line` (true) or ended or `timeoutMs` passed (false).
    bool waitForLine(const QString& line, int timeoutMs);
    // The same for `count` acknowledgements ("ack ..." lines).
    bool waitForAcknowledgements(int count, int timeoutMs);
    // Lets it run `ms` more, reading what it says, then kills it with SIGKILL.
    void killAfter(int ms);
    // Waits for it to end by itself (false, and killed, if it has not after `timeoutMs`).
    bool waitForExit(int timeoutMs);

    // Milliseconds since start.
    qint64 elapsed() const { return m_clock.elapsed(); }
    // Whole lines only: a line the process was killed in the middle of was never said.
    QStringList lines() const;
    QString errors() const { return QString::fromUtf8(m_stderr); }
    bool wasKilled() const { return m_killed; }
    // Ended by itself with this status (not a signal).
    bool exitedNormally() const;
    int exitCode() const;
    // What the process was, for messages: the program and arguments, and how it ended.
    QString description() const;

private:
    void readAvailable();
    bool waitUntil(const std::function<bool()>& done, int timeoutMs);

    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_killed = false;
    qint64 m_killedAtMs = 0;
};

} // namespace waymark::reliability
