#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// GLS Track And Trace v1 (api.gls-group.net/track-and-trace-v1): up to ten parcel numbers or
// references per call, OAuth2 client credentials, not-found numbers reported inside HTTP 200.
class GlsAdapter final : public CarrierAdapter
{
public:
    QString id() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl() const override;
    AuthScheme authScheme() const override;
    CarrierLimits limits() const override;

    QList<CarrierRequest> buildRequests(const QStringList &trackingNumbers, const QUrl &baseUrl,
        const CarrierCredentials &credentials, const QString &token) const override;
    ParseResult parse(const CarrierResponse &response) const override;
    int recognizes(const QByteArray &body) const override;

    std::optional<CarrierRequest> buildTokenRequest(
        const QUrl &baseUrl, const CarrierCredentials &credentials) const override;
};

} // namespace ParcelDesk
