#include "tests/reliability/SmallFileSystem.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

namespace waymark::reliability {

namespace {

QString fillerPath(const QString& root) {
    return QDir(root).filePath(QStringLiteral("filler"));
}

} // namespace

SmallFileSystem::SmallFileSystem(qint64 bytes) {
    if (!m_mountPoint.isValid()) {
        m_reason = QStringLiteral("no temporary folder to mount on");
        return;
    }
    const QByteArray target = QFile::encodeName(m_mountPoint.path());
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("waymark-full", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        m_reason = QStringLiteral("a tmpfs cannot be mounted here (%1)")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

SmallFileSystem::~SmallFileSystem() {
    if (m_mounted)
        // Detached, so that a file still open somewhere does not leave the mount behind.
        ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
}

bool SmallFileSystem::fill(qint64 leave) {
    QFile filler(fillerPath(path()));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray block(4096, 'x');
    while (QStorageInfo(path()).bytesAvailable() > leave + block.size()) {
        if (filler.write(block) != block.size() || !filler.flush())
            return false;
    }
    return true;
}

void SmallFileSystem::free() {
    QFile::remove(fillerPath(path()));
}

} // namespace waymark::reliability
