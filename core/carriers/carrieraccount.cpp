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

QList<CredentialField> credentialFields(const CarrierAdapter &adapter)
{
    using C = CarrierCredentials;
    const QString id = adapter.id();
    if (id == u"dpd") {
        return {{&C::clientId, CarrierTr::tr("DELIS ID"), false},
            {&C::clientSecret, CarrierTr::tr("Password"), true}};
    }
    if (id == u"auspost") {
        return {{&C::username, CarrierTr::tr("API key"), false},
            {&C::password, CarrierTr::tr("API password"), true},
            {&C::accountNumber, CarrierTr::tr("Account number"), false}};
    }
    switch (adapter.authScheme()) {
    case AuthScheme::ApiKeyHeader:
        return {{&C::apiKey, CarrierTr::tr("API key"), true}};
    case AuthScheme::OAuth2ClientCredentials:
        return {{&C::clientId, CarrierTr::tr("Client ID"), false},
            {&C::clientSecret, CarrierTr::tr("Client secret"), true}};
    case AuthScheme::SoapLoginToken:
        return {{&C::clientId, CarrierTr::tr("User"), false},
            {&C::clientSecret, CarrierTr::tr("Password"), true}};
    case AuthScheme::HttpBasic:
        return {{&C::username, CarrierTr::tr("User name"), false},
            {&C::password, CarrierTr::tr("Password"), true}};
    }
    return {};
}

} // namespace ParcelDesk
