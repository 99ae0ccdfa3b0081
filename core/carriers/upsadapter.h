#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// UPS Track API v1 (JSON): GET /api/track/v1/details/{inquiryNumber}, OAuth2 client
// credentials. Activity status is keyed by the 3-digit statusCode (see resources/carriers/ups.json
// for the key scheme); the 2-char code only refines it within the same tag.
class UpsAdapter final : public CarrierAdapter
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
