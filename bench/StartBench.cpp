// The app's start (issue 9): from launching `waymark` to its window showing the caseload, against
// a bare Qt Widgets window (waymark_bench_bare_window) launched the same way in the same run.
// Each program is started --runs times (5 unless told), in turn, each run a new process, and each
// figure is the median. The app signs in as --user with the passphrase from --passphrase-file,
// given to it as WAYMARK_PASSPHRASE with its hidden --measure-start option; the seconds Argon2id
// takes to derive the key are a security setting and are printed apart, not counted in the start.
// Prints
//   cold_start_bare_window MS ms -
//   cold_start_window_answers MS ms -     (the window painted and answering, its lists still read)
//   cold_start MS ms 1000                 (the caseload painted in it: its first screenful, where
//                                          a large caseload's rest is still being read)
//   cold_start_whole_caseload MS ms -     (every row of the caseload read and shown, searchable)
//   cold_start_against_bare_window RATIO x 1.5
//   sign_in_key_derivation MS ms -
//   resident_memory_caseload_open MB MB 300
// Usage: waymark_start_bench --waymark PATH --bare PATH --db FILE --user NAME
//        --passphrase-file FILE [--runs N]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

struct Started {
    double milliseconds = 0;
    double windowMs = 0;    // the app's "window_answers" line, before its lists are read
    double firstRowsMs = 0; // its "first_rows" line, if it showed a first screenful apart
    double keyDerivationMs = 0;
    double residentKb = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Launches `program` and waits for its "started" line; nothing if it never says so.
std::optional<Started> launch(const QString& program, const QStringList& arguments,
                              const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    std::optional<Started> started;
    double windowMs = 0, firstRowsMs = 0;
    while (!started && process.waitForReadyRead(60000)) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line == QLatin1String("window_answers"))
                windowMs = double(clock.nsecsElapsed()) / 1e6;
            if (line == QLatin1String("first_rows"))
                firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
            if (!line.startsWith(QLatin1String("started")))
                continue;
            Started s;
            s.milliseconds = double(clock.nsecsElapsed()) / 1e6;
            s.windowMs = windowMs;
            s.firstRowsMs = firstRowsMs;
            const QRegularExpression number(QStringLiteral("(\\w+)=(\\d+)"));
            for (auto it = number.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(1) == QLatin1String("key_derivation_ms"))
                    s.keyDerivationMs = m.captured(2).toDouble();
                else if (m.captured(1) == QLatin1String("resident_kb"))
                    s.residentKb = m.captured(2).toDouble();
            }
            started = s;
            break;
        }
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    if (!started)
        std::fprintf(stderr, "waymark_start_bench: %s never said it had started\n", qPrintable(program));
    return started;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString waymark, bare, database, user, passphraseFile;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString& name = args.at(i);
        const QString& value = args.at(i + 1);
        if (name == QLatin1String("--waymark"))
            waymark = value;
        else if (name == QLatin1String("--bare"))
            bare = value;
        else if (name == QLatin1String("--db"))
            database = value;
        else if (name == QLatin1String("--user"))
            user = value;
        else if (name == QLatin1String("--passphrase-file"))
            passphraseFile = value;
        else if (name == QLatin1String("--runs"))
            runs = std::max(1, value.toInt());
    }
    QFile secret(passphraseFile);
    if (waymark.isEmpty() || bare.isEmpty() || database.isEmpty() || user.isEmpty() ||
        !secret.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: waymark_start_bench --waymark PATH --bare PATH --db FILE --user NAME "
                             "--passphrase-file FILE [--runs N]\n");
        return 2;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcessEnvironment signedIn = environment;
    signedIn.insert(QStringLiteral("WAYMARK_PASSPHRASE"), QString::fromUtf8(secret.readLine()).trimmed());

    std::vector<double> bareMs, appMs, wholeMs, windowMs, derivationMs, residentMb;
    for (int run = 0; run < runs; ++run) {
        const std::optional<Started> b = launch(bare, {}, environment);
        const std::optional<Started> a = launch(
            waymark,
            {QStringLiteral("--db"), database, QStringLiteral("--user"), user, QStringLiteral("--measure-start")},
            signedIn);
        if (!b || !a)
            return 1;
        bareMs.push_back(b->milliseconds);
        // A caseload read whole at once has no first screenful apart: shown is shown.
        const double shown = a->firstRowsMs > 0 ? a->firstRowsMs : a->milliseconds;
        appMs.push_back(shown - a->keyDerivationMs);
        wholeMs.push_back(a->milliseconds - a->keyDerivationMs);
        windowMs.push_back(a->windowMs - a->keyDerivationMs);
        derivationMs.push_back(a->keyDerivationMs);
        residentMb.push_back(a->residentKb / 1024);
    }
    const double bareStart = median(bareMs);
    const double appStart = median(appMs);
    std::printf("cold_start_bare_window %.0f ms -\n", bareStart);
    std::printf("cold_start_window_answers %.0f ms -\n", median(windowMs));
    std::printf("cold_start %.0f ms 1000\n", appStart);
    std::printf("cold_start_whole_caseload %.0f ms -\n", median(wholeMs));
    std::printf("cold_start_against_bare_window %.2f x 1.5\n", bareStart > 0 ? appStart / bareStart : 0.0);
    std::printf("sign_in_key_derivation %.0f ms -\n", median(derivationMs));
    std::printf("resident_memory_caseload_open %.0f MB 300\n", median(residentMb));
    return 0;
}
