#pragma once

#include <QtGlobal>

namespace ParcelDesk {

// Stops calling a carrier that keeps failing. After `failureThreshold` failures in a row the
// circuit opens for a cool-down; then one probe call is let through (half-open). A successful
// probe closes the circuit; a failed one opens it again for twice as long, up to a cap.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(
        int failureThreshold = 5, qint64 coolDownMs = 30'000, qint64 maxCoolDownMs = 600'000);

    State state(qint64 nowMs) const;
    // Whether a call may go now. In half-open state only one probe is allowed until it reports.
    bool allowCall(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    qint64 openUntilMs() const { return m_openUntilMs; }
    int consecutiveFailures() const { return m_failures; }

private:
    int m_threshold;
    qint64 m_baseCoolDownMs;
    qint64 m_maxCoolDownMs;
    qint64 m_coolDownMs;
    int m_failures = 0;
    bool m_open = false;
    bool m_probeInFlight = false;
    qint64 m_openUntilMs = 0;
};

} // namespace ParcelDesk
