// waymark_bench_caseload: writes the benchmark's large caseload as an interchange file.
//
//   waymark_bench_caseload --out FILE [--people N] [--sessions N] [--seed S]
//
// Every other size follows from the people (two support periods each, twenty appointments and
// two Outcome Stars a period); `waymark-cli import FILE` stores it.
#include "bench/LargeCaseload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace waymark;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    LargeCaseloadOptions options;
    QString out;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString& flag = args.at(i);
        const QString& value = args.at(i + 1);
        if (flag == QLatin1String("--out"))
            out = value;
        else if (flag == QLatin1String("--people"))
            options.people = value.toInt();
        else if (flag == QLatin1String("--sessions"))
            options.sessions = value.toInt();
        else if (flag == QLatin1String("--seed"))
            options.seed = value.toUInt();
        else {
            QTextStream(stderr) << "unknown option " << flag << "\n";
            return 2;
        }
    }
    if (out.isEmpty() || options.people < 1 || options.sessions < 0) {
        QTextStream(stderr) << "usage: waymark_bench_caseload --out FILE [--people N] [--sessions N] [--seed S]\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << out << ": " << file.errorString() << "\n";
        return 1;
    }
    LargeCaseload caseload(options);
    Status written = caseload.write(file);
    file.close();
    if (!written || file.error() != QFileDevice::NoError) {
        QTextStream(stderr) << (written ? file.errorString() : written.error().message) << "\n";
        return 1;
    }
    QTextStream err(stderr);
    for (auto it = caseload.counts().constBegin(); it != caseload.counts().constEnd(); ++it)
        err << "# " << it.key() << " " << it.value() << "\n";
    err << "# written in " << timer.elapsed() << " ms\n";
    return 0;
}
