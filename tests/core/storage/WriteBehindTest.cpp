#include "core/storage/WriteBehind.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Writes that each wait, once started, until they are let go: how a test holds the writing thread
// busy while it sees which posts wait for room.
struct HeldWrites {
    std::atomic<bool> release = false;
    std::atomic<int> started = 0;

    std::function<Status()> write()
    {
        return [this]() -> Status {
            ++started;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return {};
        };
    }
    // Posts one and returns once it is under way.
    void startOne(WriteBehind& behind, qsizetype weight)
    {
        behind.post(write(), weight);
        while (started == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
};

} // namespace

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
    HeldWrites held;
    held.startOne(behind, 1);
    behind.post(held.write()); // waiting: the room is full
    std::atomic<bool> thirdPosted = false;
    std::thread poster([&] {
        behind.post(held.write());
        thirdPosted = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(thirdPosted);
    held.release = true;
    poster.join();
    EXPECT_TRUE(thirdPosted);
    EXPECT_TRUE(behind.wait().ok());
    EXPECT_EQ(held.started.load(), 3);
}

TEST(WriteBehind, TheRoomIsWeighedNotCountedAndAWriteThatWeighsNothingNeverWaits)
{
    WriteBehind behind(100);
    HeldWrites held;
    held.startOne(behind, 100);
    // Two light writes fit the room together, and any number weighing nothing (a list's
    // indexes made again) go in beside them, without waiting for the one under way.
    behind.post(held.write(), 40);
    behind.post(held.write(), 0);
    behind.post(held.write(), 60);
    behind.post(held.write(), 0);
    behind.post(held.write(), 0);
    // One more that weighs anything waits: the room is full.
    std::atomic<bool> heavyPosted = false;
    std::thread poster([&] {
        behind.post(held.write(), 1000); // heavier than the room: it waits until nothing weighed waits
        heavyPosted = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(heavyPosted);
    EXPECT_EQ(held.started.load(), 1);
    held.release = true;
    poster.join();
    EXPECT_TRUE(heavyPosted);
    EXPECT_TRUE(behind.wait().ok());
    EXPECT_EQ(held.started.load(), 7);
}
