#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ParcelDesk {

RetryPolicy::RetryPolicy(
    qint64 baseMs, qint64 capMs, int maxAttempts, std::function<double()> random)
    : m_baseMs(std::max<qint64>(baseMs, 1))
    , m_capMs(std::max(capMs, baseMs))
    , m_maxAttempts(maxAttempts)
    , m_random(random ? std::move(random) : std::function<double()>([] {
        return QRandomGenerator::global()->generateDouble();
    }))
{ }

std::optional<qint64> RetryPolicy::delayMs(int attempt, std::optional<int> retryAfterSeconds) const
{
    if (attempt < 1 || attempt > m_maxAttempts)
        return std::nullopt;
    const int shift = std::min(attempt - 1, 30);
    const qint64 step = std::min(m_capMs, m_baseMs << shift);
    const qint64 jittered = step / 2 + qint64(m_random() * double(step - step / 2));
    if (retryAfterSeconds && *retryAfterSeconds >= 0)
        return std::max(jittered, qint64(*retryAfterSeconds) * 1000);
    return jittered;
}

} // namespace ParcelDesk
