#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace ParcelDesk {

// How long to wait before trying a failed call again: exponential backoff with full jitter
// (a random wait between half the step and the step, so many pollers do not retry in step),
// capped; a carrier's Retry-After is honoured and never shortened.
class RetryPolicy
{
public:
    // random() returns a number in [0, 1); injectable for deterministic tests.
    RetryPolicy(qint64 baseMs = 1'000, qint64 capMs = 300'000, int maxAttempts = 6,
        std::function<double()> random = {});

    // The wait before retry number `attempt` (1 = first retry); empty when attempts are used up.
    std::optional<qint64> delayMs(int attempt, std::optional<int> retryAfterSeconds = {}) const;
    int maxAttempts() const { return m_maxAttempts; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_maxAttempts;
    std::function<double()> m_random;
};

} // namespace ParcelDesk
