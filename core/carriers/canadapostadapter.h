#pragma once

#include "carrieradapter.h"

namespace ParcelDesk {

// Canada Post's tracking web service, "Get Tracking Details" (REST, XML answers).
// One PIN per call with HTTP Basic; events come newest first, their times with a zone
// abbreviation (EST, PDT, ...) instead of an offset.
class CanadaPostAdapter final : public CarrierAdapter
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

    // The status map's key for an event identifier: Canada Post pads some codes with zeros
    // ("0174") and not others, so the map is keyed by the number without them ("174").
    static QString mapKey(const QString &eventIdentifier);
};

} // namespace ParcelDesk
