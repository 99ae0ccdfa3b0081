#pragma once

#include "domain/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace ParcelDesk {

// Translation context for texts the carrier adapters write themselves.
struct CarrierTr
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Carriers)
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP call a carrier's API wants for some tracking numbers.
struct CarrierRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    QStringList trackingNumbers; // the numbers this call asks about
};

// What came back: status, headers (names in lower case) and body.
struct CarrierResponse
{
    int httpStatus = 200;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

enum class CarrierErrorKind : quint8 {
    NotFound, // the carrier does not know the number (also when said inside HTTP 200)
    InvalidNumber, // the number is malformed for this carrier
    Unauthorized, // bad credentials or an expired token
    RateLimited, // too many calls, or the daily quota is used up
    ServerError, // the carrier failed (5xx)
    Malformed, // the body is not what this carrier sends
};

QString carrierErrorKindName(CarrierErrorKind kind); // "not_found", "rate_limited", ...

struct CarrierError
{
    CarrierErrorKind kind = CarrierErrorKind::Malformed;
    QString trackingNumber; // empty when the error concerns the whole call
    QString code; // the carrier's own error code, e.g. "TW0001"
    QString message; // what the carrier (or the parser) said, for people
    std::optional<int> retryAfterSeconds;
};

// One event as a carrier reported it, normalized, with the raw code and text kept.
struct ParsedEvent
{
    qint64 occurredAtMs = 0; // UTC
    std::optional<int> utcOffsetMinutes; // the offset at the place of the event
    bool offsetAssumed = false; // the carrier gave no offset: derived from the country
    QString code; // the carrier's code, verbatim
    QString description;
    QString city;
    QString postcode;
    QString country; // ISO 3166-1 alpha-2 where known
    Status status;
    Relevance relevance = Relevance::Noise;
    bool unmapped = false; // the code is in no status map: status is not a guess
    QString mapVersion; // the status map version that mapped it
};

// A change to the delivery the carrier offers for a parcel, with the carrier's own codes kept
// verbatim (FedEx: option RESCHEDULE, REROUTE, ...; eligibility ELIGIBLE, POSSIBLY_ELIGIBLE,
// INELIGIBLE).
struct DeliveryOption
{
    QString option;
    QString eligibility;
};

struct DeliveryWindow
{
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
};

// One shipment in a carrier's answer. A reused number can give several in one answer; they
// differ by shipmentKey (the carrier's own identifier for that use of the number).
struct ParsedShipment
{
    QString carrier;
    QString trackingNumber;
    QString shipmentKey;
    QString service;
    QList<ParsedEvent> events; // oldest first
    Status status; // the current status by the carrier's own summary, or events
    bool statusUnmapped = false;
    DeliveryWindow eta; // estimated or promised delivery
    std::optional<qint64> deliveredAtMs;
    QString signedBy;
    bool proofOfDelivery = false;
    int attempts = 0; // failed delivery attempts
    bool returnToSender = false;
    QString pickupPoint;
    std::optional<double> weightKg;
    QString originCountry;
    QString destinationCountry;
    QStringList flags; // e.g. "offset_assumed", "unmapped_codes"
    QList<DeliveryOption> deliveryOptions; // empty: the carrier said nothing about them
};

// Adds the flags that follow from a shipment's events: "offset_assumed" when an event's offset
// was derived from its country, "unmapped_codes" when a code or the status has no mapping.
void addDerivedFlags(ParsedShipment &shipment);

struct ParseResult
{
    QList<ParsedShipment> shipments;
    QList<CarrierError> errors; // per number (not found) or for the whole call
};

enum class AuthScheme : quint8 {
    ApiKeyHeader,
    OAuth2ClientCredentials,
    SoapLoginToken,
    HttpBasic,
};

struct CarrierLimits
{
    int maxNumbersPerRequest = 1;
    double requestsPerSecond = 1;
    int dailyQuota = 0; // 0: none documented
};

struct CarrierCredentials
{
    QString apiKey; // DHL
    QString clientId; // OAuth2 and DPD login user
    QString clientSecret; // OAuth2 secret, DPD password
    QString username; // HTTP Basic
    QString password;
    QString accountNumber; // Australia Post "Account-Number", DPD customer number
};

struct AccessToken
{
    QString value;
    qint64 expiresAtMs = 0;
};

} // namespace ParcelDesk
