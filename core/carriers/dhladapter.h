#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// DHL Shipment Tracking - Unified (api-eu.dhl.com/track/shipments): one number per call, an
// API key in the DHL-API-Key header, five coarse status codes refined by the event text.
class DhlAdapter final : public CarrierAdapter
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
};

} // namespace ParcelDesk
