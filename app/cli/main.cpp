#include "app/cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    waymark::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
