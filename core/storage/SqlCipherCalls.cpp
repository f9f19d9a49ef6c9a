// SQLite's functions as Waymark calls them, each handing on to SQLCipher's own, found the first
// time it is called (LazyLibrary): SQLCipher is loaded when the database is first opened, or
// before then on another thread, not with the program. Each definition has SQLCipher's header's
// declaration, so a call that differs from the library's does not compile; one Waymark starts
// calling is added here (the link fails until it is). sqlite3_config, which takes its arguments
// as they come, is called once as SQLCipher loads (below).

#include "core/storage/LazyLibrary.h"

#include <QObject>

#include <dlfcn.h>
#include <sqlite3.h>

namespace waymark {

LazyLibrary& LazyLibrary::sqlCipher()
{
    static LazyLibrary& library = *new LazyLibrary(
        QStringLiteral(WAYMARK_SQLCIPHER_SONAME), QStringLiteral(WAYMARK_SQLCIPHER_PACKAGE),
        [](QLibrary& loaded) -> Status {
            // SQLCipher's functions call one another by name, and the process's own libraries are
            // looked in first: another SQLite among them would have its functions called in their
            // place, on SQLCipher's data.
            if (dlsym(RTLD_DEFAULT, "sqlite3_libversion"))
                return Error{
                    QObject::tr("Another SQLite library is loaded in Waymark, and SQLCipher cannot work beside "
                                "it; the database was not opened."),
                    {}};
            // SQLite counts every allocation of every connection in one total behind one lock, for
            // sqlite3_memory_used(), which Waymark never asks; two connections read at once
            // (ParallelReader, BackgroundReader) and an import's writes took that lock for each
            // piece of memory. Set before SQLite is first used: nothing can reach it before this
            // returns.
            using Config = int (*)(int, ...);
            const auto config = reinterpret_cast<Config>(loaded.resolve("sqlite3_config"));
            if (!config || config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
                qWarning("SQLite's count of its memory could not be turned off: its reads and writes take one lock");
            return {};
        });
    return library;
}

} // namespace waymark

// Kept to Waymark (not among what the programs show other libraries): SQLCipher's calls between
// its own functions never reach these in their place.
#define WAYMARK_SQLITE_CALL extern "C" __attribute__((visibility("hidden")))
#define WAYMARK_SQLITE_FORWARD(name, ...)                                                                              \
    static const auto real = waymark::LazyLibrary::sqlCipher().function<decltype(&::name)>(#name);                     \
    return real(__VA_ARGS__)

WAYMARK_SQLITE_CALL int sqlite3_open_v2(const char* filename, sqlite3** db, int flags, const char* vfs)
{
    if (waymark::Status loaded = waymark::LazyLibrary::sqlCipher().load(); !loaded) {
        // As SQLite says it could not open a file: no connection, and the reason from
        // sqlite3_errstr (below), never a call into a library that is not there.
        *db = nullptr;
        return SQLITE_CANTOPEN;
    }
    WAYMARK_SQLITE_FORWARD(sqlite3_open_v2, filename, db, flags, vfs);
}
WAYMARK_SQLITE_CALL const char* sqlite3_errstr(int code)
{
    if (waymark::Status loaded = waymark::LazyLibrary::sqlCipher().load(); !loaded) {
        static const QByteArray why = loaded.error().message.toUtf8();
        return why.constData();
    }
    WAYMARK_SQLITE_FORWARD(sqlite3_errstr, code);
}
WAYMARK_SQLITE_CALL int sqlite3_close(sqlite3* db)
{
    if (!db)
        return SQLITE_OK; // as SQLite's own does with no connection, and there may be no library
    WAYMARK_SQLITE_FORWARD(sqlite3_close, db);
}
WAYMARK_SQLITE_CALL int sqlite3_close_v2(sqlite3* db)
{
    if (!db)
        return SQLITE_OK;
    WAYMARK_SQLITE_FORWARD(sqlite3_close_v2, db);
}
WAYMARK_SQLITE_CALL const char* sqlite3_errmsg(sqlite3* db)
{
    if (!db && !waymark::LazyLibrary::sqlCipher().load())
        return sqlite3_errstr(SQLITE_CANTOPEN); // why SQLCipher could not be loaded
    WAYMARK_SQLITE_FORWARD(sqlite3_errmsg, db);
}

WAYMARK_SQLITE_CALL int sqlite3_key(sqlite3* db, const void* key, int bytes)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_key, db, key, bytes);
}
WAYMARK_SQLITE_CALL int sqlite3_exec(sqlite3* db, const char* sql, int (*callback)(void*, int, char**, char**),
                                     void* argument, char** message)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_exec, db, sql, callback, argument, message);
}
WAYMARK_SQLITE_CALL void sqlite3_free(void* memory)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_free, memory);
}
WAYMARK_SQLITE_CALL int sqlite3_errcode(sqlite3* db)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_errcode, db);
}
WAYMARK_SQLITE_CALL int sqlite3_extended_errcode(sqlite3* db)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_extended_errcode, db);
}
WAYMARK_SQLITE_CALL int sqlite3_extended_result_codes(sqlite3* db, int on)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_extended_result_codes, db, on);
}
WAYMARK_SQLITE_CALL int sqlite3_busy_timeout(sqlite3* db, int ms)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_busy_timeout, db, ms);
}
WAYMARK_SQLITE_CALL int sqlite3_changes(sqlite3* db)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_changes, db);
}
WAYMARK_SQLITE_CALL sqlite3_int64 sqlite3_last_insert_rowid(sqlite3* db)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_last_insert_rowid, db);
}
WAYMARK_SQLITE_CALL int sqlite3_get_autocommit(sqlite3* db)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_get_autocommit, db);
}
WAYMARK_SQLITE_CALL void sqlite3_interrupt(sqlite3* db)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_interrupt, db);
}
WAYMARK_SQLITE_CALL void sqlite3_progress_handler(sqlite3* db, int steps, int (*handler)(void*), void* argument)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_progress_handler, db, steps, handler, argument);
}
WAYMARK_SQLITE_CALL int sqlite3_trace_v2(sqlite3* db, unsigned mask, int (*callback)(unsigned, void*, void*, void*),
                                         void* context)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_trace_v2, db, mask, callback, context);
}
WAYMARK_SQLITE_CALL int sqlite3_file_control(sqlite3* db, const char* name, int operation, void* argument)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_file_control, db, name, operation, argument);
}
WAYMARK_SQLITE_CALL sqlite3_vfs* sqlite3_vfs_find(const char* name)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_vfs_find, name);
}
WAYMARK_SQLITE_CALL int sqlite3_vfs_register(sqlite3_vfs* vfs, int makeDefault)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_vfs_register, vfs, makeDefault);
}
WAYMARK_SQLITE_CALL sqlite3_int64 sqlite3_memory_used()
{
    WAYMARK_SQLITE_FORWARD(sqlite3_memory_used);
}
WAYMARK_SQLITE_CALL sqlite3_int64 sqlite3_memory_highwater(int reset)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_memory_highwater, reset);
}

WAYMARK_SQLITE_CALL int sqlite3_prepare_v2(sqlite3* db, const char* sql, int bytes, sqlite3_stmt** statement,
                                           const char** tail)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_prepare_v2, db, sql, bytes, statement, tail);
}
WAYMARK_SQLITE_CALL int sqlite3_prepare16_v2(sqlite3* db, const void* sql, int bytes, sqlite3_stmt** statement,
                                             const void** tail)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_prepare16_v2, db, sql, bytes, statement, tail);
}
WAYMARK_SQLITE_CALL const char* sqlite3_sql(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_sql, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_step(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_step, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_reset(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_reset, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_finalize(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_finalize, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_clear_bindings(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_clear_bindings, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_parameter_count(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_parameter_count, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_null(sqlite3_stmt* statement, int place)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_null, statement, place);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_int(sqlite3_stmt* statement, int place, int value)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_int, statement, place, value);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_int64(sqlite3_stmt* statement, int place, sqlite3_int64 value)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_int64, statement, place, value);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_double(sqlite3_stmt* statement, int place, double value)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_double, statement, place, value);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_text(sqlite3_stmt* statement, int place, const char* text, int bytes,
                                          void (*dispose)(void*))
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_text, statement, place, text, bytes, dispose);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_text16(sqlite3_stmt* statement, int place, const void* text, int bytes,
                                            void (*dispose)(void*))
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_text16, statement, place, text, bytes, dispose);
}
WAYMARK_SQLITE_CALL int sqlite3_bind_blob64(sqlite3_stmt* statement, int place, const void* data, sqlite3_uint64 bytes,
                                            void (*dispose)(void*))
{
    WAYMARK_SQLITE_FORWARD(sqlite3_bind_blob64, statement, place, data, bytes, dispose);
}
WAYMARK_SQLITE_CALL int sqlite3_column_count(sqlite3_stmt* statement)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_count, statement);
}
WAYMARK_SQLITE_CALL int sqlite3_column_type(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_type, statement, column);
}
WAYMARK_SQLITE_CALL int sqlite3_column_bytes(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_bytes, statement, column);
}
WAYMARK_SQLITE_CALL const unsigned char* sqlite3_column_text(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_text, statement, column);
}
WAYMARK_SQLITE_CALL const void* sqlite3_column_blob(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_blob, statement, column);
}
WAYMARK_SQLITE_CALL sqlite3_int64 sqlite3_column_int64(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_int64, statement, column);
}
WAYMARK_SQLITE_CALL double sqlite3_column_double(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_double, statement, column);
}
WAYMARK_SQLITE_CALL const char* sqlite3_column_decltype(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_decltype, statement, column);
}
WAYMARK_SQLITE_CALL const void* sqlite3_column_name16(sqlite3_stmt* statement, int column)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_column_name16, statement, column);
}
WAYMARK_SQLITE_CALL sqlite3_backup* sqlite3_backup_init(sqlite3* target, const char* targetName, sqlite3* source,
                                                        const char* sourceName)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_backup_init, target, targetName, source, sourceName);
}
WAYMARK_SQLITE_CALL int sqlite3_backup_step(sqlite3_backup* backup, int pages)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_backup_step, backup, pages);
}
WAYMARK_SQLITE_CALL int sqlite3_backup_finish(sqlite3_backup* backup)
{
    WAYMARK_SQLITE_FORWARD(sqlite3_backup_finish, backup);
}

#undef WAYMARK_SQLITE_FORWARD
#undef WAYMARK_SQLITE_CALL
