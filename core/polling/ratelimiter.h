#pragma once

#include <QtGlobal>

#include <optional>

namespace ParcelDesk {

// One carrier's call budget: a token bucket for the pace (requests per second, with a small
// burst) and a daily quota that resets at midnight UTC, as DHL's and GLS's do. Times are passed
// in, so the limiter works on a virtual clock as well as on the real one.
class RateLimiter
{
public:
    // dailyQuota 0: none. burst: how many calls may go at once after a quiet spell (at least 1).
    RateLimiter(double requestsPerSecond, int dailyQuota, int burst = 1);

    // Takes one call from the budget if it allows one now.
    bool tryAcquire(qint64 nowMs);
    // When the next call will be allowed: now if one is; the next midnight UTC when today's
    // quota is spent (see quotaResetsAtMs); later while blocked by the carrier.
    qint64 nextAllowedAtMs(qint64 nowMs) const;
    bool quotaExhausted(qint64 nowMs) const;

    int usedToday(qint64 nowMs) const;
    // Calls made earlier today by another run or process (stored per UTC day): they count
    // against the quota as if made here.
    void addEarlierCalls(qint64 nowMs, int calls);
    qint64 blockedUntilMs() const { return m_blockedUntilMs; }
    int dailyQuota() const { return m_dailyQuota; }
    // At today's pace since midnight, how many calls the day will have used by its end.
    int projectedUseToday(qint64 nowMs) const;
    static qint64 quotaResetsAtMs(qint64 nowMs);

    // A carrier's 429 spends the rest of the budget until then (Retry-After, or quota reset).
    void blockUntil(qint64 untilMs) { m_blockedUntilMs = std::max(m_blockedUntilMs, untilMs); }

private:
    void refill(qint64 nowMs) const;
    void rollDay(qint64 nowMs) const;

    double m_ratePerMs;
    int m_dailyQuota;
    double m_burst;
    mutable double m_tokens;
    mutable qint64 m_lastRefillMs = -1;
    mutable qint64 m_dayStartMs = -1;
    mutable int m_usedToday = 0;
    qint64 m_blockedUntilMs = 0;
};

} // namespace ParcelDesk
