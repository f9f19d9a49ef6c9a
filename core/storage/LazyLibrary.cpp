#include "core/storage/LazyLibrary.h"

#include <QObject>

#include <sqlite3.h>

namespace waymark {

LazyLibrary::LazyLibrary(QString soname, QString package, std::function<Status(QLibrary&)> prepare)
    : m_library(soname)
    , m_package(std::move(package))
    , m_prepare(std::move(prepare))
{
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
        qFatal("Waymark needs %s from %s (Debian's package %s), which does not have it: %s", name,
               qPrintable(m_library.fileName()), qPrintable(m_package), qPrintable(m_library.errorString()));
    return found;
}

LazyLibrary& LazyLibrary::sqlCipher()
{
    static LazyLibrary library(QStringLiteral(WAYMARK_SQLCIPHER_SONAME), QStringLiteral("libsqlcipher0"),
                               [](QLibrary& loaded) -> Status {
                                   // SQLite counts every allocation of every connection in one
                                   // total behind one lock, for sqlite3_memory_used(), which
                                   // Waymark never asks; two connections read at once
                                   // (ParallelReader, BackgroundReader) and an import's writes
                                   // took that lock for each piece of memory. Set before SQLite
                                   // is first used: nothing can reach it before this returns.
                                   using Config = int (*)(int, ...);
                                   const auto config = reinterpret_cast<Config>(loaded.resolve("sqlite3_config"));
                                   if (config)
                                       config(SQLITE_CONFIG_MEMSTATUS, 0);
                                   return {};
                               });
    return library;
}

LazyLibrary& LazyLibrary::xlsxWriter()
{
    static LazyLibrary library(QStringLiteral(WAYMARK_XLSXWRITER_SONAME), QStringLiteral("libxlsxwriter4"));
    return library;
}

LazyLibrary& LazyLibrary::libZip()
{
    static LazyLibrary library(QStringLiteral(WAYMARK_LIBZIP_SONAME), QStringLiteral("libzip4"));
    return library;
}

LazyLibrary& LazyLibrary::cryptography()
{
    static LazyLibrary library(QStringLiteral(WAYMARK_LIBCRYPTO_SONAME), QStringLiteral("libssl3"));
    return library;
}

} // namespace waymark
