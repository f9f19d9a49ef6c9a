#include "core/storage/WriteBehind.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

using namespace waymark;

TEST(WriteBehind, WritesAreDoneInTheOrderGivenOnAThreadOfTheirOwn)
{
    std::vector<int> done;
    std::thread::id writer;
    {
        WriteBehind behind;
        for (int i = 0; i < 20; ++i)
            behind.post([&done, &writer, i]() -> Status {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                done.push_back(i);
                writer = std::this_thread::get_id();
                return {};
            });
        EXPECT_TRUE(behind.wait().ok());
        ASSERT_EQ(done.size(), 20u);
        EXPECT_NE(writer, std::this_thread::get_id());
    }
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(done.at(std::size_t(i)), i);
}

TEST(WriteBehind, AFailedWriteStopsTheWritesAfterItAndIsWhatWaitSays)
{
    WriteBehind behind(4);
    std::atomic<int> ran = 0;
    behind.post([&ran]() -> Status {
        ++ran;
        return {};
    });
    behind.post([&ran]() -> Status {
        ++ran;
        return Error{QStringLiteral("the disk is full"), {}};
    });
    for (int i = 0; i < 5; ++i)
        behind.post([&ran]() -> Status {
            ++ran;
            return {};
        });
    const Status result = behind.wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, QStringLiteral("the disk is full"));
    EXPECT_TRUE(behind.failed());
    EXPECT_EQ(ran.load(), 2);
    // Nothing posted after a failure is done either.
    behind.post([&ran]() -> Status {
        ++ran;
        return {};
    });
    EXPECT_FALSE(behind.wait().ok());
    EXPECT_EQ(ran.load(), 2);
}

TEST(WriteBehind, APostWaitsWhileTheWritesWaitingFillTheirRoom)
{
    WriteBehind behind(1);
    std::atomic<bool> release = false;
    std::atomic<int> started = 0;
    const auto slow = [&]() -> Status {
        ++started;
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return {};
    };
    behind.post(slow); // under way
    while (started == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    behind.post(slow); // waiting: the room is full
    std::atomic<bool> thirdPosted = false;
    std::thread poster([&] {
        behind.post(slow);
        thirdPosted = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(thirdPosted);
    release = true;
    poster.join();
    EXPECT_TRUE(thirdPosted);
    EXPECT_TRUE(behind.wait().ok());
    EXPECT_EQ(started.load(), 3);
}
