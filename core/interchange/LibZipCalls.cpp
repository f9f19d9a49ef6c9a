// libzip's functions as Waymark calls them, each handing on to the library's own, found the first
// time it is called (LazyLibrary): libzip, with the libcrypto it brings, is loaded when a
// spreadsheet is first read in, not with the program. Each definition has the library's header's
// declaration, so a call that differs from the library's does not compile. XlsxSheetReader checks
// that it loads before the first call.

#include "core/storage/LazyLibrary.h"

#include <zip.h>

namespace waymark {

LazyLibrary& LazyLibrary::libZip()
{
    static LazyLibrary& library =
        *new LazyLibrary(QStringLiteral(WAYMARK_LIBZIP_SONAME), QStringLiteral(WAYMARK_LIBZIP_PACKAGE));
    return library;
}

} // namespace waymark

// Not hidden as SQLCipher's and libxlsxwriter's are (libzip's header declares them visible), but
// the programs show none of their own functions to other libraries, so libzip's calls between its
// own functions never reach these in their place.
#define WAYMARK_ZIP_CALL extern "C"
#define WAYMARK_ZIP_FORWARD(name, ...)                                                                                 \
    static const auto real = waymark::LazyLibrary::libZip().function<decltype(&::name)>(#name);                        \
    return real(__VA_ARGS__)

WAYMARK_ZIP_CALL zip_t* zip_open(const char* path, int flags, int* error)
{
    WAYMARK_ZIP_FORWARD(zip_open, path, flags, error);
}
WAYMARK_ZIP_CALL void zip_discard(zip_t* archive)
{
    WAYMARK_ZIP_FORWARD(zip_discard, archive);
}
WAYMARK_ZIP_CALL const char* zip_strerror(zip_t* archive)
{
    WAYMARK_ZIP_FORWARD(zip_strerror, archive);
}
WAYMARK_ZIP_CALL void zip_stat_init(zip_stat_t* stat)
{
    WAYMARK_ZIP_FORWARD(zip_stat_init, stat);
}
WAYMARK_ZIP_CALL int zip_stat(zip_t* archive, const char* name, zip_flags_t flags, zip_stat_t* stat)
{
    WAYMARK_ZIP_FORWARD(zip_stat, archive, name, flags, stat);
}
WAYMARK_ZIP_CALL zip_file_t* zip_fopen(zip_t* archive, const char* name, zip_flags_t flags)
{
    WAYMARK_ZIP_FORWARD(zip_fopen, archive, name, flags);
}
WAYMARK_ZIP_CALL zip_int64_t zip_fread(zip_file_t* file, void* buffer, zip_uint64_t bytes)
{
    WAYMARK_ZIP_FORWARD(zip_fread, file, buffer, bytes);
}
WAYMARK_ZIP_CALL int zip_fclose(zip_file_t* file)
{
    WAYMARK_ZIP_FORWARD(zip_fclose, file);
}

#undef WAYMARK_ZIP_FORWARD
#undef WAYMARK_ZIP_CALL
