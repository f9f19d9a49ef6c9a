#include <QGuiApplication>

#include "tests/support/QtPrinters.h"
#include "tests/support/SettingsOfItsOwn.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    const waymark::test::SettingsOfItsOwn settings;
    testing::InitGoogleTest(&argc, argv);
    // `print` lays out text, as waymark-cli does under a GUI application with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("WaymarkTests"));
    QGuiApplication::setApplicationName(QStringLiteral("WaymarkTests"));
    return RUN_ALL_TESTS();
}
