#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// DPD's ParcelLifeCycleService 2.0 (SOAP, DPD Belgium / Netherlands shipper web services).
// One parcel label number per call; the token from LoginService.getAuth goes in the SOAP
// header. Events come oldest first with local display times in the language asked for.
class DpdAdapter final : public CarrierAdapter
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
