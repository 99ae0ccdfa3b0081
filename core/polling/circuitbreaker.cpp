#include "circuitbreaker.h"

#include <algorithm>

namespace ParcelDesk {

CircuitBreaker::CircuitBreaker(int failureThreshold, qint64 coolDownMs, qint64 maxCoolDownMs)
    : m_threshold(std::max(failureThreshold, 1))
    , m_baseCoolDownMs(coolDownMs)
    , m_maxCoolDownMs(std::max(maxCoolDownMs, coolDownMs))
    , m_coolDownMs(coolDownMs)
{ }

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs < m_openUntilMs ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::allowCall(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeInFlight = false;
    m_coolDownMs = m_baseCoolDownMs;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    if (m_open && m_probeInFlight) {
        // The probe failed: back off longer before the next one.
        m_probeInFlight = false;
        m_coolDownMs = std::min(m_maxCoolDownMs, m_coolDownMs * 2);
        m_openUntilMs = nowMs + m_coolDownMs;
        return;
    }
    if (!m_open && m_failures >= m_threshold) {
        m_open = true;
        m_openUntilMs = nowMs + m_coolDownMs;
    }
}

} // namespace ParcelDesk
