// A large sort let use temporary files (as an import's index building is) keeps them in memory,
// never as plain files of what the database holds.
#include "core/storage/MemoryTempVfs.h"
#include "tests/support/TestDatabase.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

bool run(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QStringList textColumn(sqlite3* db, const char* sql)
{
    return test::sqliteColumn(db, sql);
}

} // namespace

TEST(MemoryTempVfs, ALargeSortLetUseTemporaryFilesKeepsThemInMemoryAndMakesAWholeIndex)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ASSERT_NE(MemoryTempVfs::name(), nullptr);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(folder.filePath(QStringLiteral("sort.db")).toUtf8().constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, MemoryTempVfs::name()),
              SQLITE_OK);
    EXPECT_TRUE(MemoryTempVfs::isUsedBy(db));
    ASSERT_TRUE(run(db, "PRAGMA page_size = 4096"));
    ASSERT_TRUE(run(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT)"));
    EXPECT_EQ(textColumn(db, "PRAGMA page_size"), QStringList{QStringLiteral("4096")});
    ASSERT_TRUE(run(db, "BEGIN"));
    ASSERT_TRUE(run(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
                        "INSERT INTO t (k) SELECT lower(hex(randomblob(12))) FROM n"));

    // About 10 MB of keys and a small cache: sorted in runs of SQLite's least (250 pages, 1 MB).
    ASSERT_TRUE(run(db, "PRAGMA cache_size = -1024"));
    ASSERT_TRUE(run(db, "PRAGMA temp_store = FILE"));
    ASSERT_TRUE(run(db, "PRAGMA threads = 2"));
    const int keptBefore = MemoryTempVfs::temporaryFilesKept();
    ASSERT_TRUE(run(db, "CREATE INDEX t_k ON t(k)"));
    ASSERT_TRUE(run(db, "COMMIT"));
    EXPECT_GT(MemoryTempVfs::temporaryFilesKept(), keptBefore);

    EXPECT_EQ(textColumn(db, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    const QStringList byIndex = textColumn(db, "SELECT k FROM t INDEXED BY t_k WHERE k > '' ORDER BY k");
    ASSERT_EQ(byIndex.size(), 300000);
    EXPECT_TRUE(std::is_sorted(byIndex.begin(), byIndex.end()));
    sqlite3_close(db);

    // A connection through SQLite's own VFS is not one that may be let use temporary files.
    sqlite3* plain = nullptr;
    ASSERT_EQ(sqlite3_open_v2(folder.filePath(QStringLiteral("plain.db")).toUtf8().constData(), &plain,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
              SQLITE_OK);
    EXPECT_FALSE(MemoryTempVfs::isUsedBy(plain));
    sqlite3_close(plain);
}

TEST(MemoryTempVfs, ATemporaryFileReadsAndWritesAsAFileOnDiskWould)
{
    sqlite3_vfs* vfs = sqlite3_vfs_find(MemoryTempVfs::name());
    ASSERT_NE(vfs, nullptr);
    std::vector<char> room(size_t(vfs->szOsFile));
    auto* file = reinterpret_cast<sqlite3_file*>(room.data());
    int flags = 0;
    ASSERT_EQ(
        vfs->xOpen(vfs, nullptr, file,
                   SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_DELETEONCLOSE,
                   &flags),
        SQLITE_OK);
    const sqlite3_io_methods* io = file->pMethods;
    ASSERT_NE(io, nullptr);
    sqlite3_int64 size = -1;

    // Written across the edge of the first megabyte, with nothing written before it.
    const QByteArray text = QByteArray("across the edge of a block ").repeated(10);
    const sqlite3_int64 at = (1 << 20) - 100;
    ASSERT_EQ(io->xWrite(file, text.constData(), int(text.size()), at), SQLITE_OK);
    ASSERT_EQ(io->xFileSize(file, &size), SQLITE_OK);
    EXPECT_EQ(size, at + text.size());
    QByteArray read(int(text.size()), 'x');
    EXPECT_EQ(io->xRead(file, read.data(), int(read.size()), at), SQLITE_OK);
    EXPECT_EQ(read, text);
    QByteArray gap(64, 'x');
    EXPECT_EQ(io->xRead(file, gap.data(), int(gap.size()), 4096), SQLITE_OK);
    EXPECT_EQ(gap, QByteArray(64, '\0'));

    // Past the end: what there is, then zeros, and told it was short.
    QByteArray tail(200, 'x');
    EXPECT_EQ(io->xRead(file, tail.data(), int(tail.size()), size - 50), SQLITE_IOERR_SHORT_READ);
    EXPECT_EQ(tail.left(50), text.right(50));
    EXPECT_EQ(tail.mid(50), QByteArray(150, '\0'));

    // Cut short, then written again further on: what was cut reads as zeros.
    ASSERT_EQ(io->xTruncate(file, at + 10), SQLITE_OK);
    ASSERT_EQ(io->xFileSize(file, &size), SQLITE_OK);
    EXPECT_EQ(size, at + 10);
    ASSERT_EQ(io->xWrite(file, "end", 3, at + 400), SQLITE_OK);
    QByteArray again(403, 'x');
    EXPECT_EQ(io->xRead(file, again.data(), int(again.size()), at), SQLITE_OK);
    EXPECT_EQ(again.left(10), text.left(10));
    EXPECT_EQ(again.mid(10, 390), QByteArray(390, '\0'));
    EXPECT_EQ(again.right(3), QByteArray("end"));
    EXPECT_EQ(io->xClose(file), SQLITE_OK);
}
