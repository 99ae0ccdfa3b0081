#pragma once

#include "carriertypes.h"
#include "domain/result.h"

namespace ParcelDesk {

class StatusMap;

// What one carrier's tracking API needs and says. Adapters are stateless and thread-safe:
// credentials and tokens come in from outside (see CarrierSession), responses go out parsed.
class CarrierAdapter
{
public:
    virtual ~CarrierAdapter() = default;

    virtual QString id() const = 0; // "dhl", "ups", ... (shipments.carrier)
    virtual QString displayName() const = 0; // "DHL"
    virtual QUrl defaultBaseUrl() const = 0;
    virtual AuthScheme authScheme() const = 0;
    virtual CarrierLimits limits() const = 0;

    // The calls that ask about these numbers (at most limits().maxNumbersPerRequest each).
    // token is empty for carriers that need none.
    virtual QList<CarrierRequest> buildRequests(const QStringList &trackingNumbers,
        const QUrl &baseUrl, const CarrierCredentials &credentials, const QString &token) const = 0;

    // Reads an answer: shipments found, and errors per number or for the whole call.
    // Never throws; a body that cannot be read gives a Malformed error.
    virtual ParseResult parse(const CarrierResponse &response) const = 0;

    // How sure the adapter is that a body is this carrier's (0 none … 100 certain), for
    // `parceldeskctl parse --carrier auto`.
    virtual int recognizes(const QByteArray &body) const = 0;

    // Token endpoint for carriers with OAuth2 client credentials or a login call.
    virtual std::optional<CarrierRequest> buildTokenRequest(
        const QUrl &baseUrl, const CarrierCredentials &credentials) const;
    virtual Result<AccessToken> parseTokenResponse(
        const CarrierResponse &response, qint64 nowMs) const;
};

} // namespace ParcelDesk
