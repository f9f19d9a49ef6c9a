// waymark_guide_shots FOLDER: the user guide's pictures (docs/images), taken from the real
// screens on a fictional demo caseload. docs/make-screenshots runs it; the GuideScreenshots test
// runs it too, so that a change that breaks a screen the guide shows is noticed. Exits 1 when a
// picture could not be made or is blank, 2 for wrong usage.
#include "docs/shots/GuideShots.h"
#include "docs/shots/ScreenshotFolder.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: waymark_guide_shots FOLDER\n");
        return 2;
    }
    // The window's size and the lists' columns are remembered per user: a folder of settings of
    // its own, so that nobody's Waymark changes these pictures and these pictures change nobody's
    // Waymark. Made before the application object, so before any setting is read.
    QTemporaryDir settings;
    if (settings.isValid())
        qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    // Without a display (a build server), the offscreen platform draws the same pictures.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    // UK day and month names whatever the machine's language, as a UK user's Waymark shows them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // A text cursor that does not blink: otherwise it is in a picture or not by chance.
    QApplication::setCursorFlashTime(0);

    QElapsedTimer timer;
    timer.start();
    waymark::ScreenshotFolder folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.isUsable()) {
        std::fprintf(stderr, "waymark_guide_shots: cannot write to %s\n", argv[1]);
        return 1;
    }
    {
        waymark::GuideShots shots(folder);
        shots.run();
    }
    // Every picture a page shows, made and on disk: a step that stopped early is noticed here
    // even if it said nothing.
    for (const QString& name : waymark::GuideShots::pictures())
        if (!folder.saved().contains(name) ||
            !QFileInfo::exists(QDir(folder.path()).filePath(name + QStringLiteral(".png"))))
            folder.problem(QStringLiteral("%1.png was not made").arg(name));
    for (const QString& name : folder.saved())
        std::printf("%s.png\n", qPrintable(name));
    for (const QString& problem : folder.problems())
        std::fprintf(stderr, "waymark_guide_shots: %s\n", qPrintable(problem));
    std::printf("%lld pictures in %s, %.1f s\n", static_cast<long long>(folder.saved().size()),
                qPrintable(folder.path()), double(timer.elapsed()) / 1000.0);
    return folder.problems().isEmpty() ? 0 : 1;
}
