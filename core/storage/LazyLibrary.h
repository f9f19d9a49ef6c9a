#pragma once

#include "core/domain/Result.h"

#include <QLibrary>
#include <QString>

#include <functional>
#include <mutex>

namespace waymark {

// A shared library loaded when it is first needed rather than with the program (issue 9).
// SQLCipher, libxlsxwriter and libzip each bring OpenSSL's libcrypto, and loading it with the
// window took about a twelfth of a bare Qt window's whole start on a 2-core laptop, before the
// sign-in could even be shown. Their functions are called as before: each has a definition in
// Waymark (SqlCipherCalls.cpp, XlsxWriterCalls.cpp, LibZipCalls.cpp) that finds the library's own
// the first time it is called. The window has SQLCipher loaded on another thread while the
// passphrase is typed (StartupWarmUp), so opening the database does not wait for it.
class LazyLibrary {
public:
    // `soname`: the name the system's loader knows it by (libsqlcipher.so.0); `package`: the
    // Debian package that has it, for the message should it be missing. `prepare`, if given, is
    // called once as it loads, before any of its functions is handed out.
    LazyLibrary(const QString& soname, QString package, std::function<Status(QLibrary&)> prepare = {});

    // Loads it, the first time on whichever thread asks first (any other waits for that); after
    // that, says again how that went. Once loaded it stays loaded, to the end of the process.
    Status load();

    // The function `name` in it, loaded first. Ends the program with a message naming what is
    // missing if it cannot be had: every way in that a user can reach checks load() first, and
    // says why where it fails.
    template <typename Function> Function function(const char* name)
    {
        return reinterpret_cast<Function>(address(name));
    }
    // The function `name` in it or in a library it brings, or null if it cannot be had.
    template <typename Function> Function functionIfThere(const char* name)
    {
        return load() ? reinterpret_cast<Function>(m_library.resolve(name)) : nullptr;
    }

    // SQLCipher, the database (defined in SqlCipherCalls.cpp); libxlsxwriter, returns saved as
    // spreadsheets (XlsxWriterCalls.cpp); libzip, spreadsheets read in (LibZipCalls.cpp). Each is
    // made once and never destroyed, so no call made as the process ends finds it gone.
    static LazyLibrary& sqlCipher();
    static LazyLibrary& xlsxWriter();
    static LazyLibrary& libZip();

private:
    QFunctionPointer address(const char* name);

    QLibrary m_library;
    QString m_package;
    std::function<Status(QLibrary&)> m_prepare;
    std::once_flag m_once;
    Status m_loaded;
};

} // namespace waymark
