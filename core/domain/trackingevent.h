#pragma once

#include "status.h"

#include <QString>

#include <optional>

namespace ParcelDesk {

// One scan or message from a carrier, normalized. The raw code and text stay beside our status.
struct TrackingEvent
{
    qint64 id = 0;
    qint64 shipmentId = 0;
    qint64 occurredAtMs = 0; // UTC
    std::optional<int> utcOffsetMinutes; // empty: the carrier gave no offset and none was known
    bool offsetAssumed = false; // the offset was derived from the country, not given
    QString carrierCode;
    QString carrierText;
    QString location;
    Status status;
    Relevance relevance = Relevance::Noise;
    bool unmapped = false; // the carrier code has no mapping yet: the status says nothing
    QString mapVersion; // the version of the carrier's status map that gave the status

    // An event is the same event when shipment, time, code, location and text agree: carriers
    // repeat identical events, and send one code at the same minute from two depots.
    qint64 identity() const;
};

// A 64-bit FNV-1a over the identity fields; stable across Qt versions and platforms.
qint64 trackingEventIdentity(
    qint64 occurredAtMs, QStringView carrierCode, QStringView location, QStringView carrierText);

} // namespace ParcelDesk
