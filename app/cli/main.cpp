#include "app/cli/CliApplication.h"
#include "core/storage/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

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
