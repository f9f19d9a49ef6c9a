#pragma once

#include "core/domain/Clock.h"

namespace waymark {

// The guide's "today": always the same moment, so that the pictures show the same dates, the
// same Today list and the same quarter whenever they are made, and change only when a screen does.
class GuideClock final : public Clock {
public:
    explicit GuideClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace waymark
