#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// FedEx Track API v1: POST /track/v1/trackingnumbers with an OAuth2 bearer token, up to 30
// numbers a call. One number can answer with several shipments (a reused number).
class FedexAdapter final : public CarrierAdapter
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
