#include <QCoreApplication>

#include "tests/support/QtPrinters.h"
#include "tests/support/SettingsOfItsOwn.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    const waymark::test::SettingsOfItsOwn settings;
    testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("WaymarkTests"));
    return RUN_ALL_TESTS();
}
