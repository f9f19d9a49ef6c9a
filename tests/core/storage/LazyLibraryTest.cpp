#include "core/storage/LazyLibrary.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace waymark;

namespace {

// zlib: in every Debian system, and nothing of Waymark's loads or unloads it on its own account.
const QString Zlib = QStringLiteral("libz.so.1");
using ZlibVersion = const char* (*)();

} // namespace

TEST(LazyLibrary, AMissingLibraryIsNamedWithItsPackageEveryTimeItIsAskedFor)
{
    LazyLibrary missing(QStringLiteral("libwaymark-missing.so.9"), QStringLiteral("libwaymark-missing9"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Status loaded = missing.load();
        ASSERT_FALSE(loaded.ok());
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("libwaymark-missing.so.9")))
            << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("Debian's package libwaymark-missing9")))
            << loaded.error().message.toStdString();
    }
}

TEST(LazyLibrary, LoadsOnceWhicheverThreadsAskAndPreparesItBeforeAnyFunctionIsHandedOut)
{
    std::atomic<int> prepared{0};
    std::atomic<bool> preparing{false};
    LazyLibrary zlib(Zlib, QStringLiteral("zlib1g"), [&](QLibrary& library) -> Status {
        preparing = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50)); // long enough for the others to ask
        ++prepared;
        preparing = false;
        return library.resolve("zlibVersion") ? Status{} : Status{Error{QStringLiteral("no zlibVersion"), {}}};
    });
    std::atomic<int> versionsSeenWhilePreparing{0};
    std::vector<std::thread> askers;
    for (int i = 0; i < 4; ++i)
        askers.emplace_back([&] {
            const char* version = zlib.function<ZlibVersion>("zlibVersion")();
            if (preparing)
                ++versionsSeenWhilePreparing;
            EXPECT_EQ(version[0], '1') << version; // zlib 1.x
        });
    for (std::thread& asker : askers)
        asker.join();
    EXPECT_EQ(prepared.load(), 1);
    EXPECT_EQ(versionsSeenWhilePreparing.load(), 0);
    EXPECT_TRUE(zlib.load().ok());
}

TEST(LazyLibrary, APreparationThatFailsIsWhatLoadingSays)
{
    LazyLibrary zlib(Zlib, QStringLiteral("zlib1g"), [](QLibrary&) -> Status {
        return Error{QStringLiteral("not this one"), {}};
    });
    const Status loaded = zlib.load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().message, QStringLiteral("not this one"));
}

TEST(LazyLibraryDeathTest, AFunctionTheLibraryLacksEndsTheProgramSayingWhich)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    LazyLibrary zlib(Zlib, QStringLiteral("zlib1g"));
    EXPECT_DEATH(zlib.function<ZlibVersion>("waymark_no_such_function"), "waymark_no_such_function.*zlib1g");
}

TEST(LazyLibraryDeathTest, ACallIntoAMissingLibraryEndsTheProgramSayingWhich)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    LazyLibrary missing(QStringLiteral("libwaymark-missing.so.9"), QStringLiteral("libwaymark-missing9"));
    EXPECT_DEATH(missing.function<ZlibVersion>("zlibVersion"), "libwaymark-missing9");
}
