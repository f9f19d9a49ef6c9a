#pragma once

#include "core/domain/Clock.h"

namespace waymark::test {

// A clock that says what the test tells it.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace waymark::test
