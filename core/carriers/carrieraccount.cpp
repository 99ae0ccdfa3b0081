#include "carrieraccount.h"

#include "carrieradapter.h"

#include <algorithm>

namespace ParcelDesk {

QUrl CarrierAccount::effectiveBaseUrl(const CarrierAdapter &adapter) const
{
    return baseUrl.isEmpty() ? adapter.defaultBaseUrl() : baseUrl;
}

CarrierLimits CarrierAccount::effectiveLimits(const CarrierAdapter &adapter) const
{
    CarrierLimits limits = adapter.limits();
    if (requestsPerSecond)
        limits.requestsPerSecond = *requestsPerSecond;
    if (dailyQuota)
        limits.dailyQuota = *dailyQuota;
    // A carrier's documented maximum per call cannot be raised by configuration.
    if (maxNumbersPerRequest)
        limits.maxNumbersPerRequest
            = std::clamp(*maxNumbersPerRequest, 1, adapter.limits().maxNumbersPerRequest);
    return limits;
}

} // namespace ParcelDesk
