// waymark-reliability-writer: the process the reliability tests kill with SIGKILL, run two at a
// time on one file, and run out of disk. See CaseloadWriter.h for what it prints.
//
//   waymark-reliability-writer --db PATH [--user NAME] [--mode referrals|imports] [--count N]
//       [--batch-people N] [--prefix NAME] [--busy-timeout MS] [--file-size-limit BYTES]
//
// The passphrase of an encrypted database comes from WAYMARK_PASSPHRASE, as for waymark-cli.
// Exit status: 0 when every write was made, 1 when one failed (the message on standard error),
// 2 for wrong usage.
#include "tests/reliability/CaseloadWriter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <sys/resource.h>

#include <csignal>

using waymark::reliability::CaseloadWriter;

namespace {

// A file-size limit stands in for a full disk where no small file system can be mounted: a
// write past it fails with EFBIG instead of killing the process with SIGXFSZ.
bool limitFileSize(qint64 bytes) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    CaseloadWriter::Options options;
    options.passphrase = qEnvironmentVariable("WAYMARK_PASSPHRASE");
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (i + 1 >= args.size()) {
            err << "waymark-reliability-writer: " << arg << " needs a value\n";
            return 2;
        }
        const QString value = args.at(++i);
        bool number = true;
        if (arg == QLatin1String("--db"))
            options.databasePath = value;
        else if (arg == QLatin1String("--user"))
            options.user = value;
        else if (arg == QLatin1String("--mode") && value == QLatin1String("referrals"))
            options.mode = CaseloadWriter::Mode::Referrals;
        else if (arg == QLatin1String("--mode") && value == QLatin1String("imports"))
            options.mode = CaseloadWriter::Mode::Imports;
        else if (arg == QLatin1String("--count"))
            options.count = value.toInt(&number);
        else if (arg == QLatin1String("--batch-people"))
            options.batchPeople = value.toInt(&number);
        else if (arg == QLatin1String("--prefix"))
            options.prefix = value;
        else if (arg == QLatin1String("--busy-timeout"))
            options.busyTimeoutMs = value.toInt(&number);
        else if (arg == QLatin1String("--file-size-limit"))
            number = limitFileSize(value.toLongLong(&number)) && number;
        else
            number = false;
        if (!number) {
            err << "waymark-reliability-writer: cannot use " << arg << " " << value << "\n";
            return 2;
        }
    }
    if (options.databasePath.isEmpty()) {
        err << "waymark-reliability-writer: --db PATH is needed\n";
        return 2;
    }
    if (options.prefix.isEmpty())
        options.prefix = QStringLiteral("w%1").arg(QCoreApplication::applicationPid());

    const waymark::Status done = CaseloadWriter(options).run();
    if (done)
        return 0;
    err << done.error().message << "\n";
    for (const QString& line : done.error().details)
        err << "  " << line << "\n";
    return 1;
}
