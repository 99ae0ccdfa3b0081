#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace ParcelDesk {

namespace {
constexpr qint64 msPerDay = 86'400'000;
}

RateLimiter::RateLimiter(double requestsPerSecond, int dailyQuota, int burst)
    : m_ratePerMs(std::max(requestsPerSecond, 1e-6) / 1000.0)
    , m_dailyQuota(std::max(dailyQuota, 0))
    , m_burst(std::max(burst, 1))
    , m_tokens(std::max(burst, 1))
{ }

qint64 RateLimiter::quotaResetsAtMs(qint64 nowMs)
{
    return (nowMs / msPerDay + 1) * msPerDay;
}

void RateLimiter::rollDay(qint64 nowMs) const
{
    const qint64 dayStart = nowMs / msPerDay * msPerDay;
    if (dayStart != m_dayStartMs) {
        m_dayStartMs = dayStart;
        m_usedToday = 0;
    }
}

void RateLimiter::refill(qint64 nowMs) const
{
    if (m_lastRefillMs < 0)
        m_lastRefillMs = nowMs;
    if (nowMs > m_lastRefillMs) {
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastRefillMs) * m_ratePerMs);
        m_lastRefillMs = nowMs;
    }
    rollDay(nowMs);
}

bool RateLimiter::quotaExhausted(qint64 nowMs) const
{
    rollDay(nowMs);
    return m_dailyQuota > 0 && m_usedToday >= m_dailyQuota;
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    refill(nowMs);
    if (nowMs < m_blockedUntilMs || quotaExhausted(nowMs) || m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    ++m_usedToday;
    return true;
}

qint64 RateLimiter::nextAllowedAtMs(qint64 nowMs) const
{
    refill(nowMs);
    if (quotaExhausted(nowMs))
        return std::max(quotaResetsAtMs(nowMs), m_blockedUntilMs);
    qint64 at = nowMs;
    if (m_tokens < 1.0)
        at = nowMs + qint64(std::ceil((1.0 - m_tokens) / m_ratePerMs));
    return std::max(at, m_blockedUntilMs);
}

void RateLimiter::addEarlierCalls(qint64 nowMs, int calls)
{
    rollDay(nowMs);
    m_usedToday += std::max(0, calls);
}

int RateLimiter::usedToday(qint64 nowMs) const
{
    rollDay(nowMs);
    return m_usedToday;
}

int RateLimiter::projectedUseToday(qint64 nowMs) const
{
    rollDay(nowMs);
    const qint64 elapsed = nowMs - m_dayStartMs;
    if (elapsed <= 0)
        return m_usedToday;
    return int(std::lround(double(m_usedToday) * double(msPerDay) / double(elapsed)));
}

} // namespace ParcelDesk
