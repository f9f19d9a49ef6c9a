#include "tests/reliability/WriterProcess.h"

#include <algorithm>

namespace waymark::reliability {

WriterProcess::WriterProcess(QString program, QStringList arguments,
                             QProcessEnvironment environment) {
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessEnvironment(environment);
}

WriterProcess::~WriterProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool WriterProcess::start() {
    m_clock.start();
    m_process.start();
    return m_process.waitForStarted(10000);
}

void WriterProcess::readAvailable() {
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

bool WriterProcess::waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (m_process.state() == QProcess::NotRunning) {
            readAvailable();
            return done();
        }
        const qint64 left = timeoutMs - waited.elapsed();
        if (left <= 0)
            return false;
        m_process.waitForReadyRead(int(qMin<qint64>(left, 20)));
        readAvailable();
    }
    return true;
}

bool WriterProcess::waitForLine(const QString& line, int timeoutMs) {
    return waitUntil([&] { return lines().contains(line); }, timeoutMs);
}

bool WriterProcess::waitForAcknowledgements(int count, int timeoutMs) {
    return waitUntil(
        [&] {
            const QStringList said = lines();
            return std::count_if(said.begin(), said.end(), [](const QString& l) {
                       return l.startsWith(QLatin1String("ack "));
                   }) >= count;
        },
        timeoutMs);
}

void WriterProcess::killAfter(int ms) {
    QElapsedTimer waited;
    waited.start();
    // Read while waiting, so that a chatty writer never blocks on a full pipe: it must be busy
    // writing to the database when the signal comes, not stuck in write(2).
    while (m_process.state() != QProcess::NotRunning) {
        const qint64 left = ms - waited.elapsed();
        if (left <= 0)
            break;
        m_process.waitForReadyRead(int(qMin<qint64>(left, 20)));
        readAvailable();
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_killedAtMs = m_clock.elapsed();
        m_process.kill(); // SIGKILL on Unix: no handler, no clean-up, no flush
        m_killed = true;
    }
    m_process.waitForFinished(10000);
    readAvailable();
}

bool WriterProcess::waitForExit(int timeoutMs) {
    QElapsedTimer waited;
    waited.start();
    while (m_process.state() != QProcess::NotRunning && waited.elapsed() < timeoutMs) {
        m_process.waitForFinished(int(qMin<qint64>(timeoutMs - waited.elapsed(), 50)));
        readAvailable();
    }
    readAvailable();
    if (m_process.state() == QProcess::NotRunning)
        return true;
    killAfter(0);
    return false;
}

QStringList WriterProcess::lines() const {
    const qsizetype end = m_stdout.lastIndexOf('\n');
    if (end < 0)
        return {};
    return QString::fromUtf8(m_stdout.left(end)).split(QLatin1Char('\n'));
}

bool WriterProcess::exitedNormally() const {
    return !m_killed && m_process.state() == QProcess::NotRunning &&
           m_process.exitStatus() == QProcess::NormalExit;
}

int WriterProcess::exitCode() const {
    return m_process.exitCode();
}

QString WriterProcess::description() const {
    QString how;
    if (m_killed)
        how = QStringLiteral("killed after %1 ms").arg(m_killedAtMs);
    else if (m_process.state() != QProcess::NotRunning)
        how = QStringLiteral("still running");
    else if (m_process.exitStatus() == QProcess::CrashExit)
        how = QStringLiteral("crashed");
    else
        how = QStringLiteral("exit status %1").arg(m_process.exitCode());
    return QStringLiteral("%1 %2 (%3)")
        .arg(m_process.program(), m_process.arguments().join(QLatin1Char(' ')), how);
}

} // namespace waymark::reliability
