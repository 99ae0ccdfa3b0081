#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// Australia Post Shipping and Tracking API: GET /shipping/v1/track?tracking_ids=… with HTTP
// Basic and the Account-Number header, up to 10 ids a call. Events carry no codes: statuses
// come from texts. A consignment id answers with one shipment per article in it.
class AuspostAdapter final : public CarrierAdapter
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
