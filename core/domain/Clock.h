#pragma once

#include <QDateTime>

namespace waymark {

// The time, injected so that rules and tests never read the wall clock themselves.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace waymark
