#pragma once

struct sqlite3;

namespace waymark {

// SQLite's own temporary files (the sorted runs of a large sort, a temporary table) kept in
// memory, never written to the disk: what a sort of a file's contents writes is the contents
// unencrypted. Registered as a VFS of its own that hands everything else (the database file, its
// log) to SQLite's default. With it, a connection can be let use temporary files for a large
// sort (PRAGMA temp_store = FILE), which SQLite then sorts a part at a time and on more than one
// thread; with temp_store = MEMORY, its setting otherwise, SQLite sorts all of it at once on one.
class MemoryTempVfs {
public:
    // The VFS's name, for sqlite3_open_v2, registered when first asked for; null when it could
    // not be (SQLite's default is used then).
    static const char* name();
    // Whether `db` opened its file through this VFS: only then may it be let use temporary files.
    static bool isUsedBy(sqlite3* db);
    // How many temporary files it has kept in memory since the program started.
    static int temporaryFilesKept();
};

} // namespace waymark
