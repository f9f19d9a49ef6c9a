#include "app/cli/CliApplication.h"
#include "core/storage/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

// The command line's allocator settings, which jemalloc reads at the first allocation (before
// main). A command runs once and ends, so its memory is kept for reuse rather than handed back to
// the system while it runs, in large pages, from one pool that every thread draws on. An import at
// a large provider's size otherwise had the system hand out and take back some 800,000 pages of
// memory (each a page fault): with these, 20,000, and the import took 62.6 and 66.2 s where it took
// 70.4 and 75.7 with jemalloc's defaults, taking turns, at 1.35 GB at most rather than 1.12
// (without the one pool, 1.9 GB). The window keeps the defaults: it runs for hours, and gives
// back what it is done with. (Not built with jemalloc, as under the sanitizers, it is unused.)
extern "C" {
__attribute__((visibility("default"), used)) const char* malloc_conf =
    "thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1";
}

int main(int argc, char* argv[])
{
    waymark::ProcessHardening::forbidCoreDumps();
    // Printing lays out text, which needs fonts and so a GUI application; the command line never
    // opens a window, so it needs no display either.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || qstrcmp(argv[i], "print") == 0
                   || (qstrcmp(argv[i], "--format") == 0 && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0)
                   // a subject access export comes with its readable PDF
                   || qstrcmp(argv[i], "--service-user") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    waymark::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
