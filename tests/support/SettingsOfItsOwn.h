#pragma once

#include <QByteArray>
#include <QTemporaryDir>

namespace waymark::test {

// CTest runs each test as a process of its own, several at once. Settings (the places opened
// before, the window's layout) are a file per user: shared, one test's settings are another's
// surprise. Each test process, and the app it may start, keeps its settings in a folder of its
// own, gone when it ends. Made before the application object, so before any QSettings is read.
class SettingsOfItsOwn {
public:
    SettingsOfItsOwn()
    {
        if (m_folder.isValid())
            qputenv("XDG_CONFIG_HOME", m_folder.path().toLocal8Bit());
    }

private:
    QTemporaryDir m_folder;
};

} // namespace waymark::test
