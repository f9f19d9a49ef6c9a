#include "core/storage/LazyLibrary.h"

#include <QObject>

namespace waymark {

LazyLibrary::LazyLibrary(const QString& soname, QString package, std::function<Status(QLibrary&)> prepare)
    : m_library(soname)
    , m_package(std::move(package))
    , m_prepare(std::move(prepare))
{
    // Never unloaded as Qt tidies up at exit: a connection closed as the process ends still calls
    // into SQLCipher.
    m_library.setLoadHints(QLibrary::PreventUnloadHint);
}

Status LazyLibrary::load()
{
    std::call_once(m_once, [this] {
        if (!m_library.load()) {
            m_loaded = Error{QObject::tr("Waymark needs %1 (Debian's package %2), which could not be loaded: %3")
                                 .arg(m_library.fileName(), m_package, m_library.errorString()),
                             {}};
            return;
        }
        if (m_prepare)
            m_loaded = m_prepare(m_library);
    });
    return m_loaded;
}

QFunctionPointer LazyLibrary::address(const char* name)
{
    if (Status loaded = load(); !loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    const QFunctionPointer found = m_library.resolve(name);
    if (!found)
        qFatal("Waymark needs %s from %s (Debian's package %s), which does not have it.", name,
               qPrintable(m_library.fileName()), qPrintable(m_package));
    return found;
}

} // namespace waymark
