#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// USPS Tracking v3 (JSON): GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL, OAuth2
// client credentials with the "tracking" scope. Events are keyed by their Pub 199 eventCode.
class UspsAdapter final : public CarrierAdapter
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
    Result<AccessToken> parseTokenResponse(
        const CarrierResponse &response, qint64 nowMs) const override;
};

} // namespace ParcelDesk
