#include "core/storage/MemoryTempVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

#include <sodium.h> // sodium_memzero: a wipe the compiler does not leave out

namespace waymark {

namespace {

constexpr char VfsName[] = "waymark-memory-temp";

// A temporary file's bytes, in blocks that are never moved as it grows (a sort's run of a large
// table is hundreds of megabytes: grown as one buffer it would be copied, and held twice, each
// time). They hold what the database holds, decrypted: wiped before they are let go of. SQLite
// gives each file to one thread at a time.
constexpr sqlite3_int64 BlockBytes = 1 << 20;

struct Blocks {
    std::vector<std::unique_ptr<char[]>> blocks;
    sqlite3_int64 size = 0;

    ~Blocks() { keep(0); }
    // Keeps the first `bytes` and lets go of the blocks after them, wiped.
    void keep(sqlite3_int64 bytes)
    {
        const size_t needed = size_t((bytes + BlockBytes - 1) / BlockBytes);
        while (blocks.size() > needed) {
            sodium_memzero(blocks.back().get(), size_t(BlockBytes));
            blocks.pop_back();
        }
        size = std::min(size, bytes);
    }
};

struct MemoryFile {
    sqlite3_file base; // first: SQLite sees the file as this
    Blocks* bytes;
};

Blocks& bytesOf(sqlite3_file* file)
{
    return *reinterpret_cast<MemoryFile*>(file)->bytes;
}

int closeFile(sqlite3_file* file)
{
    auto* memory = reinterpret_cast<MemoryFile*>(file);
    delete memory->bytes;
    memory->bytes = nullptr;
    return SQLITE_OK;
}

int readFile(sqlite3_file* file, void* into, int amount, sqlite3_int64 offset)
{
    const Blocks& bytes = bytesOf(file);
    auto* out = static_cast<char*>(into);
    const sqlite3_int64 available = offset >= bytes.size ? 0 : std::min<sqlite3_int64>(amount, bytes.size - offset);
    for (sqlite3_int64 done = 0; done < available;) {
        const sqlite3_int64 at = offset + done;
        const sqlite3_int64 inBlock = std::min(available - done, BlockBytes - at % BlockBytes);
        std::memcpy(out + done, bytes.blocks.at(size_t(at / BlockBytes)).get() + at % BlockBytes, size_t(inBlock));
        done += inBlock;
    }
    if (available == amount)
        return SQLITE_OK;
    // As a real file: what is past the end reads as zeros, and SQLite is told it was short.
    std::memset(out + available, 0, size_t(amount - available));
    return SQLITE_IOERR_SHORT_READ;
}

int writeFile(sqlite3_file* file, const void* from, int amount, sqlite3_int64 offset)
{
    Blocks& bytes = bytesOf(file);
    const auto* in = static_cast<const char*>(from);
    const sqlite3_int64 end = offset + amount;
    while (sqlite3_int64(bytes.blocks.size()) * BlockBytes < end) {
        // Zeros, as a real file reads where nothing was written.
        std::unique_ptr<char[]> block(new (std::nothrow) char[size_t(BlockBytes)]());
        if (!block)
            return SQLITE_IOERR_NOMEM;
        bytes.blocks.push_back(std::move(block));
    }
    for (sqlite3_int64 done = 0; done < amount;) {
        const sqlite3_int64 at = offset + done;
        const sqlite3_int64 inBlock = std::min(sqlite3_int64(amount) - done, BlockBytes - at % BlockBytes);
        std::memcpy(bytes.blocks.at(size_t(at / BlockBytes)).get() + at % BlockBytes, in + done, size_t(inBlock));
        done += inBlock;
    }
    bytes.size = std::max(bytes.size, end);
    return SQLITE_OK;
}

int truncateFile(sqlite3_file* file, sqlite3_int64 size)
{
    Blocks& bytes = bytesOf(file);
    if (size < bytes.size) {
        bytes.keep(size);
        // What is left of the last block kept is wiped too: it reads as zeros if written past.
        if (size % BlockBytes != 0)
            sodium_memzero(bytes.blocks.back().get() + size % BlockBytes, size_t(BlockBytes - size % BlockBytes));
    }
    return SQLITE_OK;
}

int syncFile(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    *size = bytesOf(file).size;
    return SQLITE_OK;
}

// No other connection can see a temporary file: there is nothing to lock.
int lockFile(sqlite3_file*, int)
{
    return SQLITE_OK;
}
int checkReservedLock(sqlite3_file*, int* reserved)
{
    *reserved = 0;
    return SQLITE_OK;
}
int fileControl(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}
int sectorSize(sqlite3_file*)
{
    return 4096;
}
int deviceCharacteristics(sqlite3_file*)
{
    return 0;
}

const sqlite3_io_methods MemoryFileMethods = {
    1, // no shared memory, no memory mapping
    closeFile,
    readFile,
    writeFile,
    truncateFile,
    syncFile,
    fileSize,
    lockFile,
    lockFile,
    checkReservedLock,
    fileControl,
    sectorSize,
    deviceCharacteristics,
    // Version 2 and 3's methods, which SQLite does not look for in a version 1 file.
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

sqlite3_vfs* defaultVfs = nullptr;
std::atomic<int> kept{0};

int openFile(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    // SQLite names every file it keeps (the database, its log, its journal) and no temporary one.
    if (name != nullptr)
        return defaultVfs->xOpen(defaultVfs, name, file, flags, outFlags);
    auto* memory = reinterpret_cast<MemoryFile*>(file);
    memory->base.pMethods = nullptr; // SQLite closes no file whose opening failed
    memory->bytes = new (std::nothrow) Blocks();
    if (!memory->bytes)
        return SQLITE_IOERR_NOMEM;
    memory->base.pMethods = &MemoryFileMethods;
    ++kept;
    if (outFlags)
        *outFlags = flags;
    return SQLITE_OK;
}

sqlite3_vfs* registered()
{
    static sqlite3_vfs* vfs = []() -> sqlite3_vfs* {
        defaultVfs = sqlite3_vfs_find(nullptr);
        if (!defaultVfs)
            return nullptr;
        static sqlite3_vfs memory;
        // Everything but opening a file is the default's own (each of its functions takes the VFS
        // it was called through, and finds what it needs in pAppData, copied with it).
        memory = *defaultVfs;
        memory.iVersion = std::min(defaultVfs->iVersion, 3);
        memory.szOsFile = std::max(defaultVfs->szOsFile, int(sizeof(MemoryFile)));
        memory.pNext = nullptr;
        memory.zName = VfsName;
        memory.xOpen = openFile;
        return sqlite3_vfs_register(&memory, 0) == SQLITE_OK ? &memory : nullptr;
    }();
    return vfs;
}

} // namespace

const char* MemoryTempVfs::name()
{
    return registered() ? VfsName : nullptr;
}

int MemoryTempVfs::temporaryFilesKept()
{
    return kept;
}

bool MemoryTempVfs::isUsedBy(sqlite3* db)
{
    sqlite3_vfs* used = nullptr;
    return registered() && sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &used) == SQLITE_OK &&
           used == registered();
}

} // namespace waymark
