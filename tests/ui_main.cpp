#include <QApplication>

#include "tests/support/QtPrinters.h"
#include "tests/support/SettingsOfItsOwn.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    const waymark::test::SettingsOfItsOwn settings;
    testing::InitGoogleTest(&argc, argv);
    // UI tests drive real widgets without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaymarkTests"));
    QApplication::setApplicationName(QStringLiteral("WaymarkUiTests"));
    return RUN_ALL_TESTS();
}
