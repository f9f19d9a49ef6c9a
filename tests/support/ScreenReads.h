#pragma once

#include <QTest>

namespace waymark::test {

// Waits, the event loop running, for a screen that reads on the window's BackgroundReader (the
// caseload, the Today list, the reports) to show what it read, as a person would wait for it.
template <typename Screen> bool readBy(Screen* screen, int timeoutMs = 30000)
{
    return QTest::qWaitFor([screen] { return !screen->working(); }, timeoutMs);
}

} // namespace waymark::test
