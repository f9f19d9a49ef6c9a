#pragma once

#include <functional>

namespace waymark::Settling {

// Lets the event loop run for `milliseconds`: layouts, posted repaints and the answers of the
// window's background reads arrive, as they would while a person looks at the screen.
void settle(int milliseconds = 80);

// Lets the event loop run until `done` says so or `timeoutMilliseconds` pass; whether it did.
bool waitFor(const std::function<bool()>& done, int timeoutMilliseconds = 30000);

} // namespace waymark::Settling
