#pragma once

#include "app/cli/CliApplication.h"

#include <QByteArray>
#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace waymark::test {

// One run of waymark-cli in the test process: its exit status and what it printed.
struct CliRun {
    int status = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApplication app(out, err);
    run.status = app.run(QStringList{QStringLiteral("waymark-cli")} + args);
    out.flush();
    err.flush();
    return run;
}

// Whether the file's bytes contain `text` anywhere (a name left readable in an encrypted file).
inline bool fileContains(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
}

} // namespace waymark::test
