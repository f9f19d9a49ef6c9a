#pragma once

#include <QString>
#include <QTemporaryDir>

namespace waymark::reliability {

// A tmpfs of a few megabytes mounted on a folder of its own, for filling up: the nearest thing to
// the laptop's disk running out of room. Mounting needs root (CI runs as root); where it is not
// allowed, isMounted() is false and reason() says why. Unmounted when destroyed.
class SmallFileSystem {
public:
    explicit SmallFileSystem(qint64 bytes);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    bool isMounted() const { return m_mounted; }
    const QString& reason() const { return m_reason; }
    QString path() const { return m_mountPoint.path(); }
    // Takes all the room left but `leave` bytes with a file of its own (removed by free()).
    bool fill(qint64 leave);
    // Gives the room taken by fill() back.
    void free();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace waymark::reliability
