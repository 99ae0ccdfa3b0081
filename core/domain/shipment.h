#pragma once

#include "status.h"

#include <QString>

#include <optional>

namespace ParcelDesk {

enum class Direction : quint8 {
    Outbound,
    Return,
};

QString directionToString(Direction direction);
std::optional<Direction> directionFromString(QStringView text);

struct Shipment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString carrier; // "dhl", "ups", "fedex", "usps", "dpd", "gls", ...
    QString trackingNumber;
    QString service; // the carrier's product: "Paket", "Ground", ...
    Direction direction = Direction::Outbound;
    QString originCountry;
    QString destinationCountry;
    QString destinationPostcode;
    Status status;
    qint64 statusAtMs = 0; // time of the event that set the status
    qint64 shippedAtMs = 0; // label created
    qint64 lastEventAtMs = 0;
    std::optional<qint64> promisedAtMs; // the carrier's or the shop's promised delivery
    std::optional<qint64> deliveredAtMs;
    std::optional<qint64> nextPollAtMs; // empty once tracking has ended
    qint64 createdAtMs = 0;
};

} // namespace ParcelDesk
